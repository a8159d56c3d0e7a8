using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;
using Overlay.Web.Diagnostics;
using Overlay.Web.Upstream;

namespace Overlay.Web.Recording;

/// <summary>
/// One recording file. The socket callback only enqueues; a writer task turns frames into JSONL lines, flushes
/// every <see cref="FlushInterval"/> (on the injected clock) and stops by itself at the size cap or a write error.
/// </summary>
internal sealed partial class RecordingSession : IAsyncDisposable
{
    public const int QueueCapacity = 16_384;
    public static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

    // Relaxed: a frame's quotes become \" rather than \u0022, so a recording is about the size of the stream.
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly FileStream _stream;
    private readonly long _maxBytes;
    private readonly DateTimeOffset _startedAt;
    private readonly ILogger _logger;
    private readonly Action<RecordingSession> _ended;
    private readonly Channel<Item> _queue;
    private readonly ITimer _flushTimer;
    private readonly Task _writer;
    private long _frames;
    private long _bytes;
    private string _note = "";

    public RecordingSession(
        FileStream stream, long maxBytes, TimeProvider time, OverlayMetrics metrics, ILogger logger, Action<RecordingSession> ended)
    {
        _stream = stream;
        _maxBytes = maxBytes;
        _logger = logger;
        _ended = ended;
        _startedAt = time.GetUtcNow();
        _queue = Channel.CreateBounded<Item>(
            new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            _ => metrics.CountDropped(DropReason.RecorderBehind));
        _flushTimer = time.CreateTimer(_ => _queue.Writer.TryWrite(Item.Flush), null, FlushInterval, FlushInterval);
        _writer = Task.Run(WriteAllAsync);
    }

    public string FilePath => _stream.Name;

    public RecordingStatus Status(bool running) =>
        new(running, FilePath, Interlocked.Read(ref _frames), Interlocked.Read(ref _bytes), Volatile.Read(ref _note));

    /// <summary>Called on the socket's receive thread: never blocks, never throws.</summary>
    public void Offer(string text, DateTimeOffset receivedAt, IReadOnlyList<string> secrets) =>
        _queue.Writer.TryWrite(new Item(text, receivedAt, secrets));

    /// <summary>Writes what is queued, closes the file and returns once it is complete on disk.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async Task WriteAllAsync()
    {
        var line = new ArrayBufferWriter<byte>(4096);
        var dirty = false;
        try
        {
            await using var json = new Utf8JsonWriter(line, LineOptions);
            await foreach (var item in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                if (item.Text is null)
                {
                    if (dirty)
                    {
                        await _stream.FlushAsync().ConfigureAwait(false);
                        dirty = false;
                    }
                    continue;
                }
                line.ResetWrittenCount();
                json.Reset();
                // Frames never carry the key (protocol.md §1 puts it in the URL only); this keeps it that way if one ever did.
                var text = UrlRedactor.Redact(item.Text, item.Secrets);
                var t = Math.Max(0, (long)(item.ReceivedAt - _startedAt).TotalMilliseconds);
                JsonSerializer.Serialize(json, new RecordedFrame(t, text), OverlayJsonContext.Default.RecordedFrame);
                await json.FlushAsync().ConfigureAwait(false);
                if (_bytes + line.WrittenCount + 1 > _maxBytes)
                {
                    Volatile.Write(ref _note, $"stopped at the size cap ({_maxBytes / (1024 * 1024)} MB)");
                    LogCapReached(_logger, FilePath, _maxBytes / (1024 * 1024));
                    break;
                }
                await _stream.WriteAsync(line.WrittenMemory).ConfigureAwait(false);
                _stream.WriteByte((byte)'\n');
                Interlocked.Add(ref _bytes, line.WrittenCount + 1);
                Interlocked.Increment(ref _frames);
                dirty = true;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Volatile.Write(ref _note, "stopped: " + ex.Message);
            LogWriteFailed(_logger, FilePath, ex.Message);
        }
        finally
        {
            _queue.Writer.TryComplete();
            await _flushTimer.DisposeAsync().ConfigureAwait(false);
            try
            {
                await _stream.DisposeAsync().ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                LogWriteFailed(_logger, FilePath, ex.Message);
            }
            _ended(this);
        }
    }

    /// <summary>A frame to write, or (Text null) the flush timer's tick.</summary>
    private readonly record struct Item(string? Text, DateTimeOffset ReceivedAt, IReadOnlyList<string> Secrets)
    {
        public static Item Flush { get; } = new(null, default, []);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording {File} reached its size cap ({Megabytes} MB) and stopped")]
    private static partial void LogCapReached(ILogger logger, string file, long megabytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording {File} stopped: writing failed ({Error})")]
    private static partial void LogWriteFailed(ILogger logger, string file, string error);
}

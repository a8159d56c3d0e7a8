using System.Net.WebSockets;
using System.Text;
using Overlay.Web.Admin;
using Overlay.Web.Protocol;

namespace Overlay.Web.Recording;

/// <summary>
/// Serves the chosen recording at ws://{app}/replay/upstream in the upstream wire format, so a replay takes the
/// production path: upstream client, stall check, parser, dedupe and combo rules, hub, widgets and /api/events.
/// Frames keep their recorded gaps divided by the speed, measured on the injected <see cref="TimeProvider"/>.
/// After the last frame the socket closes with 1000 "replay finished"; the upstream client then stops (it would
/// otherwise take the quiet socket for a stall and play the file again) until the admin plays it again.
/// </summary>
public sealed partial class ReplayUpstreamEndpoint(
    ReplayState replay,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<ReplayUpstreamEndpoint> logger)
{
    public const string Path = "/replay/upstream";

    private int _run;

    public async Task HandleAsync(HttpContext context)
    {
        if (!Security.RequestPeer.Of(context).IsThisComputer)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (replay.Current is not { } selection)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var receiving = DiscardUntilCloseAsync(socket, stop.Token);
        try
        {
            await PlayAsync(socket, selection, stop.Token);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "replay finished", stop.Token);
            await receiving;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away (a reconnect, a new choice in the admin) or the app is stopping.
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogReadFailed(logger, selection.FilePath, ex.Message);
            replay.Report(new ReplayProgress(selection, 0, 0, true, ex.Message), notify: true);
            await socket.CloseOutputAsync(WebSocketCloseStatus.InternalServerError, "replay file unreadable", CancellationToken.None);
        }
    }

    private async Task PlayAsync(WebSocket socket, ReplaySelection selection, CancellationToken ct)
    {
        var run = Interlocked.Increment(ref _run);
        LogStarted(logger, selection.FilePath, selection.Speed.ToString());
        var progress = new ReplayProgress(selection, 0, 0, false);
        replay.Report(progress, notify: true);

        // A room of its own per run: the dedupe memory (protocol.md §6) forgets the last run's message ids, so
        // replaying the same file again shows everything again.
        await SendAsync(socket, WireFrameWriter.RoomInfo($"replay-{run}", "replay", $"Replay: {selection.FileName}", 0, 0), ct);

        var start = time.GetUtcNow();
        long? first = null;
        long? shift = null;
        var frames = ReplayFileReader.ReadAsync(selection.FilePath, (line, why) =>
        {
            LogSkipped(logger, selection.FileName, line, why);
            progress = progress with { Skipped = progress.Skipped + 1 };
        }, ct);
        await foreach (var frame in frames.ConfigureAwait(false))
        {
            first ??= frame.T;
            var due = start + selection.Speed.Scale(TimeSpan.FromMilliseconds(frame.T - first.Value));
            var wait = due - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct);
            }
            // Recorded timestamps are old: moved to now, or the backlog rule (§6) would mute the replay's alerts.
            await SendAsync(socket, FrameTimeShift.ToReplayTime(frame.Frame, time.GetUtcNow(), ref shift), ct);
            progress = progress with { Sent = progress.Sent + 1 };
            replay.Report(progress, notify: false);
        }
        progress = progress with { Finished = true };
        replay.Report(progress, notify: true);
        LogFinished(logger, selection.FilePath, progress.Sent, progress.Skipped);
    }

    private static Task SendAsync(WebSocket socket, string frame, CancellationToken ct) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, ct);

    private static async Task DiscardUntilCloseAsync(WebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Replaying {File} at {Speed}")]
    private static partial void LogStarted(ILogger logger, string file, string speed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Replay of {File} finished: {Sent} frames sent, {Skipped} lines skipped")]
    private static partial void LogFinished(ILogger logger, string file, long sent, long skipped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replay file {File}: line {Line} skipped ({Reason})")]
    private static partial void LogSkipped(ILogger logger, string file, int line, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Replay file {File} could not be read: {Error}")]
    private static partial void LogReadFailed(ILogger logger, string file, string error);
}

using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Overlay.Web.Diagnostics;

namespace Overlay.Web.Recording;

/// <summary>Reads a recording line by line (never the whole file at once); a bad line is reported and skipped.</summary>
internal static class ReplayFileReader
{
    public static async IAsyncEnumerable<RecordedFrame> ReadAsync(
        string path, Action<int, string> skipped, [EnumeratorCancellation] CancellationToken ct)
    {
        // FileShare.ReadWrite: a recording that is still being written can be replayed.
        var file = new FileStream(path, new FileStreamOptions
        {
            Access = FileAccess.Read,
            Share = FileShare.ReadWrite,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
        });
        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var number = 0;
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            RecordedFrame? frame;
            try
            {
                frame = JsonSerializer.Deserialize(line, OverlayJsonContext.Default.RecordedFrame);
            }
            catch (JsonException)
            {
                skipped(number, "not JSON");
                continue;
            }
            if (frame is not { Frame: not null, T: >= 0 })
            {
                skipped(number, "no \"t\" (milliseconds) and \"frame\" (text)");
                continue;
            }
            yield return frame;
        }
    }
}

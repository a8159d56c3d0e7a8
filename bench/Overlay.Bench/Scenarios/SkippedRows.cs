using Overlay.Bench.Browser;
using Overlay.Bench.Load;

namespace Overlay.Bench.Scenarios;

/// <summary>
/// Rows a page never showed that a viewer would have had time to read. A chat row stays on screen until 20 newer
/// rows arrived, so skipping a row whose 20th successor was sent within 250 ms costs the viewer nothing (it would
/// have flashed by); skipping one that would have stayed 250 ms or longer is a violation. The last rows, which have
/// no 20th successor, would have stayed until the end: skipping those is a violation too.
/// </summary>
public static class SkippedRows
{
    public const int RowsOnScreen = 20;
    public const double ReadableMs = 250;

    /// <summary>Violations summed over <paramref name="pages"/>; <paramref name="tokens"/> in send order.</summary>
    public static int Violations(SendLog log, IEnumerable<ProbePage> pages, IReadOnlyList<string> tokens)
    {
        var sent = tokens.Select(t => log.TryGet(t, out var at) ? at : double.NaN).ToArray();
        var count = 0;
        foreach (var page in pages)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (page.Appeared.ContainsKey(tokens[i]))
                {
                    continue;
                }
                var successor = i + RowsOnScreen;
                if (successor >= tokens.Count || sent[successor] - sent[i] >= ReadableMs)
                {
                    count++;
                }
            }
        }
        return count;
    }
}

using System.Text.Json;
using Microsoft.Playwright;

namespace Overlay.Bench.Browser;

/// <summary>
/// A Chromium trace of the whole browser over CDP (Tracing domain), the same events the DevTools Performance panel
/// records. Events arrive as Tracing.dataCollected chunks until Tracing.tracingComplete.
/// </summary>
public sealed class TraceRecorder
{
    private const string Categories = "toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink";

    private readonly ICDPSession _cdp;
    private readonly List<JsonElement> _events = [];
    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TraceRecorder(ICDPSession cdp)
    {
        _cdp = cdp;
        cdp.Event("Tracing.dataCollected").OnEvent += (_, e) =>
        {
            if (e is { } data)
            {
                lock (_events)
                {
                    _events.AddRange(data.GetProperty("value").EnumerateArray().Select(v => v.Clone()));
                }
            }
        };
        cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => _complete.TrySetResult();
    }

    public static async Task<TraceRecorder> StartAsync(IBrowser browser)
    {
        var recorder = new TraceRecorder(await browser.NewBrowserCDPSessionAsync());
        await recorder._cdp.SendAsync("Tracing.start", new()
        {
            ["transferMode"] = "ReportEvents",
            ["traceConfig"] = new Dictionary<string, object> { ["includedCategories"] = Categories.Split(',') },
        });
        return recorder;
    }

    /// <summary>Stops, writes the trace to <paramref name="path"/> (loadable in DevTools) and returns its events.</summary>
    public async Task<IReadOnlyList<JsonElement>> StopAsync(string path)
    {
        await _cdp.SendAsync("Tracing.end");
        await _complete.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await _cdp.DetachAsync();
        await using (var file = File.Create(path))
        {
            await JsonSerializer.SerializeAsync(file, new Dictionary<string, object> { ["traceEvents"] = _events });
        }
        return _events;
    }
}

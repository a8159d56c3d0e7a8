using System.Text.Json;
using Microsoft.Playwright;

namespace Overlay.Bench.Browser;

/// <summary>One open widget page with its probe and its CDP session.</summary>
public sealed class ProbePage(string target, string widget, IPage page, ICDPSession cdp)
{
    private readonly Dictionary<string, double> _appeared = new();
    private readonly Dictionary<string, double> _painted = new();

    public string Target => target;

    public string Widget => widget;

    /// <summary>First time each token was seen in this page's DOM (ms since epoch), accumulated over all takes.</summary>
    public IReadOnlyDictionary<string, double> Appeared => _appeared;

    /// <summary>The first animation frame after each token's DOM sighting (ms since epoch): when it starts being drawn.</summary>
    public IReadOnlyDictionary<string, double> Painted => _painted;

    /// <summary>Pulls what the probe saw since the last pull. The first sighting of a token wins.</summary>
    public async Task<int> CollectAsync()
    {
        var seen = await page.EvaluateAsync<JsonElement>("() => window.__bench.take()");
        foreach (var pair in seen.GetProperty("paint").EnumerateArray())
        {
            _painted.TryAdd(pair[0].GetString()!, pair[1].GetDouble());
        }
        var added = 0;
        foreach (var pair in seen.GetProperty("dom").EnumerateArray())
        {
            if (_appeared.TryAdd(pair[0].GetString()!, pair[1].GetDouble()))
            {
                added++;
            }
        }
        return added;
    }

    public bool HasSeen(string token) => _appeared.ContainsKey(token);

    /// <summary>Hands over and forgets what was collected, for runs too long to keep every token.</summary>
    public Dictionary<string, double> Forget()
    {
        var copy = new Dictionary<string, double>(_appeared);
        _appeared.Clear();
        _painted.Clear();
        return copy;
    }

    /// <summary>Main-thread busy time of the renderer so far, from CDP Performance.getMetrics (TaskDuration).</summary>
    public Task<TimeSpan> TaskDurationAsync() => MetricSecondsAsync("TaskDuration");

    /// <summary>
    /// CPU time of the renderer's main thread so far (CDP ThreadTime). TaskDuration is wall time inside tasks, so on
    /// a saturated machine it also counts the time a task waited for a core; this one does not.
    /// </summary>
    public Task<TimeSpan> ThreadTimeAsync() => MetricSecondsAsync("ThreadTime");

    private async Task<TimeSpan> MetricSecondsAsync(string name)
    {
        var result = await cdp.SendAsync("Performance.getMetrics");
        foreach (var metric in result!.Value.GetProperty("metrics").EnumerateArray())
        {
            if (metric.GetProperty("name").GetString() == name)
            {
                return TimeSpan.FromSeconds(metric.GetProperty("value").GetDouble());
            }
        }
        throw new HarnessException($"CDP Performance.getMetrics returned no {name}");
    }

    public Task<int> MutationsAsync(bool reset) => page.EvaluateAsync<int>("r => window.__bench.mutations(r)", reset);

    public Task<int> InfiniteAnimationsAsync() => page.EvaluateAsync<int>("() => window.__bench.infiniteAnimations()");

    public Task<int> RunningAnimationsAsync() => page.EvaluateAsync<int>("() => window.__bench.runningAnimations()");

    public Task<string> TextAsync() => page.EvaluateAsync<string>("() => window.__bench.text()");

    /// <summary>Reads something a scenario checks in the page's DOM (the replay's goal and board values).</summary>
    public Task<T> EvaluateAsync<T>(string script) => page.EvaluateAsync<T>(script);

    public async Task CloseAsync()
    {
        await cdp.DetachAsync();
        await page.Context.CloseAsync();
    }
}

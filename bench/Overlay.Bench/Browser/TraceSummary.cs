using System.Text.Json;

namespace Overlay.Bench.Browser;

/// <summary>
/// Where a renderer's main thread spent its time in a Chromium trace, in the DevTools Performance panel's terms:
/// the self time of each trace event on the CrRendererMain thread, grouped into scripting, style, layout, paint and
/// so on, plus the event names with the most self time.
/// </summary>
public sealed class TraceSummary
{
    private readonly Dictionary<string, double> _categories = [];
    private readonly Dictionary<string, double> _names = [];

    public IReadOnlyDictionary<string, double> CategoryMs => _categories;

    public IEnumerable<KeyValuePair<string, double>> TopNames(int count) => _names.OrderByDescending(p => p.Value).Take(count);

    public double TotalMs => _categories.Values.Sum();

    /// <summary>Summaries of the renderer processes whose frames show a URL starting with each origin, by origin.</summary>
    public static Dictionary<string, TraceSummary> ByOrigin(IReadOnlyList<JsonElement> events, IEnumerable<string> origins)
    {
        // A renderer belongs to the origin its events' URLs (scripts, frames, parsed documents) name most often.
        var hits = new Dictionary<(int Pid, string Origin), int>();
        foreach (var e in events)
        {
            if (!e.TryGetProperty("args", out var args) || args.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            var text = args.GetRawText();
            foreach (var origin in origins.Where(o => text.Contains(o, StringComparison.Ordinal)))
            {
                var key = (e.GetProperty("pid").GetInt32(), origin);
                hits[key] = hits.GetValueOrDefault(key) + 1;
            }
        }
        var pidOrigin = hits.GroupBy(h => h.Key.Pid)
            .ToDictionary(g => g.Key, g => g.MaxBy(h => h.Value).Key.Origin);
        var mainThreads = events
            .Where(e => Name(e) == "thread_name" && e.GetProperty("args").GetProperty("name").GetString() == "CrRendererMain")
            .Select(e => (Pid: e.GetProperty("pid").GetInt32(), Tid: e.GetProperty("tid").GetInt32()))
            .Where(t => pidOrigin.ContainsKey(t.Pid))
            .ToHashSet();
        var result = origins.ToDictionary(o => o, _ => new TraceSummary());
        foreach (var thread in mainThreads)
        {
            var complete = events
                .Where(e => e.GetProperty("pid").GetInt32() == thread.Pid && e.GetProperty("tid").GetInt32() == thread.Tid
                    && e.TryGetProperty("ph", out var ph) && ph.GetString() == "X" && e.TryGetProperty("dur", out _))
                .Select(e => (Name: Name(e)!, Ts: e.GetProperty("ts").GetDouble(), Dur: e.GetProperty("dur").GetDouble()))
                .OrderBy(e => e.Ts).ThenByDescending(e => e.Dur)
                .ToList();
            result[pidOrigin[thread.Pid]].AddSelfTimes(complete);
        }
        return result;
    }

    private void AddSelfTimes(List<(string Name, double Ts, double Dur)> complete)
    {
        // Self time = duration minus the children's durations; the stack holds the open ancestors.
        var self = complete.Select(e => e.Dur).ToArray();
        var stack = new Stack<int>();
        for (var i = 0; i < complete.Count; i++)
        {
            while (stack.Count > 0 && complete[stack.Peek()].Ts + complete[stack.Peek()].Dur <= complete[i].Ts)
            {
                stack.Pop();
            }
            if (stack.Count > 0)
            {
                self[stack.Peek()] -= complete[i].Dur;
            }
            stack.Push(i);
        }
        for (var i = 0; i < complete.Count; i++)
        {
            var ms = Math.Max(0, self[i]) / 1000;
            var name = complete[i].Name;
            _names[name] = _names.GetValueOrDefault(name) + ms;
            var category = Category(name);
            _categories[category] = _categories.GetValueOrDefault(category) + ms;
        }
    }

    private static string Category(string name) => name switch
    {
        "FunctionCall" or "EvaluateScript" or "TimerFire" or "EventDispatch" or "FireAnimationFrame" or "RunMicrotasks"
            or "XHRReadyStateChange" or "XHRLoad" or "FireIdleCallback" => "scripting",
        _ when name.StartsWith("v8", StringComparison.OrdinalIgnoreCase) || name.Contains("GC", StringComparison.Ordinal) => "scripting",
        "ParseHTML" => "parse HTML",
        "Receive mojo message" or "SimpleWatcher::OnHandleReady" => "IPC (messages in)",
        "ThreadControllerImpl::RunTask" or "RunTask" => "task (other)",
        _ when name.Contains("Style", StringComparison.Ordinal) || name == "UpdateLayoutTree" => "style",
        _ when name.Contains("Layout", StringComparison.Ordinal) || name.StartsWith("InlineNode", StringComparison.Ordinal) => "layout",
        _ when name.Contains("Paint", StringComparison.Ordinal) || name.Contains("Composit", StringComparison.Ordinal)
            || name is "Commit" or "Layerize" or "UpdateLayer" or "UpdateLayerTree" or "Decode Image" => "paint/composite",
        _ => "other",
    };

    private static string? Name(JsonElement e) => e.TryGetProperty("name", out var n) ? n.GetString() : null;
}

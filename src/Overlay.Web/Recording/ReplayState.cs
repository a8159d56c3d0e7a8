using Microsoft.Extensions.Options;
using Overlay.Web.Events;

namespace Overlay.Web.Recording;

/// <summary>
/// Whether the upstream is a recording, which one and how fast: <c>Upstream:ReplayFile</c> at start, then
/// whatever the admin picks. The upstream client asks <see cref="TryResolve"/> before each connection; the replay
/// endpoint plays <see cref="Current"/> and reports its progress here.
/// </summary>
public sealed class ReplayState(IOptionsMonitor<RecordingOptions> options, RecordingsFolder folder)
{
    private readonly Lock _gate = new();
    private readonly HandlerList<Action> _changed = new();
    private bool _chosenInAdmin;
    private ReplaySelection? _chosen;
    private ReplaySelection? _current;
    private ReplayProgress? _progress;
    private string _problem = "";

    /// <summary>The replay the upstream client last connected for; null when it went live.</summary>
    public ReplaySelection? Current => Volatile.Read(ref _current);

    /// <summary>The current or last replay run.</summary>
    public ReplayProgress? Progress => Volatile.Read(ref _progress);

    /// <summary>Start, stop, finish and problems (not every frame: poll <see cref="Progress"/> for counts).</summary>
    public IDisposable Subscribe(Action changed) => _changed.Add(changed);

    /// <summary>
    /// What the next connection should be. True with null: live. True with a selection: replay it. False: a
    /// replay is wanted but cannot run (missing file, bad speed); <paramref name="problem"/> says what to fix.
    /// </summary>
    public bool TryResolve(out ReplaySelection? selection, out string problem)
    {
        problem = "";
        lock (_gate)
        {
            selection = _chosenInAdmin ? _chosen : FromConfig(out problem);
        }
        if (problem.Length == 0 && selection is not null && !File.Exists(selection.FilePath))
        {
            problem = $"Upstream:ReplayFile: there is no recording at \"{selection.FilePath}\". Pick one in the admin's Record and replay panel, or fix the setting.";
        }
        if (problem.Length > 0)
        {
            selection = null;
        }
        Volatile.Write(ref _current, selection);
        var changed = !string.Equals(Interlocked.Exchange(ref _problem, problem), problem, StringComparison.Ordinal);
        if (changed)
        {
            Notify();
        }
        return problem.Length == 0;
    }

    /// <summary>The problem found at the last connection attempt ("" when none).</summary>
    public bool TryPeekProblem(out string problem)
    {
        problem = Volatile.Read(ref _problem);
        return problem.Length > 0;
    }

    /// <summary>Admin: replay this file from the start (the caller then asks the upstream client to reconnect).</summary>
    public void Choose(string filePath, ReplaySpeed speed)
    {
        lock (_gate)
        {
            (_chosenInAdmin, _chosen) = (true, new ReplaySelection(folder.Resolve(filePath), speed));
        }
        Notify();
    }

    /// <summary>Admin: back to the live upstream (also over a configured Upstream:ReplayFile, until the app restarts).</summary>
    public void ChooseLive()
    {
        lock (_gate)
        {
            (_chosenInAdmin, _chosen) = (true, null);
        }
        Notify();
    }

    internal void Report(ReplayProgress progress, bool notify)
    {
        Volatile.Write(ref _progress, progress);
        if (notify)
        {
            Notify();
        }
    }

    private ReplaySelection? FromConfig(out string problem)
    {
        problem = "";
        RecordingOptions current;
        try
        {
            current = options.CurrentValue;
        }
        catch (OptionsValidationException ex)
        {
            problem = string.Join(" ", ex.Failures);
            return null;
        }
        if (string.IsNullOrWhiteSpace(current.ReplayFile))
        {
            return null;
        }
        ReplaySpeed.TryParse(current.ReplaySpeed, out var speed);
        return new ReplaySelection(folder.Resolve(current.ReplayFile.Trim()), speed);
    }

    private void Notify()
    {
        foreach (var handler in _changed.Snapshot)
        {
            try
            {
                handler();
            }
            catch (Exception)
            {
                // An admin panel that failed to re-render must not stop a replay; the panel's own boundary reports it.
            }
        }
    }
}

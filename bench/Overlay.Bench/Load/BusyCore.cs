using System.ComponentModel;
using System.Diagnostics;

namespace Overlay.Bench.Load;

/// <summary>
/// A process that keeps one core busy for as long as it lives: the game running next to OBS on a streamer's PC.
/// It runs at normal priority, like a game (a low-priority spinner would yield to everything and load nothing).
/// Disposal kills it, so it never outlives the run.
/// </summary>
public sealed class BusyCore : IDisposable
{
    private readonly Process _process;

    private BusyCore(Process process) => _process = process;

    public int Pid => _process.Id;

    public static BusyCore Start()
    {
        // node where there is one (the Node relay needs it anyway), otherwise the shell; both spin on one thread.
        foreach (var (file, args) in new[] { ("node", new[] { "-e", "for (;;) {}" }), ("sh", new[] { "-c", "while :; do :; done" }) })
        {
            var info = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }
            try
            {
                if (Process.Start(info) is { } process)
                {
                    return new BusyCore(process);
                }
            }
            catch (Win32Exception)
            {
                // Not installed: try the next one.
            }
        }
        throw new HarnessException("--busy: could not start a spinning process (neither node nor sh)");
    }

    /// <summary>CPU the spinner got so far; near the wall time when a core was free for it.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }
}

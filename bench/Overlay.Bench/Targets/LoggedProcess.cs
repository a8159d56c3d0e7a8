using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Overlay.Bench.Targets;

/// <summary>
/// A started child whose output goes to a log file under bench/results/logs. Disposal kills the whole process
/// tree, so a failed run never leaves a server behind. <see cref="ChildProcess"/> and the cold-start child both
/// start through it and differ only in how they wait for the child to answer.
/// </summary>
public sealed class LoggedProcess : IAsyncDisposable
{
    private readonly StreamWriter _log;

    private LoggedProcess(Process process, StreamWriter log)
    {
        Process = process;
        _log = log;
    }

    public Process Process { get; }

    public TimeSpan CpuTime
    {
        get
        {
            Process.Refresh();
            return Process.TotalProcessorTime;
        }
    }

    public long WorkingSetBytes
    {
        get
        {
            Process.Refresh();
            return Process.WorkingSet64;
        }
    }

    /// <summary>Starts <paramref name="info"/> with its output redirected to <paramref name="logName"/>.log.</summary>
    public static LoggedProcess Start(string name, string logName, ProcessStartInfo info)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var log = new StreamWriter(Path.Combine(RepoPaths.Logs, $"{logName}-{DateTime.Now:yyyyMMdd-HHmmss}.log")) { AutoFlush = true };
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new HarnessException($"{name}: {info.FileName} did not start");
        }
        catch
        {
            log.Dispose();
            throw;
        }
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new LoggedProcess(process, log);
    }

    /// <summary>A loopback port nothing listens on right now, for the child to serve.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // A last line after the child was killed and its log closed.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await Process.WaitForExitAsync(timeout.Token);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or refusing to die within 10 s; nothing more a harness can do.
        }
        finally
        {
            Process.Dispose();
            lock (_log)
            {
                _log.Dispose();
            }
        }
    }
}

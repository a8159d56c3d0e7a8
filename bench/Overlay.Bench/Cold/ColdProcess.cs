using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Overlay.Bench.Load;

namespace Overlay.Bench.Cold;

/// <summary>
/// A child started for a cold-start measurement: unlike <see cref="Targets.ChildProcess"/> it returns at once (the
/// scenario times the wait itself), takes the executable as given (the ReadyToRun publish is not a dll) and leaves
/// the runtime settings to a <see cref="RuntimeOption"/>. Disposal kills the whole tree.
/// </summary>
public sealed class ColdProcess : IAsyncDisposable
{
    private readonly StreamWriter _log;

    private ColdProcess(Process process, StreamWriter log, Uri baseUri, double startedMs)
    {
        Process = process;
        _log = log;
        BaseUri = baseUri;
        StartedMs = startedMs;
    }

    public Process Process { get; }

    public Uri BaseUri { get; }

    /// <summary><see cref="BenchClock"/> time just before the process was created.</summary>
    public double StartedMs { get; }

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

    /// <param name="fileName">"dotnet" (then <paramref name="args"/> start with the dll) or an executable.</param>
    public static ColdProcess Start(string name, string fileName, IEnumerable<string> args, string workingDirectory,
        RuntimeOption option, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseUri.ToString().TrimEnd('/'));
        foreach (var key in RuntimeOption.Cleared)
        {
            info.Environment.Remove(key);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in option.Environment.Concat(environment))
        {
            info.Environment[key] = value;
        }
        var log = new StreamWriter(Path.Combine(RepoPaths.Logs, $"{name}-{option.Name}-{DateTime.Now:yyyyMMdd-HHmmss}.log")) { AutoFlush = true };
        var startedMs = BenchClock.NowMs();
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new HarnessException($"{name}: {fileName} did not start");
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
        return new ColdProcess(process, log, baseUri, startedMs);
    }

    /// <summary>Polls <paramref name="path"/> every 5 ms; the <see cref="BenchClock"/> time of the first 200.</summary>
    public async Task<double> WaitForAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var stop = Stopwatch.StartNew();
        while (stop.Elapsed < timeout)
        {
            if (Process.HasExited)
            {
                throw new HarnessException($"{Process.StartInfo.FileName} exited with code {Process.ExitCode} before {path} answered; see bench/results/logs");
            }
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUri, path.TrimStart('/')), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return BenchClock.NowMs();
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }
            await Task.Delay(5, cancellationToken);
        }
        throw new HarnessException($"{path} did not answer within {timeout.TotalSeconds:0} s");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
            // Already gone, or refusing to die within 10 s.
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

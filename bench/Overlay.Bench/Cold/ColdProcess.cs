using System.Diagnostics;
using Overlay.Bench.Load;
using Overlay.Bench.Targets;

namespace Overlay.Bench.Cold;

/// <summary>
/// A child started for a cold-start measurement: unlike <see cref="Targets.ChildProcess"/> it returns at once (the
/// scenario times the wait itself), takes the executable as given (the ReadyToRun publish is not a dll) and leaves
/// the runtime settings to a <see cref="RuntimeOption"/>. Output and disposal are <see cref="LoggedProcess"/>'s.
/// </summary>
public sealed class ColdProcess : IAsyncDisposable
{
    private readonly LoggedProcess _child;

    private ColdProcess(LoggedProcess child, Uri baseUri, double startedMs)
    {
        _child = child;
        BaseUri = baseUri;
        StartedMs = startedMs;
    }

    public Process Process => _child.Process;

    public Uri BaseUri { get; }

    /// <summary><see cref="BenchClock"/> time just before the process was created.</summary>
    public double StartedMs { get; }

    public TimeSpan CpuTime => _child.CpuTime;

    public long WorkingSetBytes => _child.WorkingSetBytes;

    /// <param name="fileName">"dotnet" (then <paramref name="args"/> start with the dll) or an executable.</param>
    public static ColdProcess Start(string name, string fileName, IEnumerable<string> args, string workingDirectory,
        RuntimeOption option, IReadOnlyDictionary<string, string> environment)
    {
        var port = LoggedProcess.FreePort();
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory };
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
        var startedMs = BenchClock.NowMs();
        return new ColdProcess(LoggedProcess.Start(name, $"{name}-{option.Name}", info), baseUri, startedMs);
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

    public ValueTask DisposeAsync() => _child.DisposeAsync();
}

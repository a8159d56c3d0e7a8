using System.Diagnostics;

namespace Overlay.Bench.Targets;

/// <summary>
/// A `dotnet some.dll` child (or the Node relay) on a loopback port, returned once its /healthz answers. Output
/// and disposal are <see cref="LoggedProcess"/>'s.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly LoggedProcess _child;

    private ChildProcess(LoggedProcess child, Uri baseUri, string name)
    {
        _child = child;
        BaseUri = baseUri;
        Name = name;
    }

    public string Name { get; }

    public Process Process => _child.Process;

    public Uri BaseUri { get; }

    public TimeSpan CpuTime => _child.CpuTime;

    public long WorkingSetBytes => _child.WorkingSetBytes;

    public static Task<ChildProcess> StartAsync(string name, string dll, IEnumerable<string> args,
        IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        if (!File.Exists(dll))
        {
            throw new HarnessException($"{name}: {dll} does not exist (build it with `dotnet build -c Release`)");
        }
        return StartCommandAsync(name, "dotnet", baseUri => [dll, "--urls", baseUri.ToString().TrimEnd('/'), .. args],
            environment, cancellationToken);
    }

    /// <summary>Any server command (the Node relay); <paramref name="args"/> gets the loopback address it must serve.</summary>
    public static async Task<ChildProcess> StartCommandAsync(string name, string fileName, Func<Uri, IEnumerable<string>> args,
        IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var port = LoggedProcess.FreePort();
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo(fileName) { WorkingDirectory = RepoPaths.Root };
        foreach (var arg in args(baseUri))
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        var child = new ChildProcess(LoggedProcess.Start(name, name, info), baseUri, name);
        try
        {
            await child.WaitHealthyAsync(TimeSpan.FromSeconds(60), cancellationToken);
            return child;
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var stop = Stopwatch.StartNew();
        while (stop.Elapsed < timeout)
        {
            if (Process.HasExited)
            {
                throw new HarnessException($"{Name} exited with code {Process.ExitCode} before /healthz answered; see bench/results/logs");
            }
            if (await IsHealthyAsync(http, cancellationToken))
            {
                return;
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new HarnessException($"{Name}: /healthz did not answer within {timeout.TotalSeconds:0} s");
    }

    public async Task<bool> IsHealthyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(BaseUri, "healthz"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync() => _child.DisposeAsync();
}

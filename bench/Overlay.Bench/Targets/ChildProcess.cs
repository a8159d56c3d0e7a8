using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Overlay.Bench.Targets;

/// <summary>
/// A `dotnet some.dll` child on a loopback port: output goes to a log file under bench/results/logs, health is
/// polled, and disposal kills the whole process tree so a failed run never leaves a server behind.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly StreamWriter _log;

    private ChildProcess(Process process, StreamWriter log, Uri baseUri, string name)
    {
        Process = process;
        _log = log;
        BaseUri = baseUri;
        Name = name;
    }

    public string Name { get; }

    public Process Process { get; }

    public Uri BaseUri { get; }

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
        var port = FreePort();
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
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
        var log = new StreamWriter(Path.Combine(RepoPaths.Logs, $"{name}-{DateTime.Now:yyyyMMdd-HHmmss}.log")) { AutoFlush = true };
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new HarnessException($"{name}: {fileName} did not start");
        }
        catch
        {
            await log.DisposeAsync();
            throw;
        }
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var child = new ChildProcess(process, log, baseUri, name);
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

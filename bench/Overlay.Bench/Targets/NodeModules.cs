using System.ComponentModel;
using System.Diagnostics;

namespace Overlay.Bench.Targets;

/// <summary>
/// Makes sure bench/NodeRelay has its one package: runs `npm ci` (from the committed lock file, through npm's own
/// configured registry) when node_modules is missing. Never throws: a machine without node or npm access still runs
/// the bench, with the .NET relay alone.
/// </summary>
public static class NodeModules
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(3);

    public static string Folder => Path.Combine(RepoPaths.Root, "bench", "NodeRelay");

    /// <summary>Null when the packages are there; otherwise why they could not be installed.</summary>
    public static async Task<string?> EnsureAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "ws")))
        {
            return null;
        }
        var info = new ProcessStartInfo("npm")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "ci", "--no-audit", "--no-fund" })
        {
            info.ArgumentList.Add(arg);
        }
        Process? npm;
        try
        {
            npm = Process.Start(info);
        }
        catch (Win32Exception e)
        {
            return $"npm could not start ({e.Message})";
        }
        if (npm is null)
        {
            return "npm could not start";
        }
        using (npm)
        {
            var output = npm.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = npm.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(InstallTimeout);
            try
            {
                await npm.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                npm.Kill(entireProcessTree: true);
                return $"npm ci did not finish within {InstallTimeout.TotalMinutes:0} min";
            }
            finally
            {
                if (!npm.HasExited)
                {
                    npm.Kill(entireProcessTree: true);
                }
            }
            var log = Path.Combine(RepoPaths.Logs, $"npm-ci-{DateTime.Now:yyyyMMdd-HHmmss}.log");
            await File.WriteAllTextAsync(log, await output + await errors, CancellationToken.None);
            return npm.ExitCode == 0 ? null : $"npm ci exited with code {npm.ExitCode} (see bench/results/logs/{Path.GetFileName(log)})";
        }
    }
}

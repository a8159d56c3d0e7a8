using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Overlay.Bench.Cold;

/// <summary>
/// Publishes the app ReadyToRun and self-contained for this machine, as build/release.sh does (without single-file,
/// so the executable starts from a plain folder), into bench/results/r2r. Done before the timed start, never in it.
/// </summary>
public static class ReadyToRunPublish
{
    public static string Folder => Path.Combine(RepoPaths.Results, "r2r");

    /// <summary>The published executable; throws a <see cref="HarnessException"/> when the publish fails.</summary>
    public static async Task<string> PublishAsync(CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "publish", Path.Combine("src", "Overlay.Web"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
            "--self-contained", "-p:PublishReadyToRun=true", "-o", Folder, "-v", "quiet", "-nologo",
        })
        {
            info.ArgumentList.Add(arg);
        }
        // MSBuild reads environment variables as properties: a VERSION in the environment becomes the assembly
        // version and restore fails without a message (build/release.sh unsets it for the same reason).
        info.Environment.Remove("VERSION");
        Console.WriteLine($"publishing the ReadyToRun app into {Path.GetRelativePath(RepoPaths.Root, Folder)} ...");
        using var process = Process.Start(info) ?? throw new HarnessException("dotnet publish did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        if (process.ExitCode != 0)
        {
            throw new HarnessException($"dotnet publish -p:PublishReadyToRun=true failed ({process.ExitCode}): {await output}{await errors}");
        }
        var executable = Path.Combine(Folder, OperatingSystem.IsWindows() ? "Overlay.Web.exe" : "Overlay.Web");
        return File.Exists(executable) ? executable : throw new HarnessException($"the publish made no {executable}");
    }
}

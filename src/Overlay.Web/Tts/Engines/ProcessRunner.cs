using System.Diagnostics;
using System.Text;

namespace Overlay.Web.Tts.Engines;

/// <summary>
/// Runs an engine's executable: arguments as a list (never through a shell, so no text is ever parsed as a
/// command), text fed on standard input, output read to at most <see cref="MaxOutputChars"/> each (the rest is
/// drained and dropped, so a chatty process cannot fill memory or block on a full pipe), and a timeout on the
/// injected clock after which the whole process tree is killed.
/// </summary>
public sealed class ProcessRunner(TimeProvider time)
{
    public const int MaxOutputChars = 256 * 1024;

    /// <exception cref="SpeechEngineException">The executable could not be started.</exception>
    public async Task<ProcessResult> RunAsync(string executable, IReadOnlyList<string> arguments, string? input, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new SpeechEngineException($"{Path.GetFileName(executable)} could not be started: {ex.Message}", inner: ex);
        }
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        var stdout = ReadBoundedAsync(process.StandardOutput);
        var stderr = ReadBoundedAsync(process.StandardError);
        try
        {
            try
            {
                if (input is not null)
                {
                    await process.StandardInput.WriteAsync(input.AsMemory(), linked.Token);
                }
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The process exited without reading its input; its exit code says why.
            }
            await process.WaitForExitAsync(linked.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            await Task.WhenAll(stdout, stderr);
            cancellationToken.ThrowIfCancellationRequested();
            return new ProcessResult(-1, await stdout, await stderr, TimedOut: true);
        }
        return new ProcessResult(process.ExitCode, await stdout, await stderr, TimedOut: false);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static async Task<string> ReadBoundedAsync(StreamReader reader)
    {
        var kept = new StringBuilder();
        var buffer = new char[8192];
        try
        {
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0)
            {
                var room = MaxOutputChars - kept.Length;
                if (room > 0)
                {
                    kept.Append(buffer, 0, Math.Min(room, read));
                }
            }
        }
        catch (IOException)
        {
            // The pipe closed when the process was killed.
        }
        return kept.ToString();
    }
}

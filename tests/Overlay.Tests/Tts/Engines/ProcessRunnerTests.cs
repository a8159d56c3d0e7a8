using Microsoft.Extensions.Time.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Tts.Engines;

namespace Overlay.Tests.Tts.Engines;

/// <summary>The runner on real processes (Unix tools), its timeout on a fake clock.</summary>
public sealed class ProcessRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Tool(string name) =>
        EngineLocator.FindExecutable(Environment.GetEnvironmentVariable("PATH"), name) ?? throw new InvalidOperationException($"{name} is not on the PATH");

    [Fact]
    public async Task Input_is_fed_on_standard_input_and_arguments_are_never_parsed_by_a_shell()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var runner = new ProcessRunner(TimeProvider.System);

        var echo = await runner.RunAsync(Tool("echo"), ["$(whoami) ; rm -rf / && `id`"], null, TimeSpan.FromSeconds(20), Ct);
        var cat = await runner.RunAsync(Tool("cat"), [], "héllo ×5", TimeSpan.FromSeconds(20), Ct);

        Assert.Equal("$(whoami) ; rm -rf / && `id`\n", echo.StandardOutput);
        Assert.Equal(("héllo ×5", 0, false), (cat.StandardOutput, cat.ExitCode, cat.TimedOut));
    }

    [Fact]
    public async Task A_process_past_its_timeout_is_killed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var time = new FakeTimeProvider();
        var runner = new ProcessRunner(time);

        var run = runner.RunAsync(Tool("sleep"), ["600"], null, TimeSpan.FromSeconds(15), Ct);
        Assert.False(run.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(15));
        var result = await run.WaitAsync(TimeSpan.FromSeconds(20), Ct);

        Assert.Equal((true, -1), (result.TimedOut, result.ExitCode));
    }

    [Fact]
    public async Task Endless_output_is_kept_to_the_bound_and_does_not_block_the_process()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var runner = new ProcessRunner(TimeProvider.System);

        var result = await runner.RunAsync(Tool("head"), ["-c", "3000000", "/dev/zero"], null, TimeSpan.FromSeconds(20), Ct);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ProcessRunner.MaxOutputChars, result.StandardOutput.Length);
    }

    [Fact]
    public async Task A_missing_executable_is_a_clear_engine_error()
    {
        var runner = new ProcessRunner(TimeProvider.System);

        var error = await Assert.ThrowsAsync<SpeechEngineException>(() =>
            runner.RunAsync(Path.Combine(Path.GetTempPath(), "no-such-engine-" + Guid.NewGuid().ToString("N")), [], null, TimeSpan.FromSeconds(5), Ct));

        Assert.Contains("could not be started", error.Message, StringComparison.Ordinal);
    }
}

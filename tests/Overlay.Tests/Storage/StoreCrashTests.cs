using System.Diagnostics;
using System.Globalization;
using Overlay.Web.Storage;

namespace Overlay.Tests.Storage;

/// <summary>
/// Kills a process that is busy saving and checks the file afterwards. The writer is this test assembly run
/// again (xunit v3 assemblies are executables) with only the explicit <see cref="Child_writer_saves_until_killed"/>
/// test selected; it never runs in a normal test run.
/// </summary>
public sealed class StoreCrashTests
{
    private const string DbVariable = "OVERLAY_CRASH_TEST_DB";
    private const int SavesBeforeKill = 300;
    private const int ChildMaxSaves = 200_000;

    [Fact]
    public async Task Store_killed_in_the_middle_of_saves_opens_intact_with_every_acknowledged_save()
    {
        var ct = TestContext.Current.CancellationToken;
        using var temp = new TempStore();
        using var child = StartChild(temp.FilePath);
        var lastAcknowledged = 0;
        try
        {
            using var guard = CancellationTokenSource.CreateLinkedTokenSource(ct);
            guard.CancelAfter(TimeSpan.FromSeconds(90));
            while (lastAcknowledged < SavesBeforeKill)
            {
                var line = await child.StandardOutput.ReadLineAsync(guard.Token)
                    ?? throw new InvalidOperationException("The writer exited before it was killed: " + await child.StandardError.ReadToEndAsync(ct));
                if (line.StartsWith("SAVED ", StringComparison.Ordinal))
                {
                    lastAcknowledged = int.Parse(line.AsSpan(6), CultureInfo.InvariantCulture);
                }
            }
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(ct);
        }

        using var store = temp.Open();
        Assert.Null(store.Problem);
        var settings = TestSecrets.Repository(store).Get();
        var goal = new GoalProgressRepository(store).Find("likes");
        Assert.NotNull(settings);
        Assert.NotNull(goal);
        var savedIndex = int.Parse(settings.UniqueId.AsSpan("user".Length), CultureInfo.InvariantCulture);
        Assert.True(savedIndex >= lastAcknowledged, $"acknowledged save {lastAcknowledged} lost; file holds {savedIndex}");
        Assert.Equal($"tk_key_{savedIndex}", settings.ApiKey);
        // The goal row is written in its own transaction right after the settings row.
        Assert.InRange(goal.Count, savedIndex - 1, savedIndex);
    }

    [Fact(Explicit = true)]
    public void Child_writer_saves_until_killed()
    {
        var path = Environment.GetEnvironmentVariable(DbVariable);
        Assert.SkipWhen(string.IsNullOrEmpty(path), "Only runs as the writer process of the crash test.");
        using var store = new OverlayStore(
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { Path = path }),
            TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<OverlayStore>.Instance);
        var settings = TestSecrets.Repository(store);
        var goals = new GoalProgressRepository(store);
        var output = Console.OpenStandardOutput();
        for (var i = 1; i <= ChildMaxSaves; i++)
        {
            settings.Save(new StoredConnectionSettings { UniqueId = $"user{i}", ApiKey = $"tk_key_{i}" });
            goals.Save(new GoalProgress("likes", "Likes", "room", i, 0, 1000));
            // Raw stdout, flushed per line: only saves that returned are acknowledged to the parent.
            output.Write(System.Text.Encoding.ASCII.GetBytes($"SAVED {i}\n"));
            output.Flush();
        }
    }

    private static Process StartChild(string dbPath)
    {
        var assembly = typeof(StoreCrashTests).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            assembly, "-method", $"{typeof(StoreCrashTests).FullName}.{nameof(Child_writer_saves_until_killed)}",
            "-explicit", "only", "-noLogo", "-noColor",
        })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment[DbVariable] = dbPath;
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the writer process.");
    }
}

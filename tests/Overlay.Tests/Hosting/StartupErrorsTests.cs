using Overlay.Tests.Infrastructure;
using Overlay.Web.Hosting;

namespace Overlay.Tests.Hosting;

public sealed class StartupErrorsTests
{
    [Fact]
    public async Task Bad_settings_stop_the_app_with_every_problem_named()
    {
        var ct = TestContext.Current.CancellationToken;

        var error = await Assert.ThrowsAnyAsync<Exception>(() => RunningApp.StartAsync(new Dictionary<string, string?>
        {
            ["Upstream:StallSeconds"] = "5",
            ["Widgets:ChatTicker:MaxRows"] = "0",
            ["Render:DiffsInFlight"] = "0",
        }, cancellationToken: ct));

        Assert.True(StartupErrors.TryDescribe(error, out var message));
        Assert.Contains("Upstream:StallSeconds must be between 46 and 3600", message);
        Assert.Contains("Widgets:ChatTicker:MaxRows must be between 1 and 200, got 0.", message);
        Assert.Contains("Render:DiffsInFlight must be between 1 and 10", message);
    }

    [Fact]
    public async Task A_value_the_binder_cannot_read_is_named_with_its_key()
    {
        var ct = TestContext.Current.CancellationToken;

        var error = await Assert.ThrowsAnyAsync<Exception>(() => RunningApp.StartAsync(new Dictionary<string, string?>
        {
            ["Widgets:Tts:ReadChat"] = "sometimes",
        }, cancellationToken: ct));

        Assert.True(StartupErrors.TryDescribe(error, out var message));
        Assert.Contains("Widgets:Tts:ReadChat", message);
    }

    [Fact]
    public void Broken_appsettings_json_names_the_file()
    {
        var root = TestContentRoot.Create();
        File.WriteAllText(Path.Combine(root, "appsettings.json"), "{ \"Upstream\": { \"Url\": ");

        var error = Assert.ThrowsAny<Exception>(() => Overlay.Web.OverlayApp.Create([], root));

        Assert.True(StartupErrors.TryDescribe(error, out var message));
        Assert.Contains(Path.Combine(root, "appsettings.json"), message);
    }

    [Fact]
    public void Other_failures_are_not_disguised_as_configuration_problems()
    {
        Assert.False(StartupErrors.TryDescribe(new InvalidOperationException("boom"), out _));
    }
}

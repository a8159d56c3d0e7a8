using Overlay.Web.Widgets;
using Microsoft.Extensions.Options;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Tests.Widgets;

public sealed class DefaultInstancesTests
{
    [Fact]
    public async Task App_registers_the_three_default_widgets_with_their_states()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(cancellationToken: ct);
        var registry = app.Get<WidgetRegistry>();

        Assert.IsType<GiftAlertState>(registry.Find("gift-alert")?.Source);
        Assert.IsType<ChatTickerState>(registry.Find("chat-ticker")?.Source);
        Assert.IsType<LikeGoalState>(registry.Find("like-goal")?.Source);
    }

    [Fact]
    public async Task App_registers_the_pk_battle_and_captions_defaults_from_first_start()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(cancellationToken: ct);
        var registry = app.Get<WidgetRegistry>();

        Assert.IsType<PkBattleState>(registry.Find("pk-battle")?.Source);
        Assert.IsType<CaptionsState>(registry.Find("captions")?.Source);
    }

    [Fact]
    public async Task Invalid_pk_battle_default_stops_the_app_at_start_with_an_actionable_message()
    {
        var ct = TestContext.Current.CancellationToken;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            RunningApp.StartAsync(new Dictionary<string, string?> { ["Widgets:PkBattle:ResultSeconds"] = "1" }, cancellationToken: ct));

        Assert.Contains("ResultSeconds must be between 3 and 120, got 1.", error.Message);
    }

    [Fact]
    public async Task Default_widgets_use_the_configured_settings()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(
            new Dictionary<string, string?> { ["Widgets:ChatTicker:MaxRows"] = "2" }, cancellationToken: ct);
        var ticker = (IViewSource<ChatTickerView>)app.Get<WidgetRegistry>().Find("chat-ticker")!.Source;
        var hub = app.Get<EventHub>();

        foreach (var text in new[] { "a", "b", "c" })
        {
            hub.Publish(new ChatEvent(ViewerUser.Anonymous, text));
        }

        Assert.Equal(["b", "c"], ticker.Current.Lines.Select(l => l.Comment));
    }

    [Fact]
    public async Task Invalid_widget_setting_stops_the_app_at_start_with_an_actionable_message()
    {
        var ct = TestContext.Current.CancellationToken;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            RunningApp.StartAsync(new Dictionary<string, string?> { ["Widgets:ChatTicker:MaxRows"] = "0" }, cancellationToken: ct));

        Assert.Contains("Widgets:ChatTicker:MaxRows must be between 1 and 200, got 0.", error.Message);
    }

    [Fact]
    public async Task Invalid_combo_quiet_time_stops_the_app_at_start()
    {
        var ct = TestContext.Current.CancellationToken;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            RunningApp.StartAsync(new Dictionary<string, string?> { ["Events:ComboQuietSeconds"] = "0" }, cancellationToken: ct));

        Assert.Contains("Events:ComboQuietSeconds must be between 1 and 60, got 0.", error.Message);
    }
}

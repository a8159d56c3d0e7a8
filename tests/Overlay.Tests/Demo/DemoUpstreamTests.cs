using Overlay.Tests.Infrastructure;
using Overlay.Web.Upstream;
using Overlay.Widgets.Captions;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Tests.Demo;

/// <summary>A fresh app with no key runs the production client against its own demo socket.</summary>
public sealed class DemoUpstreamTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_an_api_key_the_widgets_fill_with_demo_events()
    {
        await using var app = await RunningApp.StartAsync(cancellationToken: Ct);

        await app.Source<ChatTickerView>("chat-ticker").WaitForAsync(v => v.Lines.Count >= 3, Ct);
        await app.Source<GoalView>("like-goal").WaitForAsync(v => v.Current > 0, Ct);
        await app.Source<GiftAlertView>("gift-alert").WaitForAsync(v => v.Current is not null, Ct, TimeSpan.FromSeconds(30));

        var status = app.Get<ConnectionStatusStore>().Current;
        Assert.True(status.IsDemo);
        Assert.Equal(ConnectionState.Connected, status.State);
        Assert.False(string.IsNullOrEmpty(status.RoomId));
    }

    [Fact]
    public async Task Demo_creator_talks_in_captions_that_reach_the_captions_widget()
    {
        await using var app = await RunningApp.StartAsync(cancellationToken: Ct);

        var view = await app.Source<CaptionsView>("captions").WaitForAsync(v => v.Lines.Any(l => l.IsFinal), Ct, TimeSpan.FromSeconds(30));

        Assert.All(view.Lines, l => Assert.False(string.IsNullOrWhiteSpace(l.Text)));
    }

    [Fact]
    public async Task Demo_socket_refuses_plain_http_requests()
    {
        await using var app = await RunningApp.StartAsync(cancellationToken: Ct);
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        var response = await http.GetAsync("demo/upstream", Ct);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}

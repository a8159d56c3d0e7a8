using Bunit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Media;
using Overlay.Web.Pipeline;
using Overlay.Web.Widgets;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;
using Overlay.Widgets.ViewerCount;
using static Overlay.Tests.Infrastructure.EventTestData;
using GiftAlertComponent = Overlay.Widgets.GiftAlert.GiftAlert;
using LikeGoalComponent = Overlay.Widgets.LikeGoal.LikeGoal;
using ViewerCountComponent = Overlay.Widgets.ViewerCount.ViewerCount;

namespace Overlay.Tests.Widgets.Language;

/// <summary>An instance in German, from its settings through its state to the page: German defaults, the streamer's own texts as typed.</summary>
public sealed class WidgetLanguageRenderingTests : BunitContext
{
    private readonly EventHub _hub = Hub();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = Clock();

    [Fact]
    public void A_german_viewer_count_says_live_zuschauer_and_spitze()
    {
        using var phase = new StreamPhase(_hub);
        using var state = new ViewerCountState((ViewerCountSettings)WidgetKinds.ViewerCount.Form.DefaultsIn("de"), _hub,
            NullLogger<ViewerCountState>.Instance, phase);
        _hub.Publish(new RoomInfoEvent("room-1", "", 120, null, ""));

        var cut = Render<ViewerCountComponent>(p => p.Add(c => c.View, state.Current));

        Assert.Equal("LIVE", cut.Find(".live").TextContent);
        Assert.Equal("Zuschauer", cut.Find(".label").TextContent);
        Assert.Equal("Spitze", cut.Find(".peak-label").TextContent);
    }

    [Fact]
    public void A_streamers_own_label_stays_as_typed_in_a_german_viewer_count()
    {
        using var phase = new StreamPhase(_hub);
        var settings = (ViewerCountSettings)WidgetKinds.ViewerCount.Form.DefaultsIn("de") with { Label = "<i>watching</i>" };
        using var state = new ViewerCountState(settings, _hub, NullLogger<ViewerCountState>.Instance, phase);

        var cut = Render<ViewerCountComponent>(p => p.Add(c => c.View, state.Current));

        Assert.Equal("<i>watching</i>", cut.Find(".label").TextContent);
        Assert.Empty(cut.FindAll(".label i"));
    }

    [Fact]
    public void A_german_alert_box_shows_german_templates_captions_and_gift_words()
    {
        var webRoot = SoundsRoot.Create("chime.wav");
        var settings = (GiftAlertSettings)WidgetKinds.GiftAlert.Form.DefaultsIn("de");
        using var state = new GiftAlertState(settings with { Share = settings.Share with { Template = "Danke fürs Teilen, {nickname}" } },
            _hub, _time, new OverlayMetrics(), new FakeLogger<GiftAlertState>(),
            new AlertMedia(new SoundLibrary(webRoot), new ImageLibrary(webRoot), new VideoLibrary(webRoot)));

        _hub.Publish(new FollowEvent(User("ana")));
        var follow = Render<GiftAlertComponent>(p => p.Add(c => c.View, state.Current).Add(c => c.PlaySounds, false));
        Assert.Equal("Neuer Follower", follow.Find(".caption").TextContent);
        Assert.Equal("ANA folgt jetzt!", follow.Find(".message").TextContent);

        _time.Advance(TimeSpan.FromSeconds(6));
        _hub.Publish(new ShareEvent(User("bo")));
        var share = Render<GiftAlertComponent>(p => p.Add(c => c.View, state.Current).Add(c => c.PlaySounds, false));
        Assert.Equal("Danke fürs Teilen, BO", share.Find(".message").TextContent);

        _time.Advance(TimeSpan.FromSeconds(6));
        _hub.Publish(Finished("cy", 5));
        var gift = Render<GiftAlertComponent>(p => p.Add(c => c.View, state.Current).Add(c => c.PlaySounds, false));
        Assert.Equal("schickt", gift.Find(".sent").TextContent);
        Assert.Equal("Diamanten", gift.Find(".diamonds").GetAttribute("title"));
    }

    [Fact]
    public void A_german_goal_has_the_german_title_and_a_typed_title_stays()
    {
        var german = (LikeGoalSettings)WidgetKinds.LikeGoal.Form.DefaultsIn("de");

        var cut = Render<LikeGoalComponent>(p => p.Add(c => c.Goal, new GoalView(german.Title, 5, 10)));
        var own = Render<LikeGoalComponent>(p => p.Add(c => c.Goal, new GoalView((german with { Title = "Road to 5k" }).Title, 5, 10)));

        Assert.Equal("Like-Ziel", cut.Find(".title").TextContent);
        Assert.Equal("Road to 5k", own.Find(".title").TextContent);
    }

    [Fact]
    public void An_english_instance_renders_the_texts_it_always_had()
    {
        var viewers = Render<ViewerCountComponent>(p => p.Add(c => c.View, ViewerCountView.Empty with { Viewers = 1234, Peak = 2000 }));
        var alert = Render<GiftAlertComponent>(p => p.Add(c => c.View, GiftAlertView.Empty with
        {
            Current = new AlertView(1, "ana", null, "Rose", null, 3, 1) { Kind = AlertKind.Gift },
        }).Add(c => c.PlaySounds, false));

        Assert.Equal("LIVE", viewers.Find(".live").TextContent);
        Assert.Equal("peak", viewers.Find(".peak-label").TextContent);
        Assert.Equal("viewers", viewers.Find(".label").TextContent);
        Assert.Equal("sent", alert.Find(".sent").TextContent);
        Assert.Equal("diamonds", alert.Find(".diamonds").GetAttribute("title"));
    }
}

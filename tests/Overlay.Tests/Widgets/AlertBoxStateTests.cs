using Overlay.Web.Media;
using Overlay.Web.Settings;
using Overlay.Web.Widgets;
using Microsoft.Extensions.Logging.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Widgets.GiftAlert;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

/// <summary>The alert box's types, templates, cooldowns and gift variations (GiftAlertState with AlertComposer).</summary>
public sealed class AlertBoxStateTests : IDisposable
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = Clock();
    private readonly EventHub _hub = Hub();
    private readonly string _webRoot = SoundsRoot.Create("chime.wav", "big.wav", "follow.wav");
    private GiftAlertState? _state;

    private GiftAlertState State(GiftAlertSettings? settings = null) =>
        _state = new GiftAlertState(settings ?? new GiftAlertSettings(), _hub, _time, new OverlayMetrics(), new FakeLogger<GiftAlertState>(),
            new AlertMedia(new SoundLibrary(_webRoot), new ImageLibrary(_webRoot), new VideoLibrary(_webRoot)));

    private static readonly GiftVariation Big = new() { Name = "big", MinDiamonds = 100, Template = "BIG {nickname} {diamonds}", SoundFile = "big.wav", SoundVolume = 50, DisplaySeconds = 9, AccentColor = "#ffd84d" };

    [Fact]
    public void Follow_share_and_subscribe_alert_by_default_with_their_templates_and_join_does_not()
    {
        var state = State(new GiftAlertSettings { MaxQueue = 10 });
        var seen = new List<AlertView>();
        using var _ = state.Subscribe(() => { if (state.Current.Current is { } a && !seen.Contains(a)) seen.Add(a); });

        _hub.Publish(new MemberEvent(User("joiner")));
        _hub.Publish(new FollowEvent(User("ana")));
        for (var i = 0; i < 3; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(6));
        }
        _hub.Publish(new ShareEvent(User("bo")));
        _time.Advance(TimeSpan.FromSeconds(6));
        _hub.Publish(new SubscribeEvent(User("cy"), 3));

        Assert.Equal([AlertKind.Follow, AlertKind.Share, AlertKind.Subscribe], seen.Select(a => a.Kind));
        Assert.Equal("{nickname} followed!", seen[0].Template);
        Assert.Equal(("ANA", 0L), (seen[0].Nickname, seen[0].Diamonds));
        Assert.Equal(3, seen[2].Count);
    }

    [Fact]
    public void A_type_switched_off_never_alerts_and_join_can_be_switched_on_with_its_own_text()
    {
        var state = State(new GiftAlertSettings
        {
            Follow = new AlertTypeSettings { Enabled = false },
            Join = new AlertTypeSettings { Enabled = true, Template = "hi {nickname}" },
        });

        _hub.Publish(new FollowEvent(User("ana")));
        Assert.Null(state.Current.Current);

        _hub.Publish(new MemberEvent(User("bo")));
        Assert.Equal((AlertKind.Join, "hi {nickname}"), (state.Current.Current!.Kind, state.Current.Current.Template));
    }

    [Fact]
    public void Gifts_switched_off_do_not_alert()
    {
        var state = State(new GiftAlertSettings { GiftEnabled = false });

        _hub.Publish(Finished("ana", 500));

        Assert.Null(state.Current.Current);
    }

    [Fact]
    public void The_same_viewer_shares_again_within_the_cooldown_silently_and_alerts_after_it()
    {
        var state = State(new GiftAlertSettings { DisplaySeconds = 1, Share = new AlertTypeSettings { Template = "s", ViewerCooldownSeconds = 300 } });
        var shown = 0;
        using var _ = state.Subscribe(() => { if (state.Current.Current is not null) shown++; });

        _hub.Publish(new ShareEvent(User("ana")));
        _time.Advance(TimeSpan.FromSeconds(2));
        _hub.Publish(new ShareEvent(User("ana")));
        _time.Advance(TimeSpan.FromSeconds(2));
        _hub.Publish(new ShareEvent(User("bo")));
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(2, shown);

        _time.Advance(TimeSpan.FromSeconds(300));
        _hub.Publish(new ShareEvent(User("ana")));
        Assert.Equal(3, shown);
    }

    [Fact]
    public void Backlog_follows_shares_and_gifts_never_alert()
    {
        var state = State();

        _hub.Publish(new FollowEvent(User("ana")) { IsBacklog = true });
        _hub.Publish(new ShareEvent(User("ana")) { IsBacklog = true });
        _hub.Publish(new SubscribeEvent(User("ana"), 1) { IsBacklog = true });
        _hub.Publish(Finished("ana", 500) with { IsBacklog = true });

        Assert.Null(state.Current.Current);
    }

    [Fact]
    public void A_gift_worth_the_minimum_of_a_variation_takes_its_text_sound_time_and_accent()
    {
        var state = State(new GiftAlertSettings { SoundEnabled = true, Variations = [Big] });

        _hub.Publish(Finished("ana", 100));

        var alert = state.Current.Current!;
        Assert.Equal(("BIG {nickname} {diamonds}", "big", 9000, "#ffd84d"), (alert.Template, alert.Variation, alert.DisplayMilliseconds, alert.AccentColor));
        Assert.Equal(new AlertSound("/sounds/big.wav", 0.5), alert.Sound);
    }

    [Fact]
    public void The_gift_sound_switch_also_silences_a_variation_with_its_own_sound()
    {
        var state = State(new GiftAlertSettings { SoundEnabled = false, Variations = [Big] });

        _hub.Publish(Finished("ana", 100));

        var alert = state.Current.Current!;
        Assert.Equal("big", alert.Variation);
        Assert.Null(alert.Sound);
    }

    [Fact]
    public void A_gift_below_every_rule_takes_the_default()
    {
        var state = State(new GiftAlertSettings { SoundEnabled = true, SoundFile = "chime.wav", GiftTemplate = "{nickname} gave {giftName}", Variations = [Big] });

        _hub.Publish(Finished("ana", 99));

        var alert = state.Current.Current!;
        Assert.Equal(("{nickname} gave {giftName}", null, 0), (alert.Template, alert.Variation, alert.DisplayMilliseconds));
        Assert.Equal("/sounds/chime.wav", alert.Sound?.Url);
    }

    [Fact]
    public void The_first_matching_rule_wins_even_when_a_later_one_matches_better()
    {
        var lion = new GiftVariation { Name = "lion", GiftName = "lion", Template = "ROAR" };
        var first = State(new GiftAlertSettings { Variations = [Big, lion] });
        _hub.Publish(Finished("ana", 29_999) with { GiftName = "Lion" });
        Assert.Equal("big", first.Current.Current!.Variation);
        first.Dispose();

        var second = State(new GiftAlertSettings { Variations = [lion, Big] });
        _hub.Publish(Finished("bo", 29_999) with { GiftName = "Lion" });
        Assert.Equal(("lion", "ROAR"), (second.Current.Current!.Variation, second.Current.Current.Template));
    }

    [Fact]
    public void A_variation_display_time_is_the_alert_time_on_screen()
    {
        var state = State(new GiftAlertSettings { DisplaySeconds = 2, Variations = [Big] });

        _hub.Publish(Finished("ana", 500));
        _time.Advance(TimeSpan.FromSeconds(8.9));
        Assert.NotNull(state.Current.Current);

        _time.Advance(TimeSpan.FromSeconds(0.2));
        Assert.Null(state.Current.Current);
    }

    [Fact]
    public void A_type_sound_cooldown_keeps_the_next_alerts_silent_but_shown()
    {
        var follow = new AlertTypeSettings { Template = "f", SoundEnabled = true, SoundFile = "follow.wav", SoundCooldownSeconds = 30 };
        var state = State(new GiftAlertSettings { DisplaySeconds = 1, Follow = follow });
        var sounds = new List<string?>();
        using var _ = state.Subscribe(() => { if (state.Current.Current is { } a) sounds.Add(a.Sound?.Url); });

        _hub.Publish(new FollowEvent(User("ana")));
        _time.Advance(TimeSpan.FromSeconds(2));
        _hub.Publish(new FollowEvent(User("bo")));
        _time.Advance(TimeSpan.FromSeconds(30));
        _hub.Publish(new FollowEvent(User("cy")));

        Assert.Equal(["/sounds/follow.wav", null, "/sounds/follow.wav"], sounds);
    }

    [Fact]
    public void A_sound_file_not_in_the_folder_gives_a_silent_alert()
    {
        var state = State(new GiftAlertSettings { Variations = [Big with { SoundFile = "missing.wav" }] });

        _hub.Publish(Finished("ana", 500));

        Assert.Null(state.Current.Current!.Sound);
    }

    [Fact]
    public void Validation_bounds_the_rule_count_and_checks_each_rule()
    {
        var tooMany = new GiftAlertSettings { Variations = [.. Enumerable.Repeat(Big, GiftAlertSettings.MaxVariations + 1)] };
        var bad = new GiftAlertSettings { Variations = [Big with { AccentColor = "red; background: url(x)", ImageFile = "../x.png" }] };

        Assert.Contains(WidgetKinds.GiftAlert.Validate(tooMany, "A"), p => p.Contains("at most 20 rules", StringComparison.Ordinal));
        var problems = WidgetKinds.GiftAlert.Validate(bad, "A").ToList();
        Assert.Contains(problems, p => p.StartsWith("A:Variations:0:AccentColor", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("A:Variations:0:ImageFile", StringComparison.Ordinal));
        Assert.Empty(WidgetKinds.GiftAlert.Validate(new GiftAlertSettings { Variations = [Big] }, "A"));
    }

    public void Dispose()
    {
        _state?.Dispose();
        try
        {
            Directory.Delete(_webRoot, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

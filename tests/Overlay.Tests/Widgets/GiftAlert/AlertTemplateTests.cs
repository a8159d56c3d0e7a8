using Bunit;
using Overlay.Widgets.GiftAlert;
using GiftAlertComponent = Overlay.Widgets.GiftAlert.GiftAlert;

namespace Overlay.Tests.Widgets.GiftAlert;

public sealed class AlertTemplateTests : BunitContext
{
    private const string Hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";

    private IRenderedComponent<GiftAlertComponent> RenderAlert(AlertView alert) =>
        Render<GiftAlertComponent>(p => p.Add(c => c.View, new GiftAlertView(alert, 0, 5000)));

    [Fact]
    public void Placeholders_are_filled_in_as_text_with_their_own_spans()
    {
        var cut = RenderAlert(new AlertView(1, "ana", null, "Rose", null, 1200, 1200) { Template = "{nickname} sent {giftName} ×{count} ({diamonds}) {unknown}" });

        Assert.Equal("ana sent Rose ×1,200 (1,200) {unknown}", cut.Find(".message").TextContent);
        Assert.Equal("ana", cut.Find(".ph-nickname").TextContent);
        Assert.Equal("Rose", cut.Find(".ph-gift").TextContent);
    }

    [Fact]
    public void Fan_days_and_level_are_filled_in_and_empty_when_not_sent()
    {
        var known = RenderAlert(new AlertView(1, "ana", null, "Rose", null, 1, 1) { FanDays = 131, Level = 27, Template = "Day {fanDays} fan, level {level}" });
        var unknown = RenderAlert(new AlertView(2, "bo", null, "Rose", null, 1, 1) { Template = "Day {fanDays} fan, level {level}" });

        Assert.Equal("Day 131 fan, level 27", known.Find(".message").TextContent);
        Assert.Equal("131", known.Find(".ph-fan-days").TextContent);
        Assert.Equal("Day  fan, level ", unknown.Find(".message").TextContent);
    }

    [Fact]
    public void A_hostile_nickname_gift_name_and_template_render_as_text_never_markup()
    {
        var cut = RenderAlert(new AlertView(1, Hostile, null, Hostile, null, 1, 1) { Kind = AlertKind.Follow, Template = "<b>{nickname}</b> {giftName}" });

        Assert.Equal($"<b>{Hostile}</b> {Hostile}", cut.Find(".message").TextContent);
        Assert.Empty(cut.FindAll(".message img, .message script, .message b"));
        Assert.Equal("follow", cut.Find(".alert").GetAttribute("data-kind"));
    }

    [Fact]
    public void Without_a_template_a_gift_keeps_the_standard_layout()
    {
        var cut = RenderAlert(new AlertView(1, "ana", null, "Rose", null, 5, 5));

        Assert.Empty(cut.FindAll(".message"));
        Assert.Equal("Rose", cut.Find(".gift").TextContent);
    }

    [Fact]
    public void A_variation_sets_its_accent_and_time_and_the_animation_choice_reaches_the_class()
    {
        var alert = new AlertView(1, "ana", null, "Lion", null, 1, 29_999) { Template = "{nickname}", AccentColor = "#ffd84d", DisplayMilliseconds = 9000, Variation = "big" };
        var cut = Render<GiftAlertComponent>(p => p.Add(c => c.View, new GiftAlertView(alert, 0, 5000) { Animation = AlertAnimation.Slide }));

        Assert.Contains("--accent: #ffd84d", cut.Find(".alert").GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("--display-ms: 9000ms", cut.Find(".gift-alert").GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("anim-slide", cut.Find(".gift-alert").ClassList);
        Assert.Equal("big", cut.Find(".alert").GetAttribute("data-variation"));
    }

    [Fact]
    public void An_alert_sound_renders_only_when_the_host_plays_sounds()
    {
        var alert = new AlertView(1, "ana", null, "", null, 1, 0) { Kind = AlertKind.Follow, Template = "{nickname}", Sound = new AlertSound("/sounds/f.wav", 0.3) };

        var playing = RenderAlert(alert);
        var silent = Render<GiftAlertComponent>(p => p.Add(c => c.View, new GiftAlertView(alert, 0, 5000)).Add(c => c.PlaySounds, false));

        Assert.Equal("/sounds/f.wav", playing.Find("audio").GetAttribute("src"));
        Assert.Empty(silent.FindAll("audio"));
    }

    [Fact]
    public void A_text_that_shows_diamonds_hides_the_diamond_badge_so_the_number_appears_once()
    {
        var withDiamonds = RenderAlert(new AlertView(1, "ana", null, "Lion", null, 1, 29_999) { Template = "BIG! {nickname} sent {diamonds} diamonds", Variation = "big" });
        var withoutDiamonds = RenderAlert(new AlertView(2, "ana", null, "Lion", null, 1, 29_999) { Template = "BIG! {nickname} sent {giftName}", Variation = "big" });

        Assert.Empty(withDiamonds.FindAll(".diamonds"));
        Assert.Single(withDiamonds.FindAll(".ph-diamonds"));
        Assert.Equal("29,999", withoutDiamonds.Find(".diamond-count").TextContent);
    }
}

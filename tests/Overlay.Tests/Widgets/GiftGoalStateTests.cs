using Microsoft.Extensions.Logging.Abstractions;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using Overlay.Web.Widgets;
using Overlay.Widgets.LikeGoal;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

/// <summary>The one-gift goal ("100 Roses"): counts that gift's finished combos and late top-ups, with its icon.</summary>
public sealed class GiftGoalStateTests : IDisposable
{
    private const string RosePicture = "https://p16-webcast.tiktokcdn.com/img/rose.png";

    private readonly EventHub _hub = Hub();
    private readonly GoalProgressFixture _goals = new();
    private readonly FakeGiftImages _images = new FakeGiftImages().WithGift("Rose", FakeGiftImages.PathFor('c'));

    public void Dispose() => _goals.Dispose();

    private static LikeGoalSettings Roses(long target = 100, bool images = true) =>
        new() { Title = "100 Roses", Metric = GoalMetric.Gift, GiftName = "rose", Target = target, ShowGiftImages = images };

    private LikeGoalState State(LikeGoalSettings settings) =>
        new("goal", settings, _hub, _goals.Progress, NullLogger<LikeGoalState>.Instance, _images);

    private static GiftComboEvent Combo(string gift, int count, ComboPhase phase = ComboPhase.Finished, int added = 0, string? picture = RosePicture) =>
        new(User("ana"), gift == "Rose" ? "5655" : "6369", gift, picture, gift == "Rose" ? 1 : 29_999, count, phase, added == 0 ? count : added);

    [Fact]
    public void Only_finished_combos_of_the_goal_gift_count_by_their_final_count()
    {
        using var state = State(Roses());

        _hub.Publish(Combo("Rose", 3, ComboPhase.Pending));
        _hub.Publish(Combo("Rose", 5));
        _hub.Publish(Combo("Lion", 1));
        _hub.Publish(Combo("Rose", 10));
        _hub.Publish(Combo("Rose", 2) with { IsBacklog = true });

        Assert.Equal(15, state.Current.Current);
        Assert.Equal(GoalMetric.Gift, state.Current.Metric);
        Assert.Equal("rose", state.Current.GiftName);
    }

    [Fact]
    public void A_late_end_frame_adds_its_top_up()
    {
        using var state = State(Roses());

        _hub.Publish(Combo("Rose", 5));
        _hub.Publish(Combo("Rose", 8, ComboPhase.LateTopUp, added: 3));

        Assert.Equal(8, state.Current.Current);
    }

    [Fact]
    public void The_icon_is_the_catalogue_picture_before_the_first_gift_and_the_gift_picture_after()
    {
        using var state = State(Roses());
        Assert.Equal(FakeGiftImages.PathFor('c'), state.Current.GiftImageUrl);

        _hub.Publish(Combo("Rose", 1));

        Assert.Equal(_images.LocalUrl(RosePicture), state.Current.GiftImageUrl);
    }

    [Fact]
    public void Without_gift_images_the_goal_has_no_picture()
    {
        using var state = State(Roses(images: false));

        _hub.Publish(Combo("Rose", 1));

        Assert.Null(state.Current.GiftImageUrl);
    }

    [Fact]
    public void Picking_another_gift_starts_the_goal_over()
    {
        using var state = State(Roses());
        _hub.Publish(Combo("Rose", 40));

        state.Reconfigure(Roses() with { GiftName = "Lion" });
        _hub.Publish(Combo("Lion", 2));

        Assert.Equal(2, state.Current.Current);
    }

    [Fact]
    public void A_gift_goal_without_a_gift_name_is_refused_with_a_message()
    {
        var problems = WidgetKinds.LikeGoal.Validate(Roses() with { GiftName = " " }, "Widgets:like-goal");

        Assert.Contains(problems, p => p.Contains("GiftName is empty", StringComparison.Ordinal));
    }
}

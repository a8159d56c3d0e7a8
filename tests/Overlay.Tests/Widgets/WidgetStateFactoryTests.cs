using Overlay.Web.Pipeline;
using Overlay.Web.Widgets;
using Overlay.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Tests.Storage;
using Overlay.Web.Storage;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

public sealed class WidgetStateFactoryTests : IDisposable
{
    private readonly EventHub _hub = Hub();
    private readonly TempStore _store = new();
    private readonly WidgetStateFactory _factory;
    private readonly GoalProgressFixture _goals = new();
    private readonly StreamPhase _phase;

    public WidgetStateFactoryTests()
    {
        var time = new FakeTimeProvider(Start);
        var leaderboards = new LeaderboardTracker(_hub, new LeaderboardRepository(_store.Open()), time, NullLogger<LeaderboardTracker>.Instance);
        _phase = new StreamPhase(_hub);
        _factory = new WidgetStateFactory(_hub, time, new OverlayMetrics(), _goals.Progress, NullLoggerFactory.Instance, leaderboards, _phase);
    }

    public void Dispose()
    {
        _phase.Dispose();
        _goals.Dispose();
        _store.Dispose();
    }

    [Fact]
    public void Two_instances_of_a_kind_keep_their_own_settings()
    {
        var narrow = _factory.Create(new WidgetInstance("chat-a", WidgetKinds.ChatTicker, "A"), new ChatTickerSettings { MaxRows = 1 });
        var wide = _factory.Create(new WidgetInstance("chat-b", WidgetKinds.ChatTicker, "B"), new ChatTickerSettings { MaxRows = 5 });

        _hub.Publish(Chat("ana", "1"));
        _hub.Publish(Chat("ana", "2"));

        Assert.Single(((ChatTickerState)narrow.Source).Current.Lines);
        Assert.Equal(2, ((ChatTickerState)wide.Source).Current.Lines.Count);
    }

    [Fact]
    public void Settings_of_another_kind_are_refused()
    {
        var instance = new WidgetInstance("goal", WidgetKinds.LikeGoal, "Goal");

        var error = Assert.Throws<ArgumentException>(() => _factory.Create(instance, new GiftAlertSettings()));

        Assert.Contains("LikeGoal", error.Message);
    }

    [Fact]
    public void Out_of_range_settings_are_refused_with_the_instance_slug()
    {
        var instance = new WidgetInstance("goal-2", WidgetKinds.LikeGoal, "Goal");

        var error = Assert.Throws<ArgumentException>(() => _factory.Create(instance, new LikeGoalSettings { Target = 0 }));

        Assert.Contains("Widgets:goal-2:Target must be between 1", error.Message);
    }

    [Fact]
    public void Disposed_state_stops_listening_to_the_hub()
    {
        var handle = _factory.Create(new WidgetInstance("chat", WidgetKinds.ChatTicker, "Chat"), new ChatTickerSettings());

        ((IDisposable)handle.Source).Dispose();
        _hub.Publish(Chat("ana", "1"));

        Assert.Empty(((ChatTickerState)handle.Source).Current.Lines);
    }
}

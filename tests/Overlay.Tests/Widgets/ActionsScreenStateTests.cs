using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using Overlay.Web.Widgets;
using Overlay.Widgets.ActionsScreen;

namespace Overlay.Tests.Widgets;

public sealed class ActionsScreenStateTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(EventTestData.Start);
    private readonly OverlayMetrics _metrics = new();
    private readonly ActionsScreenState _state;

    public ActionsScreenStateTests() =>
        _state = new ActionsScreenState(new ActionsScreenSettings { MaxQueue = 1 }, _time, _metrics, NullLogger<ActionsScreenState>.Instance);

    [Fact]
    public void Items_show_one_at_a_time_each_for_its_own_time()
    {
        _state.Show(new ScreenItem(0, 2000) { Text = "a" });
        _state.Show(new ScreenItem(0, 500) { Text = "b" });

        var first = _state.Current;
        _time.Advance(TimeSpan.FromSeconds(2));
        var second = _state.Current;
        _time.Advance(TimeSpan.FromMilliseconds(500));

        Assert.Equal(("a", 1), (first.Current!.Text, first.Queued));
        Assert.Equal(("b", 0), (second.Current!.Text, second.Queued));
        Assert.NotEqual(first.Current.Id, second.Current.Id);
        Assert.Null(_state.Current.Current);
    }

    [Fact]
    public void A_full_queue_drops_the_new_item_and_counts_it()
    {
        Assert.True(_state.Show(new ScreenItem(0, 1000) { Text = "on screen" }));
        Assert.True(_state.Show(new ScreenItem(0, 1000) { Text = "waiting" }));

        var accepted = _state.Show(new ScreenItem(0, 1000) { Text = "dropped" });

        Assert.False(accepted);
        Assert.Equal(1, _metrics.Dropped(DropReason.ActionsScreenQueueFull));
        Assert.Equal(1, _state.Current.Queued);
    }

    public void Dispose() => _state.Dispose();
}

using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Components.Pages.Widgets;

namespace Overlay.Tests.Components.Pages.Widgets;

public sealed class RenderPacerTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(33);
    private const double BusyRate = 150;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 20, 0, 0, TimeSpan.Zero));
    private RenderPacer _pacer;
    private int _renders;
    private bool _startsAtOnce = true;
    private bool _browserAcksAtOnce = true;

    // Always busy unless a test asks for the adaptive rule: the interval rules are easier to see that way.
    public RenderPacerTests() => _pacer = NewPacer(busyRate: 0);

    private RenderPacer NewPacer(double busyRate, int diffsInFlight = 1) => new(new RenderClock(_time, Interval, busyRate, diffsInFlight), () =>
    {
        _renders++;
        if (_startsAtOnce)
        {
            _pacer.Started();
            if (_browserAcksAtOnce)
            {
                _pacer.Completed();
            }
        }
    });

    private void UseAdaptivePacer(int diffsInFlight = 1)
    {
        _pacer.Dispose();
        _pacer = NewPacer(BusyRate, diffsInFlight);
    }

    /// <summary>Changes every <paramref name="gap"/> for <paramref name="count"/> changes; renders during them.</summary>
    private int Changes(int count, TimeSpan gap)
    {
        var before = _renders;
        for (var i = 0; i < count; i++)
        {
            _pacer.Request();
            _time.Advance(gap);
        }
        return _renders - before;
    }

    public void Dispose() => _pacer.Dispose();

    [Fact]
    public void First_change_after_a_quiet_spell_renders_at_once()
    {
        _pacer.Request();

        Assert.Equal(1, _renders);
    }

    [Fact]
    public void Changes_within_the_interval_render_once_when_it_ends()
    {
        _pacer.Request();
        _pacer.Request();
        _pacer.Request();
        _pacer.Request();

        _time.Advance(Interval - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, _renders);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, _renders);
    }

    [Fact]
    public void Steady_changes_render_once_per_interval()
    {
        for (var ms = 0; ms < 330; ms += 10)
        {
            _pacer.Request();
            _time.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.InRange(_renders, 10, 11);
    }

    [Fact]
    public void After_an_interval_without_changes_the_next_change_renders_at_once()
    {
        _pacer.Request();
        _pacer.Request();
        _time.Advance(Interval);
        _time.Advance(Interval);
        Assert.Equal(2, _renders);

        _time.Advance(TimeSpan.FromSeconds(5));
        _pacer.Request();

        Assert.Equal(3, _renders);
    }

    [Fact]
    public void A_change_before_the_queued_render_reads_the_view_needs_no_render_of_its_own()
    {
        _startsAtOnce = false;
        _pacer.Request();
        _pacer.Request();

        _pacer.Started();
        _time.Advance(Interval * 3);

        Assert.Equal(1, _renders);
    }

    [Fact]
    public void A_change_after_the_render_read_the_view_renders_again()
    {
        _startsAtOnce = false;
        _pacer.Request();
        _pacer.Started();
        _pacer.Request();
        _pacer.Completed();

        _time.Advance(Interval);

        Assert.Equal(2, _renders);
    }

    [Fact]
    public void Without_an_interval_every_change_renders_as_soon_as_the_browser_applied_the_previous_diff()
    {
        using var pacer = new RenderPacer(new RenderClock(_time, TimeSpan.Zero), () => _renders++);

        pacer.Request();
        pacer.Request();
        pacer.Started();
        pacer.Request();
        Assert.Equal(1, _renders);

        pacer.Completed();

        Assert.Equal(2, _renders);
    }

    [Fact]
    public void A_quiet_page_renders_each_change_at_once()
    {
        UseAdaptivePacer();

        // 100 changes/s: below the busy rate, so no change waits for the interval.
        Assert.Equal(100, Changes(100, TimeSpan.FromMilliseconds(10)));
    }

    [Fact]
    public void Changes_wait_for_the_browser_to_apply_the_previous_diff_and_then_go_together()
    {
        UseAdaptivePacer();
        _browserAcksAtOnce = false;
        _pacer.Request();
        Assert.Equal(1, _renders);

        Changes(5, TimeSpan.FromMilliseconds(10));
        Assert.Equal(1, _renders);

        _browserAcksAtOnce = true;
        _pacer.Completed();

        Assert.Equal(2, _renders);
    }

    [Fact]
    public void With_two_diffs_in_flight_a_change_goes_at_once_behind_an_unacknowledged_diff_and_the_next_waits()
    {
        UseAdaptivePacer(diffsInFlight: 2);
        _browserAcksAtOnce = false;
        _pacer.Request();
        _time.Advance(TimeSpan.FromMilliseconds(10));
        _pacer.Request();
        Assert.Equal(2, _renders);

        Changes(3, TimeSpan.FromMilliseconds(10));
        Assert.Equal(2, _renders);

        _pacer.Completed();
        Assert.Equal(3, _renders);
        _pacer.Request();
        Assert.Equal(3, _renders);
    }

    [Fact]
    public void A_busy_page_renders_once_per_interval()
    {
        UseAdaptivePacer();
        Changes(100, TimeSpan.FromMilliseconds(5)); // 200/s: long enough for the average to call it busy.

        Assert.InRange(Changes(66, TimeSpan.FromMilliseconds(5)), 10, 11);
    }

    [Fact]
    public void A_page_that_slows_down_renders_each_change_at_once_again()
    {
        UseAdaptivePacer();
        Changes(100, TimeSpan.FromMilliseconds(5));
        Changes(5, TimeSpan.FromMilliseconds(20));

        // 50/s: faster than one per interval, so a busy page would hold some of these.
        Assert.Equal(20, Changes(20, TimeSpan.FromMilliseconds(20)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Diffs_the_browser_never_acknowledges_hold_changes_back_only_until_the_stall_timeout(int diffsInFlight)
    {
        UseAdaptivePacer(diffsInFlight);
        _browserAcksAtOnce = false;
        for (var i = 0; i <= diffsInFlight; i++)
        {
            _pacer.Request();
        }
        Assert.Equal(diffsInFlight, _renders);

        _time.Advance(RenderPacer.StallTimeout - TimeSpan.FromMilliseconds(1));
        Assert.Equal(diffsInFlight, _renders);
        _time.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal(diffsInFlight + 1, _renders);
    }

    [Fact]
    public void A_disposed_pacer_renders_nothing_more()
    {
        _pacer.Request();
        _pacer.Request();

        _pacer.Dispose();
        _time.Advance(Interval * 3);
        _pacer.Request();

        Assert.Equal(1, _renders);
    }
}

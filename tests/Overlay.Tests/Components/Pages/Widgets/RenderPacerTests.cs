using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Components.Pages.Widgets;

namespace Overlay.Tests.Components.Pages.Widgets;

public sealed class RenderPacerTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(33);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 20, 0, 0, TimeSpan.Zero));
    private readonly RenderPacer _pacer;
    private int _renders;
    private bool _startsAtOnce = true;

    public RenderPacerTests() => _pacer = NewPacer(Interval);

    private RenderPacer NewPacer(TimeSpan interval) => new(new RenderClock(_time, interval), () =>
    {
        _renders++;
        if (_startsAtOnce)
        {
            _pacer.Started();
        }
    });

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

        _time.Advance(Interval);

        Assert.Equal(2, _renders);
    }

    [Fact]
    public void Without_an_interval_every_change_after_the_previous_read_renders_at_once()
    {
        using var pacer = new RenderPacer(new RenderClock(_time, TimeSpan.Zero), () => _renders++);

        pacer.Request();
        pacer.Request();
        pacer.Started();
        pacer.Request();

        Assert.Equal(2, _renders);
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

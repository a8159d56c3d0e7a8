using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Events;
using Overlay.Web.Widgets;
using Overlay.Widgets.Captions;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

public sealed class CaptionsStateTests
{
    private readonly EventHub _hub = Hub();
    private readonly FakeTimeProvider _clock = Clock();

    private CaptionsState Create(CaptionsSettings? settings = null) =>
        new(settings ?? new CaptionsSettings(), _hub, _clock, NullLogger<CaptionsState>.Instance);

    private void Say(string text, bool final) => _hub.Publish(new CaptionEvent(text, final, null, null));

    [Fact]
    public void Partial_windows_update_one_line_in_place()
    {
        using var state = Create();

        Say("Hello", final: false);
        var first = Assert.Single(state.Current.Lines);
        Say("Hello every", final: false);

        var line = Assert.Single(state.Current.Lines);
        Assert.Equal("Hello every", line.Text);
        Assert.Equal(first.Id, line.Id);
        Assert.False(line.IsFinal);
    }

    [Fact]
    public void The_final_window_replaces_the_partial_line()
    {
        using var state = Create();
        Say("Hello every", final: false);
        var partial = Assert.Single(state.Current.Lines);

        Say("Hello everyone", final: true);

        var line = Assert.Single(state.Current.Lines);
        Assert.Equal(("Hello everyone", true, partial.Id), (line.Text, line.IsFinal, line.Id));
    }

    [Fact]
    public void Final_lines_beyond_the_count_leave_oldest_first()
    {
        using var state = Create(new CaptionsSettings { MaxLines = 2 });

        Say("one", final: true);
        Say("two", final: true);
        Say("three", final: true);
        Say("fo", final: false);

        Assert.Equal(["two", "three", "fo"], state.Current.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Final_lines_leave_after_their_time()
    {
        using var state = Create(new CaptionsSettings { LineSeconds = 5 });
        Say("one", final: true);
        _clock.Advance(TimeSpan.FromSeconds(2));
        Say("two", final: true);

        _clock.Advance(TimeSpan.FromSeconds(3));
        var afterFirst = state.Current.Lines.Select(l => l.Text).ToList();
        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(["two"], afterFirst);
        Assert.Empty(state.Current.Lines);
    }

    [Fact]
    public void A_partial_line_that_never_gets_its_final_leaves_after_the_line_time()
    {
        using var state = Create(new CaptionsSettings { LineSeconds = 4 });

        Say("Hello", final: false);
        _clock.Advance(TimeSpan.FromSeconds(4));

        Assert.Empty(state.Current.Lines);
    }

    [Fact]
    public void Next_segment_after_a_final_is_a_new_line()
    {
        using var state = Create();
        Say("one", final: true);

        Say("tw", final: false);

        Assert.Equal(2, state.Current.Lines.Select(l => l.Id).Distinct().Count());
    }

    [Fact]
    public void Style_follows_the_settings()
    {
        using var state = Create();

        state.Reconfigure(new CaptionsSettings { Style = CaptionStyle.Outline });

        Assert.Equal(CaptionStyle.Outline, state.Current.Style);
    }

    [Fact]
    public void Settings_out_of_range_are_refused()
    {
        using var state = Create();

        var error = Assert.Throws<ArgumentException>(() => state.Reconfigure(new CaptionsSettings { MaxLines = 0 }));

        Assert.Contains("MaxLines must be between 1 and 10, got 0.", error.Message);
    }
}

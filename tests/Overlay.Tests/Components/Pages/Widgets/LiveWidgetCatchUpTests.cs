using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Widgets;
using Overlay.Widgets.ChatTicker;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Components.Pages.Widgets;

/// <summary>A page whose renders lag behind the chat still shows every row a viewer could have read, in order.</summary>
public sealed class LiveWidgetCatchUpTests : BunitContext
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(33);
    private readonly FakeTimeProvider _appTime = new();
    private readonly FakeTimeProvider _renderTime = new();
    private readonly EventHub _hub = Hub();

    [Fact]
    public void Each_readable_row_pushed_out_between_two_renders_is_rendered_before_the_latest_rows()
    {
        // Always busy (rate 0): after the first render every change waits for the render clock's next tick.
        Services.AddSingleton(new RenderClock(_renderTime, Interval, busyChangesPerSecond: 0, diffsInFlight: 2));
        Services.AddSingleton(new OverlayMetrics());
        using var state = new ChatTickerState(new ChatTickerSettings { MaxRows = 2 }, _hub, _appTime, NullLogger<ChatTickerState>.Instance);
        var rendered = new List<string>();
        RenderFragment<ChatTickerView> child = view => _ =>
            rendered.Add(string.Join(",", view.Lines.Select(l => l.Comment)));
        Render<LiveWidget<ChatTickerView>>(p => p.Add(c => c.Source, state).Add(c => c.ChildContent, child));

        _hub.Publish(Chat("ana", "seen"));
        _hub.Publish(Chat("bob", "read me"));
        _appTime.Advance(ChatTickerState.ReadableFor);
        _hub.Publish(Chat("cy", "next to it"));
        _hub.Publish(Chat("di", "read me too"));
        _appTime.Advance(ChatTickerState.ReadableFor);
        foreach (var text in new[] { "4", "5", "6" })
        {
            _hub.Publish(Chat("ed", text));
        }
        for (var tick = 0; tick < 5; tick++)
        {
            _renderTime.Advance(Interval);
        }

        Assert.Equal(["", "seen", "read me,next to it", "read me too,4", "5,6"], rendered);
    }
}

using Overlay.Web.Pipeline;
using Overlay.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Protocol;
using Overlay.Web.Upstream;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Pipeline;

public sealed class EventPipelineTests : IAsyncDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = Clock();
    private readonly EventHub _hub = Hub();
    private readonly OverlayMetrics _metrics = new();
    private readonly FrameChannel _frames;
    private readonly FakeLogger<EventPipeline> _log = new();
    private readonly EventPipeline _pipeline;

    public EventPipelineTests()
    {
        _frames = new FrameChannel(_metrics);
        var rules = new EventRules(Tracker(_hub, _time), _hub, _metrics, new SessionFactsLog());
        _pipeline = new EventPipeline(_frames, new FrameParser(), rules, _metrics, _time, _log);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Completes with the first published event that matches.</summary>
    private Task<T> Next<T>(Func<T, bool> match) where T : OverlayEvent
    {
        var seen = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        IDisposable? subscription = null;
        subscription = _hub.Subscribe(e =>
        {
            if (e is T t && match(t) && seen.TrySetResult(t))
            {
                subscription?.Dispose();
            }
        });
        return seen.Task.WaitAsync(Guard, Ct);
    }

    /// <summary>Waits until the pipeline has read everything written so far, using a socket-close marker.</summary>
    private async Task FlushFramesAsync(string opener)
    {
        var pending = Next<GiftComboEvent>(c => c.Phase == ComboPhase.Pending && c.User.UniqueId == opener);
        _pipeline.Inject(Rose(opener, 1), "gift");
        await pending;
        var finished = Next<GiftComboEvent>(c => c.Phase == ComboPhase.Finished && c.User.UniqueId == opener);
        _frames.TryWrite(InboundFrame.SocketClosed(_time.GetUtcNow()));
        await finished;
    }

    [Fact]
    public async Task Pipeline_keeps_going_after_a_subscriber_throws()
    {
        await _pipeline.StartAsync(Ct);
        using var thrower = _hub.Subscribe(e => throw new InvalidOperationException("widget bug"));
        var second = Next<ChatEvent>(c => c.Comment == "second");

        _pipeline.Inject(Chat("ana", "first"), "chat");
        _pipeline.Inject(Chat("ana", "second"), "chat");

        Assert.Equal("ANA", (await second).User.Nickname);
    }

    [Fact]
    public async Task Events_are_counted_by_name()
    {
        await _pipeline.StartAsync(Ct);
        var chat = Next<ChatEvent>(_ => true);

        _pipeline.Inject(Chat("ana", "hi"), "chat");
        await chat;

        Assert.Equal(1, _metrics.EventCounts["chat"]);
    }

    [Fact]
    public async Task Dropped_frames_are_counted_and_logged_once_per_reason_per_ten_seconds()
    {
        await _pipeline.StartAsync(Ct);
        for (var i = 0; i < 5; i++)
        {
            _frames.TryWrite(InboundFrame.FromText("not json {", _time.GetUtcNow()));
        }
        await FlushFramesAsync("ana");

        Assert.Equal(5, _metrics.Dropped(DropReason.NotJson));
        Assert.Equal(5, _metrics.Frames);
        Assert.Single(_log.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Next_drop_log_line_says_how_many_were_held_back()
    {
        await _pipeline.StartAsync(Ct);
        for (var i = 0; i < 5; i++)
        {
            _frames.TryWrite(InboundFrame.FromText("not json {", _time.GetUtcNow()));
        }
        await FlushFramesAsync("ana");

        _time.Advance(TimeSpan.FromSeconds(10));
        _frames.TryWrite(InboundFrame.FromText("not json {", _time.GetUtcNow()));
        await FlushFramesAsync("bob");

        var warnings = _log.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains("NotJson", warnings[1].Message);
        Assert.Contains("4 more", warnings[1].Message);
    }

    [Fact]
    public async Task A_flood_waiting_in_the_channel_is_parsed_before_any_rule_so_chat_makes_room_for_a_gift()
    {
        // More frames than the event queue holds, all waiting before the pipeline starts: it parses every one of
        // them before applying the first, so exactly the overflow is dropped, all of it chat, and the gift stays.
        const int chats = 12_000;
        for (var i = 0; i < chats; i++)
        {
            _frames.TryWrite(InboundFrame.FromText(Builders.Frames.Chat($"line {i}").From($"viewer{i % 50}").Id($"c{i}"), _time.GetUtcNow()));
            if (i == chats / 2)
            {
                _frames.TryWrite(InboundFrame.FromText(Builders.Frames.Gift("Lion").From("whale").Id("lion").Repeat(1).Ended(), _time.GetUtcNow()));
            }
        }
        var gift = Next<GiftComboEvent>(c => c.User.UniqueId == "whale");

        await _pipeline.StartAsync(Ct);

        Assert.Equal(1, (await gift).Count);
        Assert.Equal(chats + 1 - PriorityEventQueue.DefaultCapacity, _metrics.Dropped(DropReason.EventQueueFull));
    }

    [Fact]
    public async Task Socket_close_marker_finishes_open_combos()
    {
        await _pipeline.StartAsync(Ct);
        var pending = Next<GiftComboEvent>(c => c.Phase == ComboPhase.Pending);
        _pipeline.Inject(Rose("ana", 6), "gift");
        await pending;
        var finished = Next<GiftComboEvent>(c => c.Phase == ComboPhase.Finished);

        _frames.TryWrite(InboundFrame.SocketClosed(_time.GetUtcNow()));

        Assert.Equal(6, (await finished).Count);
    }

    [Fact]
    public async Task Socket_open_marker_starts_the_backlog_window()
    {
        await _pipeline.StartAsync(Ct);
        _frames.TryWrite(InboundFrame.SocketOpened(_time.GetUtcNow()));
        await FlushFramesAsync("ana");
        var old = Next<ChatEvent>(_ => true);

        _pipeline.Inject(Chat("bob", "old") with { SentAt = _time.GetUtcNow().AddMinutes(-1) }, "chat");

        Assert.True((await old).IsBacklog);
    }

    [Fact]
    public async Task Shutdown_finishes_open_combos()
    {
        await _pipeline.StartAsync(Ct);
        var pending = Next<GiftComboEvent>(c => c.Phase == ComboPhase.Pending);
        _pipeline.Inject(Rose("ana", 2), "gift");
        await pending;
        var finished = Next<GiftComboEvent>(c => c.Phase == ComboPhase.Finished);

        await _pipeline.StopAsync(Ct);

        Assert.Equal(2, (await finished).Count);
    }

    public async ValueTask DisposeAsync()
    {
        await _pipeline.StopAsync(CancellationToken.None);
        _pipeline.Dispose();
    }
}

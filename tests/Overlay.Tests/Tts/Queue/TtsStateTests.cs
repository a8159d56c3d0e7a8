using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Tts.Engines;
using Overlay.Web.Tts.Floor;
using Overlay.Web.Tts.Queue;
using Overlay.Widgets.Tts;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Tts.Queue;

public sealed class TtsStateTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _time = Clock();
    private readonly EventHub _hub = Hub();
    private readonly FakeSpeechClips _clips = new();
    private readonly OverlayMetrics _metrics = new();
    private readonly SoundFloor _floor;
    private TtsState? _state;

    public TtsStateTests() => _floor = new SoundFloor(_time);

    private TtsState State(TtsSettings? settings = null) =>
        _state = new TtsState(settings ?? new TtsSettings { Enabled = true, ViewerCooldownSeconds = 0, ChatTemplate = "{message}" },
            _hub, _clips, _floor, _time, _metrics, NullLogger<TtsState>.Instance);

    private void Chat(string from, string text, string msgId = "") => _hub.Publish(EventTestData.Chat(from, text) with { MsgId = msgId });

    private static Task<TtsView> Playing(TtsState state, string text) => state.WaitForAsync(v => v.Current?.Text == text, Ct);

    private static Task<TtsView> Ready(TtsState state, int count) => state.WaitForAsync(v => v.Waiting.Count == count && v.Waiting.All(w => w.Ready), Ct);

    [Fact]
    public void Off_by_default_nothing_is_read()
    {
        var state = State(new TtsSettings());

        Chat("ana", "!tts hello");

        Assert.Equal(TtsView.Empty, state.Current);
        Assert.Empty(_clips.Calls);
        Assert.False(state.Say("a test"));
    }

    [Fact]
    public async Task A_command_chat_plays_for_its_clip_length_then_the_widget_is_silent()
    {
        var state = State();

        Chat("ana", "!tts hello");
        var view = await Playing(state, "hello");
        Assert.StartsWith("/tts/", view.Current!.Url, StringComparison.Ordinal);
        _time.Advance(_clips.Duration + TtsState.Tail - TimeSpan.FromMilliseconds(1));
        Assert.NotNull(state.Current.Current);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Null(state.Current.Current);
    }

    [Fact]
    public async Task Messages_play_one_at_a_time_in_arrival_order()
    {
        var state = State();

        Chat("ana", "!tts one");
        await Playing(state, "one");
        Chat("bob", "!tts two");
        Chat("cat", "!tts three");
        await Ready(state, 2);
        _time.Advance(_clips.Duration + TtsState.Tail);
        await Playing(state, "two");
        _time.Advance(_clips.Duration + TtsState.Tail);

        await Playing(state, "three");
    }

    [Fact]
    public async Task The_per_viewer_cooldown_drops_a_viewers_next_chat_until_it_passes()
    {
        var state = State(new TtsSettings { Enabled = true, ViewerCooldownSeconds = 30, ChatTemplate = "{message}" });

        Chat("ana", "!tts one");
        Chat("ana", "!tts two");
        Chat("bob", "!tts three");
        await Playing(state, "one");
        await Ready(state, 1);
        _time.Advance(TimeSpan.FromSeconds(30));
        Chat("ana", "!tts four");

        await state.WaitForAsync(v => v.Waiting.Select(w => w.Text).SequenceEqual(["four"]) && v.Current?.Text == "three", Ct);
        Assert.DoesNotContain(_clips.Calls, c => c.Text == "two");
    }

    [Fact]
    public async Task A_full_queue_reads_no_more_and_counts_the_drop()
    {
        var state = State(new TtsSettings { Enabled = true, MaxQueue = 2, ViewerCooldownSeconds = 0, ChatTemplate = "{message}" });
        _floor.Claim(TimeSpan.FromMinutes(1)); // Nothing starts, so everything waits.

        Chat("a", "!tts one");
        Chat("b", "!tts two");
        Chat("c", "!tts three");
        await Ready(state, 2);

        Assert.Equal(["one", "two"], state.Current.Waiting.Select(w => w.Text));
        Assert.Equal(1, _metrics.Dropped(DropReason.SpeechQueueFull));
        Assert.False(state.Say("four"));
    }

    [Fact]
    public async Task A_deleted_chat_leaves_the_queue_and_stops_if_it_is_being_read()
    {
        var state = State();

        Chat("ana", "!tts first", "m1");
        await Playing(state, "first");
        Chat("bob", "!tts second", "m2");
        Chat("cat", "!tts third", "m3");
        await Ready(state, 2);
        _hub.Publish(new ChatDeletedEvent("m2"));
        Assert.Equal(["third"], state.Current.Waiting.Select(w => w.Text));
        _hub.Publish(new ChatDeletedEvent("m1"));

        Assert.Equal("third", state.Current.Current?.Text);
        Assert.Empty(state.Current.Waiting);
    }

    [Fact]
    public async Task Skip_moves_to_the_next_and_clear_empties_everything()
    {
        var state = State();
        Chat("ana", "!tts one");
        await Playing(state, "one");
        Chat("bob", "!tts two");
        Chat("cat", "!tts three");
        await Ready(state, 2);

        state.Skip();
        Assert.Equal("two", state.Current.Current?.Text);
        state.Clear();

        Assert.Null(state.Current.Current);
        Assert.Empty(state.Current.Waiting);
    }

    [Fact]
    public async Task A_phrase_that_cannot_be_made_is_skipped_and_the_next_plays()
    {
        var state = State();
        _clips.Failing.Add("broken");

        Chat("ana", "!tts broken");
        Chat("bob", "!tts works");

        await Playing(state, "works");
    }

    [Fact]
    public async Task Switching_off_stops_and_empties_the_queue()
    {
        var state = State();
        Chat("ana", "!tts one");
        await Playing(state, "one");

        state.Reconfigure(new TtsSettings { Enabled = false });

        Assert.Equal((false, null), (state.Current.Enabled, state.Current.Current));
    }

    [Fact]
    public async Task The_rate_and_volume_reach_the_clip()
    {
        var state = State(new TtsSettings { Enabled = true, Rate = 150, Volume = 40, ChatTemplate = "{message}" });

        Chat("ana", "!tts hi");
        var view = await Playing(state, "hi");

        Assert.Equal(0.4, view.Current!.Volume);
        Assert.Equal(150, Assert.Single(_clips.Calls).Rate);
    }

    [Fact]
    public async Task A_voice_per_viewer_is_the_same_for_each_message_of_that_viewer()
    {
        _clips.Voices = [new SpeechVoice("en-us", "A", "en-us"), new SpeechVoice("en-gb", "B", "en-gb"), new SpeechVoice("en-029", "C", "en-029")];
        var state = State(new TtsSettings { Enabled = true, VoicePerViewer = true, Voice = "en-us", ViewerCooldownSeconds = 0 });

        Chat("ana", "!tts one");
        Chat("ana", "!tts two");
        await state.WaitForAsync(_ => _clips.Calls.Count == 2, Ct);

        var voices = _clips.Calls.Select(c => c.Voice).Distinct().ToList();
        Assert.Equal(ViewerVoice.Pick("id-ana", _clips.Voices, "en-us"), Assert.Single(voices));
    }

    [Fact]
    public async Task One_voice_for_all_without_per_viewer_voices()
    {
        var state = State(new TtsSettings { Enabled = true, Voice = "en-gb", ViewerCooldownSeconds = 0 });

        Chat("ana", "!tts one");
        Chat("bob", "!tts two");
        await state.WaitForAsync(_ => _clips.Calls.Count == 2, Ct);

        Assert.All(_clips.Calls, c => Assert.Equal("en-gb", c.Voice));
    }

    public void Dispose() => _state?.Dispose();
}

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Media;
using Overlay.Web.Tts.Floor;
using Overlay.Web.Tts.Queue;
using Overlay.Web.Widgets;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.Tts;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Tts.Queue;

/// <summary>The alert box and the TTS widget share one sound floor: speech never plays while an alert's sound may.</summary>
public sealed class TtsAlertOrderingTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _time = Clock();
    private readonly EventHub _hub = Hub();
    private readonly FakeSpeechClips _clips = new();
    private readonly SoundFloor _floor;
    private readonly string _webRoot = SoundsRoot.Create("ding.wav");
    private readonly GiftAlertState _alerts;
    private readonly TtsState _tts;

    public TtsAlertOrderingTests()
    {
        _floor = new SoundFloor(_time);
        var media = new AlertMedia(new SoundLibrary(_webRoot), new ImageLibrary(_webRoot), new VideoLibrary(_webRoot));
        _alerts = new GiftAlertState(new GiftAlertSettings { SoundEnabled = true, SoundFile = "ding.wav", DisplaySeconds = 5 },
            _hub, _time, new OverlayMetrics(), NullLogger<GiftAlertState>.Instance, media, floor: _floor);
        _tts = new TtsState(new TtsSettings { Enabled = true, MinGiftDiamonds = 100, ViewerCooldownSeconds = 0, ChatTemplate = "{message}" },
            _hub, _clips, _floor, _time, new OverlayMetrics(), NullLogger<TtsState>.Instance);
    }

    [Fact]
    public async Task A_gift_over_the_threshold_is_read_after_its_alert_sound()
    {
        _hub.Publish(Finished("ana", 500));
        Assert.NotNull(_alerts.Current.Current?.Sound);
        await _tts.WaitForAsync(v => v.Waiting.Count == 1 && v.Waiting[0].Ready, Ct);
        Assert.Null(_tts.Current.Current);

        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.Null(_tts.Current.Current);
        _time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal("ANA sent Gift ×1", _tts.Current.Current?.Text);
    }

    [Fact]
    public async Task An_alert_sound_that_starts_mid_sentence_stops_the_speech_which_is_read_again_after_it()
    {
        _hub.Publish(Chat("bob", "!tts a long sentence"));
        var first = await _tts.WaitForAsync(v => v.Current is not null, Ct);

        _hub.Publish(Finished("ana", 10)); // Below the TTS threshold: only the alert, with its sound.
        Assert.Null(_tts.Current.Current);
        Assert.Equal(["a long sentence"], _tts.Current.Waiting.Select(w => w.Text));
        _time.Advance(TimeSpan.FromSeconds(5));

        var again = _tts.Current.Current;
        Assert.Equal("a long sentence", again?.Text);
        Assert.NotEqual(first.Current!.Id, again!.Id);
    }

    [Fact]
    public async Task An_alert_without_a_sound_does_not_hold_up_speech()
    {
        _alerts.Reconfigure(new GiftAlertSettings { SoundEnabled = false, DisplaySeconds = 5 });

        _hub.Publish(Finished("ana", 500));

        await _tts.WaitForAsync(v => v.Current?.Text == "ANA sent Gift ×1", Ct);
        Assert.True(_floor.IsFree);
    }

    [Fact]
    public async Task Back_to_back_alerts_keep_speech_waiting_until_the_last_sound_is_over()
    {
        _hub.Publish(Finished("ana", 10));
        _hub.Publish(Finished("bob", 10));
        _hub.Publish(Chat("cat", "!tts after the alerts"));
        await _tts.WaitForAsync(v => v.Waiting.Count == 1 && v.Waiting[0].Ready, Ct);

        _time.Advance(TimeSpan.FromSeconds(5)); // The second alert (and its sound) starts now.
        Assert.Null(_tts.Current.Current);
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal("after the alerts", _tts.Current.Current?.Text);
    }

    public void Dispose()
    {
        _tts.Dispose();
        _alerts.Dispose();
        Directory.Delete(_webRoot, recursive: true);
    }
}

using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using Overlay.Web.Recording;

namespace Overlay.Tests.Recording;

/// <summary>Recording raw frames from a real loopback upstream into JSONL files next to the settings file.</summary>
public sealed class FrameRecorderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Recording_holds_each_raw_frame_as_received_with_its_time_since_the_start()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        var recorder = h.App.Get<FrameRecorder>();
        var hub = h.App.Get<EventHub>();
        string first = Frames.Chat("hello 👋 <b>raw</b>").From("ana").Id("r-1");
        string second = Frames.Chat("second").From("bo").Id("r-2");
        string third = Frames.Follow().From("cy").Id("r-3");
        Assert.True(recorder.TryStart(out _));

        var firstSeen = hub.WaitForAsync(e => e is ChatEvent, Ct);
        await socket.SendTextAsync(first, Ct);
        await firstSeen;
        h.Time.Advance(TimeSpan.FromMilliseconds(1_500));
        var restSeen = hub.WaitForAsync(e => e is FollowEvent, Ct);
        await socket.SendTextAsync(second, Ct);
        await socket.SendTextAsync(third, Ct);
        await restSeen;
        await recorder.StopAsync();

        var path = recorder.Status.FilePath;
        Assert.Equal(RecordingFiles.Folder(h.App), Path.GetDirectoryName(path));
        Assert.Equal([(0L, first), (1_500L, second), (1_500L, third)], RecordingFiles.Read(path));
        Assert.False(recorder.Status.IsRecording);
    }

    [Fact]
    public async Task A_recording_never_holds_the_api_key()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        var recorder = h.App.Get<FrameRecorder>();
        var seen = h.App.Get<EventHub>().WaitForAsync(e => e is ChatEvent, Ct);
        Assert.True(recorder.TryStart(out _));

        await socket.SendTextAsync(Frames.Chat($"someone pasted {UpstreamHarness.PlantedKey} here").From("ana").Id("k-1"), Ct);
        await seen;
        await recorder.StopAsync();

        var text = await File.ReadAllTextAsync(recorder.Status.FilePath, Ct);
        Assert.Contains("someone pasted", text, StringComparison.Ordinal);
        Assert.DoesNotContain(UpstreamHarness.PlantedKey, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recording_stops_by_itself_at_its_size_cap()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct, new Dictionary<string, string?> { ["Upstream:RecordMaxMegabytes"] = "1" });
        var socket = await h.NextConnectedAttemptAsync(Ct);
        var recorder = h.App.Get<FrameRecorder>();
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = recorder.Subscribe(() =>
        {
            if (!recorder.Status.IsRecording)
            {
                stopped.TrySetResult();
            }
        });
        Assert.True(recorder.TryStart(out _));

        var filler = new string('x', 4_000);
        for (var i = 0; i < 400; i++)
        {
            await socket.SendTextAsync(Frames.Chat(filler).From("ana").Id($"f-{i}"), Ct);
        }
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(20), Ct);

        var size = new FileInfo(recorder.Status.FilePath).Length;
        Assert.InRange(size, 900_000, 1024 * 1024);
        Assert.Contains("size cap", recorder.Status.Note, StringComparison.Ordinal);
        Assert.Contains(h.Logs.GetSnapshot(), r => r.Message.Contains("size cap", StringComparison.Ordinal));
    }
}

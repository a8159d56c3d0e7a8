using System.Collections.Concurrent;
using Overlay.Web.Obs;

namespace Overlay.Tests.Infrastructure;

/// <summary>An <see cref="IObsActions"/> that records each call as a line ("scene Dance", "visible Cam True") and answers <see cref="Answer"/>.</summary>
public sealed class RecordingObs : IObsActions
{
    private readonly ConcurrentQueue<string> _calls = new();
    private readonly System.Threading.Channels.Channel<string> _signals = System.Threading.Channels.Channel.CreateUnbounded<string>();

    public ObsResult Answer { get; set; } = ObsResult.Success;

    public IReadOnlyList<string> Calls => [.. _calls];

    public bool IsConnected => true;

    /// <summary>Completes when a call equal to <paramref name="call"/> has been made (earlier calls included).</summary>
    public async Task WaitForCallAsync(string call, CancellationToken cancellationToken)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(TimeSpan.FromSeconds(20));
        while (await _signals.Reader.ReadAsync(guard.Token) != call)
        {
        }
    }

    public Task<ObsResult> SwitchSceneAsync(string scene, CancellationToken cancellationToken = default) => Record($"scene {scene}");

    public Task<ObsResult> SetSourceVisibleAsync(string? scene, string source, bool visible, CancellationToken cancellationToken = default) =>
        Record($"visible {scene ?? "-"}/{source} {visible}");

    public Task<ObsResult> SetTextAsync(string source, string text, CancellationToken cancellationToken = default) => Record($"text {source} {text}");

    public Task<ObsResult> TriggerHotkeyAsync(string hotkeyName, CancellationToken cancellationToken = default) => Record($"hotkey {hotkeyName}");

    public Task<ObsResult> SetRecordingAsync(bool start, CancellationToken cancellationToken = default) => Record($"recording {start}");

    public Task<ObsResult> SaveReplayBufferAsync(CancellationToken cancellationToken = default) => Record("replay");

    private Task<ObsResult> Record(string call)
    {
        _calls.Enqueue(call);
        _signals.Writer.TryWrite(call);
        return Task.FromResult(Answer);
    }
}

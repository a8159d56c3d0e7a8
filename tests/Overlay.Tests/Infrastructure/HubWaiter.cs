using Overlay.Web.Events;

namespace Overlay.Tests.Infrastructure;

/// <summary>Awaits events on the real EventHub: a signal, not a poll. Subscribe before sending.</summary>
public static class HubWaiter
{
    public static Task<OverlayEvent> WaitForAsync(this EventHub hub, Func<OverlayEvent, bool> match, CancellationToken ct) =>
        hub.WaitForCountAsync(match, 1, ct);

    public static async Task<OverlayEvent> WaitForCountAsync(this EventHub hub, Func<OverlayEvent, bool> match, int count, CancellationToken ct)
    {
        var found = new TaskCompletionSource<OverlayEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = 0;
        using var subscription = hub.Subscribe(e =>
        {
            if (match(e) && Interlocked.Increment(ref seen) == count)
            {
                found.TrySetResult(e);
            }
        });
        return await found.Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
    }
}

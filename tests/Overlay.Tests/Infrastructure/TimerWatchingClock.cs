using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Overlay.Tests.Infrastructure;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports each timer it creates (its due time), so a test can wait until the
/// code under test has started waiting (a backoff, a timeout) before it advances the clock, instead of racing it.
/// </summary>
public sealed class TimerWatchingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> _created = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Completes once a timer due in <paramref name="due"/> has been created (earlier, other timers are skipped).</summary>
    public async Task WaitForTimerAsync(TimeSpan due, CancellationToken cancellationToken)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(TimeSpan.FromSeconds(20));
        while (await _created.Reader.ReadAsync(guard.Token) != due)
        {
        }
    }
}

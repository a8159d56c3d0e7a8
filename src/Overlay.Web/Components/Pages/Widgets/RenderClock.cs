namespace Overlay.Web.Components.Pages.Widgets;

/// <summary>
/// The clock that paces widget renders, kept apart from the app's <see cref="TimeProvider"/> on purpose. The app's
/// clock drives event rules (combo quiet time, alert duration), and tests replace it with a FakeTimeProvider that
/// only moves when a test says so. Render pacing changes no state and no outcome, only when a diff leaves, by at
/// most <see cref="MinInterval"/>; on the real clock, a test that waits for the screen sees every change without
/// advancing time for it. Tests of the pacing itself pass a fake clock here.
/// </summary>
/// <param name="busyChangesPerSecond">
/// Above this change rate a page is busy and renders at most once per <paramref name="minInterval"/>; 0 = always.
/// </param>
/// <param name="diffsInFlight">How many unacknowledged diffs a page may have before a change waits (at least 1).</param>
public sealed class RenderClock(TimeProvider time, TimeSpan minInterval, double busyChangesPerSecond = 0, int diffsInFlight = 1)
{
    public TimeProvider Time { get; } = time;

    public TimeSpan MinInterval { get; } = minInterval;

    public double BusyChangesPerSecond { get; } = busyChangesPerSecond;

    public int DiffsInFlight { get; } = Math.Max(1, diffsInFlight);
}

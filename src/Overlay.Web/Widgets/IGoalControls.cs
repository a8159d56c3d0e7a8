namespace Overlay.Web.Widgets;

/// <summary>The admin's hands on a running goal. Each call shows on open widget pages at once and is saved at once.</summary>
public interface IGoalControls
{
    /// <summary>Makes the goal show <paramref name="progress"/> from now on; later counts add to it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progress"/> is negative or past the largest target.</exception>
    void SetProgress(long progress);

    /// <summary>Progress back to 0 and the target back to the first target.</summary>
    void Reset();

    /// <summary>Moves the target up by one step now, whatever the progress.</summary>
    void NextStep();
}

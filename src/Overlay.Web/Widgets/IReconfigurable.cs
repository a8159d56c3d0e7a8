namespace Overlay.Web.Widgets;

/// <summary>
/// A widget state that takes new settings in place, keeping what it shows (chat rows, queued alerts, goal progress).
/// The admin prefers this to building a new state, so saving settings never blanks an open OBS source.
/// </summary>
public interface IReconfigurable<in TSettings> where TSettings : class
{
    /// <exception cref="ArgumentException">The settings are out of range; the state keeps its old settings.</exception>
    void Reconfigure(TSettings settings);
}

namespace Overlay.Web.Pipeline;

/// <summary>The <c>Events</c> config section: rules between the parser and the widgets (protocol.md §5, §6).</summary>
public sealed class EventsOptions
{
    public const string SectionName = "Events";

    public const double MinComboQuietSeconds = 1;
    public const double MaxComboQuietSeconds = 60;

    /// <summary>A gift streak with no frame for this long is finished with its last count (§5 step 6).</summary>
    public double ComboQuietSeconds { get; set; } = 5;

    public TimeSpan ComboQuietTime => TimeSpan.FromSeconds(ComboQuietSeconds);
}

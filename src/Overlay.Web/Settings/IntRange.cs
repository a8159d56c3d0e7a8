namespace Overlay.Web.Settings;

/// <summary>
/// An inclusive range of a whole-number setting, written once and read by both the admin form (its input's
/// bounds and message) and the record validator (the config section's and the stored row's message).
/// </summary>
public sealed record IntRange(long Min, long Max)
{
    public bool Contains(long value) => value >= Min && value <= Max;
}

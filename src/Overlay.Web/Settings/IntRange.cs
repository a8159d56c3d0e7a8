namespace Overlay.Web.Settings;

/// <summary>
/// An inclusive range of a whole-number setting, written once and read by both the admin form (its input's
/// bounds and message) and the record validator (the config section's and the stored row's message).
/// </summary>
public sealed record IntRange(long Min, long Max)
{
    public bool Contains(long value) => value >= Min && value <= Max;

    /// <summary>
    /// The validator's message for <paramref name="value"/> of <paramref name="key"/>, or null when it is in range.
    /// <paramref name="minMeans"/> says what the lowest value does ("never fade", "off").
    /// </summary>
    public string? Problem(string prefix, string key, long value, string? minMeans = null) =>
        Contains(value) ? null : $"{prefix}:{key} must be between {Min}{(minMeans is null ? "" : $" ({minMeans})")} and {Max}, got {value}.";
}

using Overlay.Widgets.ActivityFeed;
using Overlay.Widgets.Leaderboard;
using Overlay.Widgets.Shared;
using Overlay.Widgets.ViewerCount;

namespace Overlay.Web.Settings;

/// <summary>Range checks for the counter kinds: viewer count, activity feed, leaderboards.</summary>
public static partial class WidgetSettingsValidator
{
    public static IEnumerable<string> Validate(ViewerCountSettings? s, string prefix)
    {
        if (s is null)
        {
            yield return $"{prefix} is missing.";
            yield break;
        }
        if (s.Label is null || s.Label.Length > ViewerCountSettings.MaxLabelLength)
        {
            yield return $"{prefix}:Label must be at most {ViewerCountSettings.MaxLabelLength} characters, got {s.Label?.Length ?? 0}.";
        }
        foreach (var problem in ValidateStreamEnd(s, prefix).Concat(WidgetLookRules.Validate(s.Look, prefix)))
        {
            yield return problem;
        }
    }

    public static IEnumerable<string> Validate(ActivityFeedSettings? s, string prefix)
    {
        if (s is null)
        {
            yield return $"{prefix} is missing.";
            yield break;
        }
        if (s.MaxRows is < 1 or > ActivityFeedSettings.MaxRowsLimit)
        {
            yield return $"{prefix}:MaxRows must be between 1 and {ActivityFeedSettings.MaxRowsLimit}, got {s.MaxRows}.";
        }
        foreach (var problem in ValidateStreamEnd(s, prefix).Concat(WidgetLookRules.Validate(s.Look, prefix)))
        {
            yield return problem;
        }
    }

    public static IEnumerable<string> Validate(LeaderboardSettings? s, string prefix)
    {
        if (s is null)
        {
            yield return $"{prefix} is missing.";
            yield break;
        }
        if (s.Title is null || s.Title.Length > LeaderboardSettings.MaxTitleLength)
        {
            yield return $"{prefix}:Title must be at most {LeaderboardSettings.MaxTitleLength} characters, got {s.Title?.Length ?? 0}.";
        }
        if (s.Rows is < 1 or > LeaderboardSettings.MaxRowsLimit)
        {
            yield return $"{prefix}:Rows must be between 1 and {LeaderboardSettings.MaxRowsLimit}, got {s.Rows}.";
        }
        foreach (var problem in ValidateStreamEnd(s, prefix).Concat(WidgetLookRules.Validate(s.Look, prefix)))
        {
            yield return problem;
        }
    }

    /// <summary>For any settings that opt into <see cref="IHasStreamEnd"/>.</summary>
    public static IEnumerable<string> ValidateStreamEnd(IHasStreamEnd s, string prefix)
    {
        if (s.StreamEndedText is null || s.StreamEndedText.Length > StreamEndView.MaxMessageLength)
        {
            yield return $"{prefix}:StreamEndedText must be at most {StreamEndView.MaxMessageLength} characters, got {s.StreamEndedText?.Length ?? 0}.";
        }
    }
}

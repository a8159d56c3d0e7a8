using Overlay.Web.Media;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Web.Settings;

/// <summary>
/// Range checks for widget settings, with messages a streamer can act on. Used at start for the config section
/// and by anything that creates an instance later (the admin), with that instance's own key prefix.
/// </summary>
public static partial class WidgetSettingsValidator
{
    public const double MinDisplaySeconds = 0.5;
    public const double MaxDisplaySeconds = 600;
    public const int MaxAlertQueue = 1000;
    public const long MaxLikeTarget = 1_000_000_000_000;
    public const int MaxTitleLength = 100;

    public static IEnumerable<string> Validate(GiftAlertSettings? s, string prefix)
    {
        if (s is null)
        {
            yield return $"{prefix} is missing.";
            yield break;
        }
        if (!(s.DisplaySeconds >= MinDisplaySeconds && s.DisplaySeconds <= MaxDisplaySeconds))
        {
            yield return $"{prefix}:DisplaySeconds must be between {MinDisplaySeconds} and {MaxDisplaySeconds}, got {s.DisplaySeconds}.";
        }
        if (s.MinDiamonds < 0)
        {
            yield return $"{prefix}:MinDiamonds must be 0 or more, got {s.MinDiamonds}.";
        }
        if (s.MaxQueue is < 0 or > MaxAlertQueue)
        {
            yield return $"{prefix}:MaxQueue must be between 0 and {MaxAlertQueue}, got {s.MaxQueue}.";
        }
        if (s.SoundVolume is < 0 or > 100)
        {
            yield return $"{prefix}:SoundVolume must be between 0 and 100, got {s.SoundVolume}.";
        }
        if (SoundLibrary.CheckName(s.SoundFile, $"{prefix}:SoundFile") is { } sound)
        {
            yield return sound;
        }
        foreach (var problem in ValidateAlertTypes(s, prefix))
        {
            yield return problem;
        }
        foreach (var problem in WidgetLookRules.Validate(s.Look, prefix))
        {
            yield return problem;
        }
    }

    public static IEnumerable<string> Validate(ChatTickerSettings? s, string prefix)
    {
        if (s is null)
        {
            yield return $"{prefix} is missing.";
            yield break;
        }
        if (s.MaxRows is < 1 or > ChatTickerSettings.MaxRowsLimit)
        {
            yield return $"{prefix}:MaxRows must be between 1 and {ChatTickerSettings.MaxRowsLimit}, got {s.MaxRows}.";
        }
        if (s.MessageLifetimeSeconds is < 0 or > ChatTickerSettings.MaxLifetimeSeconds)
        {
            yield return $"{prefix}:MessageLifetimeSeconds must be between 0 (never fade) and {ChatTickerSettings.MaxLifetimeSeconds}, got {s.MessageLifetimeSeconds}.";
        }
        if (s.HighlightTopGifters is < 0 or > ChatTickerSettings.MaxTopGifters)
        {
            yield return $"{prefix}:HighlightTopGifters must be between 0 (off) and {ChatTickerSettings.MaxTopGifters}, got {s.HighlightTopGifters}.";
        }
        if (s.BlockedWords is null || s.BlockedWords.Length > ChatTickerSettings.MaxBlockedWordsLength)
        {
            yield return $"{prefix}:BlockedWords must be at most {ChatTickerSettings.MaxBlockedWordsLength} characters, got {s.BlockedWords?.Length ?? 0}.";
        }
        if (!Enum.IsDefined(s.MinRole))
        {
            yield return $"{prefix}:MinRole must be Everyone, Follower, Subscriber or Moderator, got {s.MinRole}.";
        }
        foreach (var problem in WidgetLookRules.Validate(s.Look, prefix))
        {
            yield return problem;
        }
    }

    public static IEnumerable<string> Validate(LikeGoalSettings? s, string prefix)
    {
        if (s is null)
        {
            yield return $"{prefix} is missing.";
            yield break;
        }
        if (s.Title is null || s.Title.Length > MaxTitleLength)
        {
            yield return $"{prefix}:Title must be at most {MaxTitleLength} characters, got {s.Title?.Length ?? 0}.";
        }
        if (s.Target is < 1 or > MaxLikeTarget)
        {
            yield return $"{prefix}:Target must be between 1 and {MaxLikeTarget}, got {s.Target}.";
        }
        if (s.Step is < 0 or > MaxLikeTarget)
        {
            yield return $"{prefix}:Step must be between 0 (grow by Target) and {MaxLikeTarget}, got {s.Step}.";
        }
        if (!Enum.IsDefined(s.Metric))
        {
            yield return $"{prefix}:Metric must be one of {string.Join(", ", Enum.GetNames<GoalMetric>())}, got {s.Metric}.";
        }
        if (!Enum.IsDefined(s.Style))
        {
            yield return $"{prefix}:Style must be one of {string.Join(", ", Enum.GetNames<GoalStyle>())}, got {s.Style}.";
        }
        foreach (var problem in WidgetLookRules.Validate(s.Look, prefix))
        {
            yield return problem;
        }
    }
}

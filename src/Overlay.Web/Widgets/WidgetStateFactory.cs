using Overlay.Web.Media;
using Overlay.Web.Pipeline;
using Overlay.Web.Settings;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Widgets.ActivityFeed;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.Leaderboard;
using Overlay.Widgets.LikeGoal;
using Overlay.Widgets.ViewerCount;

namespace Overlay.Web.Widgets;

/// <summary>
/// Creates the live state of a widget instance from its own settings, subscribed to the hub. The caller owns the
/// result: dispose <see cref="WidgetHandle.Source"/> (it is <see cref="IDisposable"/>) when the instance goes away.
/// The default instances come from config at start; the admin creates more at runtime through the same method.
/// </summary>
public sealed class WidgetStateFactory(
    EventHub hub, TimeProvider time, OverlayMetrics metrics, GoalProgressStore goals, ILoggerFactory loggers, LeaderboardTracker leaderboards,
    StreamPhase phase, AlertMedia? media = null)
{
    /// <param name="settings">GiftAlertSettings, ChatTickerSettings or LikeGoalSettings, matching the instance's kind.</param>
    /// <exception cref="ArgumentException">The settings do not match the kind, or are out of range.</exception>
    public WidgetHandle Create(WidgetInstance instance, object settings)
    {
        Validate(instance, settings);
        IDisposable source = settings switch
        {
            GiftAlertSettings s => new GiftAlertState(s, hub, time, metrics, loggers.CreateLogger<GiftAlertState>(), media),
            ChatTickerSettings s => new ChatTickerState(s, hub, time, loggers.CreateLogger<ChatTickerState>()),
            LikeGoalSettings s => new LikeGoalState(instance.Slug, s, hub, goals, loggers.CreateLogger<LikeGoalState>()),
            ViewerCountSettings s => new ViewerCountState(s, hub, loggers.CreateLogger<ViewerCountState>(), phase),
            ActivityFeedSettings s => new ActivityFeedState(s, hub, loggers.CreateLogger<ActivityFeedState>(), phase),
            LeaderboardSettings s when instance.Kind == WidgetKind.TopGifters =>
                new LeaderboardState(s, LeaderboardUnit.Diamonds, leaderboards, hub, loggers.CreateLogger<LeaderboardState>(), phase),
            LeaderboardSettings s =>
                new LeaderboardState(s, LeaderboardUnit.Likes, leaderboards, hub, loggers.CreateLogger<LeaderboardState>(), phase),
            _ => throw new ArgumentException($"No state for {settings.GetType().Name}.", nameof(settings)),
        };
        return new WidgetHandle(instance, source, settings);
    }

    /// <summary>The checks <see cref="Create(WidgetInstance, object)"/> makes, for settings applied in place.</summary>
    /// <exception cref="ArgumentException">The settings do not match the kind, or are out of range.</exception>
    public static void Validate(WidgetInstance instance, object settings)
    {
        var prefix = $"{WidgetOptions.SectionName}:{instance.Slug}";
        var problems = (instance.Kind, settings) switch
        {
            (WidgetKind.GiftAlert, GiftAlertSettings s) => WidgetSettingsValidator.Validate(s, prefix),
            (WidgetKind.ChatTicker, ChatTickerSettings s) => WidgetSettingsValidator.Validate(s, prefix),
            (WidgetKind.LikeGoal, LikeGoalSettings s) => WidgetSettingsValidator.Validate(s, prefix),
            (WidgetKind.ViewerCount, ViewerCountSettings s) => WidgetSettingsValidator.Validate(s, prefix),
            (WidgetKind.ActivityFeed, ActivityFeedSettings s) => WidgetSettingsValidator.Validate(s, prefix),
            (WidgetKind.TopGifters or WidgetKind.TopLikers, LeaderboardSettings s) => WidgetSettingsValidator.Validate(s, prefix),
            _ => [$"{prefix} is a {instance.Kind} widget but got {settings.GetType().Name}."],
        };
        var message = string.Join(" ", problems);
        if (message.Length > 0)
        {
            throw new ArgumentException(message, nameof(settings));
        }
    }

    /// <summary>The instance's settings taken from the <c>Widgets</c> section, by its kind.</summary>
    public WidgetHandle Create(WidgetInstance instance, WidgetOptions options) => Create(instance, instance.Kind switch
    {
        WidgetKind.GiftAlert => options.GiftAlert,
        WidgetKind.ChatTicker => options.ChatTicker,
        WidgetKind.LikeGoal => options.LikeGoal,
        // Not in the config section: these kinds have no default instance, the admin creates them.
        WidgetKind.ViewerCount => new ViewerCountSettings(),
        WidgetKind.ActivityFeed => new ActivityFeedSettings(),
        WidgetKind.TopGifters or WidgetKind.TopLikers => new LeaderboardSettings(),
        _ => throw new ArgumentOutOfRangeException(nameof(instance), instance.Kind, "Unknown widget kind."),
    });
}

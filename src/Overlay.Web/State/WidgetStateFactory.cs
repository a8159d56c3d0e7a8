using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Widgets.ActivityFeed;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.Leaderboard;
using Overlay.Widgets.LikeGoal;
using Overlay.Widgets.ViewerCount;

namespace Overlay.Web.State;

/// <summary>
/// Creates the live state of a widget instance from its own settings, subscribed to the hub. The caller owns the
/// result: dispose <see cref="WidgetHandle.Source"/> (it is <see cref="IDisposable"/>) when the instance goes away.
/// The default instances come from config at start; the admin creates more at runtime through the same method.
/// </summary>
public sealed class WidgetStateFactory(
    EventHub hub, TimeProvider time, OverlayMetrics metrics, GoalProgressStore goals, ILoggerFactory loggers, LeaderboardTracker leaderboards)
{
    /// <param name="settings">GiftAlertSettings, ChatTickerSettings or LikeGoalSettings, matching the instance's kind.</param>
    /// <exception cref="ArgumentException">The settings do not match the kind, or are out of range.</exception>
    public WidgetHandle Create(WidgetInstance instance, object settings)
    {
        var prefix = $"{WidgetOptions.SectionName}:{instance.Slug}";
        IDisposable source = (instance.Kind, settings) switch
        {
            (WidgetKind.GiftAlert, GiftAlertSettings s) => Checked(WidgetSettingsValidator.Validate(s, prefix), () =>
                new GiftAlertState(s, hub, time, metrics, loggers.CreateLogger<GiftAlertState>())),
            (WidgetKind.ChatTicker, ChatTickerSettings s) => Checked(WidgetSettingsValidator.Validate(s, prefix), () =>
                new ChatTickerState(s, hub, loggers.CreateLogger<ChatTickerState>())),
            (WidgetKind.LikeGoal, LikeGoalSettings s) => Checked(WidgetSettingsValidator.Validate(s, prefix), () =>
                new LikeGoalState(instance.Slug, s, hub, goals, loggers.CreateLogger<LikeGoalState>())),
            (WidgetKind.ViewerCount, ViewerCountSettings s) => Checked(WidgetSettingsValidator.Validate(s, prefix), () =>
                new ViewerCountState(s, hub, loggers.CreateLogger<ViewerCountState>())),
            (WidgetKind.ActivityFeed, ActivityFeedSettings s) => Checked(WidgetSettingsValidator.Validate(s, prefix), () =>
                new ActivityFeedState(s, hub, loggers.CreateLogger<ActivityFeedState>())),
            (WidgetKind.TopGifters, LeaderboardSettings s) => Checked(WidgetSettingsValidator.Validate(s, prefix), () =>
                new LeaderboardState(s, LeaderboardUnit.Diamonds, leaderboards, hub, loggers.CreateLogger<LeaderboardState>())),
            (WidgetKind.TopLikers, LeaderboardSettings s) => Checked(WidgetSettingsValidator.Validate(s, prefix), () =>
                new LeaderboardState(s, LeaderboardUnit.Likes, leaderboards, hub, loggers.CreateLogger<LeaderboardState>())),
            _ => throw new ArgumentException(
                $"{prefix} is a {instance.Kind} widget but got {settings.GetType().Name}.", nameof(settings)),
        };
        return new WidgetHandle(instance, source);
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

    private static IDisposable Checked(IEnumerable<string> errors, Func<IDisposable> create)
    {
        var messages = errors.ToList();
        return messages.Count == 0 ? create() : throw new ArgumentException(string.Join(" ", messages));
    }
}

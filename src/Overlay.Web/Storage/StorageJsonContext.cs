using System.Text.Json;
using System.Text.Json.Serialization;
using Overlay.Widgets.ActivityFeed;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.Leaderboard;
using Overlay.Widgets.LikeGoal;
using Overlay.Widgets.ViewerCount;

namespace Overlay.Web.Storage;

/// <summary>
/// Source-generated JSON for what the store keeps as JSON: the widget settings records. Enums as names, so a
/// settings row stays readable and survives reordering an enum.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(GiftAlertSettings))]
[JsonSerializable(typeof(ChatTickerSettings))]
[JsonSerializable(typeof(LikeGoalSettings))]
[JsonSerializable(typeof(ViewerCountSettings))]
[JsonSerializable(typeof(ActivityFeedSettings))]
[JsonSerializable(typeof(LeaderboardSettings))]
public sealed partial class StorageJsonContext : JsonSerializerContext;

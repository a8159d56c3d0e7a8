using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Components;
using Overlay.Web.Admin.Forms;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Web.Settings;
using Overlay.Widgets.ActivityFeed;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Web.Widgets.Kinds;

/// <summary>Recent follows, finished gift combos, subscriptions and shares, one row each.</summary>
public sealed partial class ActivityFeedKind : WidgetKind<ActivityFeedSettings, ActivityFeedView>
{
    public static IntRange RowsRange { get; } = new(1, ActivityFeedSettings.MaxRowsLimit);

    public override string Name => "ActivityFeed";

    public override string DisplayName => "Recent activity";

    public override JsonTypeInfo<ActivityFeedSettings> Json => ActivityFeedJson.Default.ActivityFeedSettings;

    public override IEnumerable<string> Validate(ActivityFeedSettings? s, string prefix)
    {
        if (s is null)
        {
            yield return $"{prefix} is missing.";
            yield break;
        }
        if (RowsRange.Problem(prefix, "MaxRows", s.MaxRows) is { } maxRows)
        {
            yield return maxRows;
        }
        if (WidgetLanguages.Problem(s.Language, prefix) is { } language)
        {
            yield return language;
        }
        foreach (var problem in SettingRules.ValidateStreamEnd(s, prefix).Concat(WidgetLookRules.Validate(s.Look, prefix)))
        {
            yield return problem;
        }
    }

    internal override DefinitionBuilder<ActivityFeedSettings> DefineForm(DefinitionBuilder<ActivityFeedSettings> form) => form
        .Language((s, v) => s with { Language = v })
        .Integer("maxRows", "Rows shown", "How many of the latest follows, gifts, subscriptions and shares stay on screen.",
            s => s.MaxRows, (s, v) => s with { MaxRows = (int)v }, RowsRange)
        .Switch("showFollows", "Follows", "List new followers.", s => s.ShowFollows, (s, v) => s with { ShowFollows = v })
        .Switch("showGifts", "Gifts", "List gifts, one row per finished combo.", s => s.ShowGifts, (s, v) => s with { ShowGifts = v })
        .Switch("showGiftImages", "Show gift images", $"Gift rows show the gift's picture. {LikeGoalKind.GiftImagesHelp}",
            s => s.ShowGiftImages, (s, v) => s with { ShowGiftImages = v })
        .Switch("showSubscriptions", "Subscriptions", "List new subscribers.", s => s.ShowSubscriptions, (s, v) => s with { ShowSubscriptions = v })
        .Switch("showShares", "Shares", "List viewers who shared the LIVE.", s => s.ShowShares, (s, v) => s with { ShowShares = v })
        .Switch("newestOnTop", "Newest on top", "Off: newest at the bottom, like a chat.", s => s.NewestOnTop, (s, v) => s with { NewestOnTop = v })
        .StreamEnd((s, v) => s with { HideWhenStreamEnds = v }, (s, v) => s with { StreamEndedText = v })
        .Look((s, look) => s with { Look = look });

    protected override IViewSource<ActivityFeedView> CreateState(WidgetStateFactory services, WidgetInstance instance, ActivityFeedSettings settings) =>
        new ActivityFeedState(settings, services.Hub, services.Logger<ActivityFeedState>(), services.Phase, services.GiftImages);

    public override RenderFragment Render(ActivityFeedView view, WidgetPageContext page) => builder =>
    {
        builder.OpenComponent<ActivityFeed>(0);
        builder.AddComponentParameter(1, nameof(ActivityFeed.View), view);
        builder.CloseComponent();
    };

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(ActivityFeedSettings))]
    private sealed partial class ActivityFeedJson : JsonSerializerContext;
}

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Components;
using Overlay.Web.Admin.Forms;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Web.Settings;
using Overlay.Widgets.Leaderboard;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Web.Widgets.Kinds;

/// <summary>
/// A ranked list of viewers by one unit. Two kinds share this descriptor: top gifters (diamonds from finished
/// combos) and top likers; they differ only in the unit and the words.
/// </summary>
public sealed partial class LeaderboardKind(string name, string displayName, LeaderboardUnit unit, string ranks)
    : WidgetKind<LeaderboardSettings, LeaderboardView>
{
    public static IntRange RowsRange { get; } = new(1, LeaderboardSettings.MaxRowsLimit);

    public override string Name => name;

    public override string DisplayName => displayName;

    public LeaderboardUnit Unit => unit;

    public override JsonTypeInfo<LeaderboardSettings> Json => LeaderboardJson.Default.LeaderboardSettings;

    public override IEnumerable<string> Validate(LeaderboardSettings? s, string prefix)
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
        if (RowsRange.Problem(prefix, "Rows", s.Rows) is { } rows)
        {
            yield return rows;
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

    internal override DefinitionBuilder<LeaderboardSettings> DefineForm(DefinitionBuilder<LeaderboardSettings> form)
    {
        form = form
            .Language((s, v) => s with { Language = v })
            .Text("title", "Title", $"Shown above the list. Empty shows \"{displayName}\".",
                s => s.Title, (s, v) => s with { Title = v }, LeaderboardSettings.MaxTitleLength)
            .Integer("rows", "Rows", $"How many viewers are listed, ranked by {ranks}.",
                s => s.Rows, (s, v) => s with { Rows = (int)v }, RowsRange)
            .Switch("allTime", "All time", "Count every stream (kept across restarts). Off: this stream only, starting over with each new LIVE.",
                s => s.AllTime, (s, v) => s with { AllTime = v });
        if (unit == LeaderboardUnit.Diamonds)
        {
            form = form.Switch("showGiftImages", "Show gift images", $"Each gifter's biggest gift next to their name. {LikeGoalKind.GiftImagesHelp}",
                s => s.ShowGiftImages, (s, v) => s with { ShowGiftImages = v });
        }
        return form
            .StreamEnd((s, v) => s with { HideWhenStreamEnds = v }, (s, v) => s with { StreamEndedText = v })
            .Look((s, look) => s with { Look = look });
    }

    protected override IViewSource<LeaderboardView> CreateState(WidgetStateFactory services, WidgetInstance instance, LeaderboardSettings settings) =>
        new LeaderboardState(settings, unit, services.Leaderboards, services.Hub, services.Logger<LeaderboardState>(), services.Phase, services.GiftImages);

    public override RenderFragment Render(LeaderboardView view, WidgetPageContext page) => builder =>
    {
        builder.OpenComponent<Leaderboard>(0);
        builder.AddComponentParameter(1, nameof(Leaderboard.View), view);
        builder.CloseComponent();
    };

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(LeaderboardSettings))]
    private sealed partial class LeaderboardJson : JsonSerializerContext;
}

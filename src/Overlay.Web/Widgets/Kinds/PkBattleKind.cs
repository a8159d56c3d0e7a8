using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Components;
using Overlay.Web.Admin.Forms;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Web.Settings;
using Overlay.Widgets.PkBattle;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Web.Widgets.Kinds;

/// <summary>A PK battle (protocol.md §10): the split score bar, time left, top gifters a side and the winner.</summary>
public sealed partial class PkBattleKind : WidgetKind<PkBattleSettings, PkBattleView>
{
    public static IntRange ResultRange { get; } = new(3, 120);

    public static IntRange BoosterRange { get; } = new(2, 30);

    public override string Name => "PkBattle";

    public override string DisplayName => "PK battle";

    public override string DefaultSlug => "pk-battle";

    public override JsonTypeInfo<PkBattleSettings> Json => PkBattleJson.Default.PkBattleSettings;

    public override PkBattleSettings Defaults(WidgetOptions options) => options.PkBattle;

    public override IEnumerable<string> Validate(PkBattleSettings? s, string prefix)
    {
        if (s is null)
        {
            yield return $"{prefix} is missing.";
            yield break;
        }
        foreach (var (name, value) in new[] { ("LeftLabel", s.LeftLabel), ("RightLabel", s.RightLabel) })
        {
            if (value is null || value.Length > PkBattleSettings.MaxLabelLength)
            {
                yield return $"{prefix}:{name} must be at most {PkBattleSettings.MaxLabelLength} characters, got {value?.Length ?? 0}.";
            }
        }
        if (ResultRange.Problem(prefix, "ResultSeconds", s.ResultSeconds) is { } resultSeconds)
        {
            yield return resultSeconds;
        }
        if (BoosterRange.Problem(prefix, "BoosterSeconds", s.BoosterSeconds) is { } boosterSeconds)
        {
            yield return boosterSeconds;
        }
        if (WidgetLanguages.Problem(s.Language, prefix) is { } language)
        {
            yield return language;
        }
        foreach (var problem in WidgetLookRules.Validate(s.Look, prefix))
        {
            yield return problem;
        }
    }

    internal override DefinitionBuilder<PkBattleSettings> DefineForm(DefinitionBuilder<PkBattleSettings> form) => form
        .Language((s, v) => s with { Language = v })
        .Text("leftLabel", "Left side", "The name on the left half of the bar: TikTok puts your own side there.",
            s => s.LeftLabel, (s, v) => s with { LeftLabel = v }, PkBattleSettings.MaxLabelLength, defaultText: WidgetText.PkUs)
        .Text("rightLabel", "Right side", "The name on the right half: the opponent.",
            s => s.RightLabel, (s, v) => s with { RightLabel = v }, PkBattleSettings.MaxLabelLength, defaultText: WidgetText.PkOpponent)
        .Switch("showContributors", "Top gifters", "Show the top 3 gifters of each side, the MVP marked.",
            s => s.ShowContributors, (s, v) => s with { ShowContributors = v })
        .Integer("resultSeconds", "Result shown (s)", "How long the winner stays on screen after the PK ends.",
            s => s.ResultSeconds, (s, v) => s with { ResultSeconds = (int)v }, ResultRange)
        .Integer("boosterSeconds", "Booster shown (s)", "How long a booster card (x2, mist, gloves…) or an opponent gift stays on screen.",
            s => s.BoosterSeconds, (s, v) => s with { BoosterSeconds = (int)v }, BoosterRange)
        .Switch("showOpponentGifts", "Opponent gifts", "Show gifts sent in the opponent's room. They never alert and never count.",
            s => s.ShowOpponentGifts, (s, v) => s with { ShowOpponentGifts = v })
        .Look((s, look) => s with { Look = look });

    protected override IViewSource<PkBattleView> CreateState(WidgetStateFactory services, WidgetInstance instance, PkBattleSettings settings) =>
        new PkBattleState(settings, services.Hub, services.Time, services.Logger<PkBattleState>());

    public override RenderFragment Render(PkBattleView view, WidgetPageContext page) => builder =>
    {
        builder.OpenComponent<PkBattle>(0);
        builder.AddComponentParameter(1, nameof(PkBattle.View), view);
        builder.CloseComponent();
    };

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(PkBattleSettings))]
    private sealed partial class PkBattleJson : JsonSerializerContext;
}

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Components;
using Overlay.Web.Admin.Forms;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Web.Settings;
using Overlay.Widgets.LikeGoal;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Web.Widgets.Kinds;

/// <summary>
/// A goal bar. The kind is still called LikeGoal (stored instances and the like-goal slug keep working); it counts
/// any <see cref="GoalMetric"/>.
/// </summary>
public sealed partial class LikeGoalKind : WidgetKind<LikeGoalSettings, GoalView>
{
    public const long MaxTarget = 1_000_000_000_000;
    public const int MaxTitleLength = 100;
    public const int MaxGiftNameLength = 100;

    public const string GiftImagesHelp = "TikTok may flag streams that show gift images.";

    public static IntRange TargetRange { get; } = new(1, MaxTarget);

    /// <summary>0 grows the target by the first target again.</summary>
    public static IntRange StepRange { get; } = new(0, MaxTarget);

    /// <summary>What the admin's goal controls may set the progress to.</summary>
    public static IntRange ProgressRange { get; } = new(0, MaxTarget);

    public override string Name => "LikeGoal";

    public override string DisplayName => "Goal";

    public override string DefaultSlug => "like-goal";

    public override string DefaultName => "Like goal";

    public override JsonTypeInfo<LikeGoalSettings> Json => LikeGoalJson.Default.LikeGoalSettings;

    public override LikeGoalSettings Defaults(WidgetOptions options) => options.LikeGoal;

    public override IEnumerable<string> Validate(LikeGoalSettings? s, string prefix)
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
        if (TargetRange.Problem(prefix, "Target", s.Target) is { } target)
        {
            yield return target;
        }
        if (StepRange.Problem(prefix, "Step", s.Step, "grow by Target") is { } step)
        {
            yield return step;
        }
        if (!Enum.IsDefined(s.Metric))
        {
            yield return $"{prefix}:Metric must be one of {string.Join(", ", Enum.GetNames<GoalMetric>())}, got {s.Metric}.";
        }
        if (s.GiftName is null || s.GiftName.Length > MaxGiftNameLength)
        {
            yield return $"{prefix}:GiftName must be at most {MaxGiftNameLength} characters.";
        }
        else if (s.Metric == GoalMetric.Gift && s.GiftName.Trim().Length == 0)
        {
            yield return $"{prefix}:GiftName is empty. A gift goal needs the gift's name (pick one on the admin's Gifts page, \"Use in a goal\").";
        }
        if (!Enum.IsDefined(s.Style))
        {
            yield return $"{prefix}:Style must be one of {string.Join(", ", Enum.GetNames<GoalStyle>())}, got {s.Style}.";
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

    internal override DefinitionBuilder<LikeGoalSettings> DefineForm(DefinitionBuilder<LikeGoalSettings> form) => form
        .Language((s, v) => s with { Language = v })
        .Text("title", "Title", "Shown with the bar.", s => s.Title, (s, v) => s with { Title = v }, MaxTitleLength,
            defaultText: WidgetText.GoalTitle)
        .Choice("metric", "Counts", "What fills the goal. Changing it starts the goal over.", s => s.Metric, (s, v) => s with { Metric = v },
            (GoalMetric.Likes, "Likes (room total)"), (GoalMetric.Follows, "Follows"), (GoalMetric.Shares, "Shares"),
            (GoalMetric.Diamonds, "Diamonds (finished gifts)"), (GoalMetric.Subscriptions, "Subscriptions"), (GoalMetric.Gift, "One gift (e.g. 100 Roses)"))
        .Text("giftName", "Gift", "For \"One gift\": the gift's name, e.g. Rose. Pick it on the admin's Gifts page (\"Use in a goal\") to get it right.",
            s => s.GiftName, (s, v) => s with { GiftName = v }, MaxGiftNameLength)
        .Switch("showGiftImages", "Show gift images", $"A gift goal shows the gift's picture as its icon. {GiftImagesHelp}",
            s => s.ShowGiftImages, (s, v) => s with { ShowGiftImages = v })
        .Integer("target", "Target", "The first goal, in what it counts.",
            s => s.Target, (s, v) => s with { Target = v }, TargetRange)
        .Integer("step", "Step", "How much the target grows each time it is reached. 0 grows it by the first target again.",
            s => s.Step, (s, v) => s with { Step = v }, StepRange)
        .Switch("autoNext", "Next step automatically", "Reaching the target moves it up by the step. Off: the bar stays full.",
            s => s.AutoNext, (s, v) => s with { AutoNext = v })
        .Choice("style", "Style", "How the goal is drawn.", s => s.Style, (s, v) => s with { Style = v },
            (GoalStyle.Bar, "Bar"), (GoalStyle.Slim, "Slim line"), (GoalStyle.Circle, "Circle"))
        .Switch("resetPerStream", "Start over each stream", "A new LIVE starts from 0 and the first target. Off: progress carries into the next stream.",
            s => s.ResetPerStream, (s, v) => s with { ResetPerStream = v })
        .Look((s, look) => s with { Look = look });

    protected override IViewSource<GoalView> CreateState(WidgetStateFactory services, WidgetInstance instance, LikeGoalSettings settings) =>
        new LikeGoalState(instance.Slug, settings, services.Hub, services.Goals, services.Logger<LikeGoalState>(), services.GiftImages);

    // ?style= draws this page's copy differently; the instance keeps its own style.
    public override RenderFragment Render(GoalView view, WidgetPageContext page) => builder =>
    {
        builder.OpenComponent<LikeGoal>(0);
        builder.AddComponentParameter(1, nameof(LikeGoal.Goal), page.Overrides.GoalStyle is { } style ? view with { Style = style } : view);
        builder.CloseComponent();
    };

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(LikeGoalSettings))]
    private sealed partial class LikeGoalJson : JsonSerializerContext;
}

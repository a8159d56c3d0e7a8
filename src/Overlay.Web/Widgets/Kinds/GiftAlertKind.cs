using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Components;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Web.Settings;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Web.Widgets.Kinds;

/// <summary>The alert box: finished gift combos, follows, shares, subscriptions and joins, one alert at a time.</summary>
public sealed partial class GiftAlertKind : WidgetKind<GiftAlertSettings, GiftAlertView>
{
    public static IntRange QueueRange { get; } = new(0, 1000);

    public static IntRange MinDiamondsRange { get; } = new(0, int.MaxValue);

    public override string Name => "GiftAlert";

    public override string DisplayName => "Gift alert";

    public override string DefaultSlug => "gift-alert";

    public override JsonTypeInfo<GiftAlertSettings> Json => GiftAlertJson.Default.GiftAlertSettings;

    public override GiftAlertSettings Defaults(WidgetOptions options) => options.GiftAlert;

    public override bool HasSound => true;

    public override bool PlaysSound(object settings) => settings is GiftAlertSettings { SoundEnabled: true };

    public override IEnumerable<string> Validate(GiftAlertSettings? s, string prefix)
    {
        if (s is null)
        {
            return [$"{prefix} is missing."];
        }
        var problems = new List<string>();
        if (!SettingRules.DisplaySeconds.Contains(s.DisplaySeconds))
        {
            problems.Add($"{prefix}:DisplaySeconds must be between {SettingRules.DisplaySeconds.Min} and {SettingRules.DisplaySeconds.Max}, got {s.DisplaySeconds}.");
        }
        if (!MinDiamondsRange.Contains(s.MinDiamonds))
        {
            problems.Add($"{prefix}:MinDiamonds must be 0 or more, got {s.MinDiamonds}.");
        }
        if (!QueueRange.Contains(s.MaxQueue))
        {
            problems.Add($"{prefix}:MaxQueue must be between {QueueRange.Min} and {QueueRange.Max}, got {s.MaxQueue}.");
        }
        SettingRules.CheckVolume(problems, s.SoundVolume, $"{prefix}:SoundVolume");
        SettingRules.CheckSound(problems, s.SoundFile, $"{prefix}:SoundFile");
        ValidateAlertTypes(problems, s, prefix);
        if (WidgetLanguages.Problem(s.Language, prefix) is { } language)
        {
            problems.Add(language);
        }
        problems.AddRange(WidgetLookRules.Validate(s.Look, prefix));
        return problems;
    }

    protected override IViewSource<GiftAlertView> CreateState(WidgetStateFactory services, WidgetInstance instance, GiftAlertSettings settings) =>
        new GiftAlertState(settings, services.Hub, services.Time, services.Metrics, services.Logger<GiftAlertState>(), services.Media, services.GiftImages, services.Floor);

    // Sounds only inside the circuit: the prerendered markup is replaced when the circuit starts, and an audio
    // element in both would play the same alert twice.
    public override RenderFragment Render(GiftAlertView view, WidgetPageContext page) => builder =>
    {
        builder.OpenComponent<GiftAlert>(0);
        builder.AddComponentParameter(1, nameof(GiftAlert.View), view);
        builder.AddComponentParameter(2, nameof(GiftAlert.PlaySounds), page.Interactive);
        builder.CloseComponent();
    };

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(GiftAlertSettings))]
    private sealed partial class GiftAlertJson : JsonSerializerContext;
}

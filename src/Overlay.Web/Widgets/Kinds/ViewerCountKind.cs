using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Components;
using Overlay.Web.Admin.Forms;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Web.Settings;
using Overlay.Widgets.ViewerCount;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Web.Widgets.Kinds;

/// <summary>The room's viewer count, with this stream's peak.</summary>
public sealed partial class ViewerCountKind : WidgetKind<ViewerCountSettings, ViewerCountView>
{
    public override string Name => "ViewerCount";

    public override string DisplayName => "Viewer count";

    public override JsonTypeInfo<ViewerCountSettings> Json => ViewerCountJson.Default.ViewerCountSettings;

    public override IEnumerable<string> Validate(ViewerCountSettings? s, string prefix)
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
        if (WidgetLanguages.Problem(s.Language, prefix) is { } language)
        {
            yield return language;
        }
        foreach (var problem in SettingRules.ValidateStreamEnd(s, prefix).Concat(WidgetLookRules.Validate(s.Look, prefix)))
        {
            yield return problem;
        }
    }

    internal override DefinitionBuilder<ViewerCountSettings> DefineForm(DefinitionBuilder<ViewerCountSettings> form) => form
        .Language((s, v) => s with { Language = v })
        .Text("label", "Label", "Shown after the number, e.g. \"viewers\" or \"watching\". Empty shows the number alone.",
            s => s.Label, (s, v) => s with { Label = v }, ViewerCountSettings.MaxLabelLength, defaultText: WidgetText.ViewersLabel)
        .Switch("showPeak", "Show peak", "Also show the highest viewer count of this stream.",
            s => s.ShowPeak, (s, v) => s with { ShowPeak = v })
        .StreamEnd((s, v) => s with { HideWhenStreamEnds = v }, (s, v) => s with { StreamEndedText = v })
        .Look((s, look) => s with { Look = look });

    protected override IViewSource<ViewerCountView> CreateState(WidgetStateFactory services, WidgetInstance instance, ViewerCountSettings settings) =>
        new ViewerCountState(settings, services.Hub, services.Logger<ViewerCountState>(), services.Phase);

    public override RenderFragment Render(ViewerCountView view, WidgetPageContext page) => builder =>
    {
        builder.OpenComponent<ViewerCount>(0);
        builder.AddComponentParameter(1, nameof(ViewerCount.View), view);
        builder.CloseComponent();
    };

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(ViewerCountSettings))]
    private sealed partial class ViewerCountJson : JsonSerializerContext;
}

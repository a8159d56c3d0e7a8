using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Components;
using Overlay.Web.Admin.Forms;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Web.Settings;
using Overlay.Widgets.Captions;

namespace Overlay.Web.Widgets.Kinds;

/// <summary>TikTok's own live captions (protocol.md §10) as subtitles: the line being spoken and the last few said.</summary>
public sealed partial class CaptionsKind : WidgetKind<CaptionsSettings, CaptionsView>
{
    public static IntRange LinesRange { get; } = new(1, CaptionsSettings.MaxLinesLimit);

    public static IntRange LineSecondsRange { get; } = new(1, CaptionsSettings.MaxLineSeconds);

    public override string Name => "Captions";

    public override string DisplayName => "Captions";

    public override string DefaultSlug => "captions";

    public override JsonTypeInfo<CaptionsSettings> Json => CaptionsJson.Default.CaptionsSettings;

    public override CaptionsSettings Defaults(WidgetOptions options) => options.Captions;

    public override IEnumerable<string> Validate(CaptionsSettings? s, string prefix)
    {
        if (s is null)
        {
            yield return $"{prefix} is missing.";
            yield break;
        }
        if (LinesRange.Problem(prefix, "MaxLines", s.MaxLines) is { } maxLines)
        {
            yield return maxLines;
        }
        if (LineSecondsRange.Problem(prefix, "LineSeconds", s.LineSeconds) is { } lineSeconds)
        {
            yield return lineSeconds;
        }
        if (!Enum.IsDefined(s.Style))
        {
            yield return $"{prefix}:Style must be Outline, Backdrop or Both, got {s.Style}.";
        }
        foreach (var problem in WidgetLookRules.Validate(s.Look, prefix))
        {
            yield return problem;
        }
    }

    internal override DefinitionBuilder<CaptionsSettings> DefineForm(DefinitionBuilder<CaptionsSettings> form) => form
        .Integer("maxLines", "Finished lines", "How many finished lines stay above the one being spoken.",
            s => s.MaxLines, (s, v) => s with { MaxLines = (int)v }, LinesRange)
        .Integer("lineSeconds", "Line shown (s)", "How long a finished line stays on screen.",
            s => s.LineSeconds, (s, v) => s with { LineSeconds = (int)v }, LineSecondsRange)
        .Choice("style", "Readable over video", "A dark outline round the letters, a dark panel behind the lines, or both.",
            s => s.Style, (s, v) => s with { Style = v },
            (CaptionStyle.Both, "Outline and panel"), (CaptionStyle.Outline, "Outline"), (CaptionStyle.Backdrop, "Panel"))
        .Look((s, look) => s with { Look = look });

    protected override IViewSource<CaptionsView> CreateState(WidgetStateFactory services, WidgetInstance instance, CaptionsSettings settings) =>
        new CaptionsState(settings, services.Hub, services.Time, services.Logger<CaptionsState>());

    public override RenderFragment Render(CaptionsView view, WidgetPageContext page) => builder =>
    {
        builder.OpenComponent<Captions>(0);
        builder.AddComponentParameter(1, nameof(Captions.View), view);
        builder.CloseComponent();
    };

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(CaptionsSettings))]
    private sealed partial class CaptionsJson : JsonSerializerContext;
}

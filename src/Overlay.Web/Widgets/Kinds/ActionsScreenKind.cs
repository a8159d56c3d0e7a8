using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Components;
using Overlay.Web.Admin.Forms;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Web.Settings;
using Overlay.Widgets.ActionsScreen;

namespace Overlay.Web.Widgets.Kinds;

/// <summary>
/// A screen that Actions &amp; Events rules show media, text and sounds on (Rules/), one item at a time. A streamer
/// may have any number: one full-screen for GIFs, one in a corner for small text, each its own OBS source.
/// </summary>
public sealed partial class ActionsScreenKind : WidgetKind<ActionsScreenSettings, ActionsScreenView>
{
    public static IntRange QueueRange { get; } = new(0, ActionsScreenSettings.MaxQueueLimit);

    public override string Name => "ActionsScreen";

    public override string DisplayName => "Actions screen";

    public override string DefaultSlug => "actions-screen";

    public override string DefaultName => "Actions screen 1";

    public override JsonTypeInfo<ActionsScreenSettings> Json => ActionsScreenJson.Default.ActionsScreenSettings;

    // Rules decide per item whether a sound plays; a screen is where rule sounds play.
    public override bool PlaysSound(object settings) => true;

    /// <summary>Rules play sounds on it: OBS must route its audio.</summary>
    public override bool HasSound => true;

    public override IEnumerable<string> Validate(ActionsScreenSettings? s, string prefix)
    {
        if (s is null)
        {
            yield return $"{prefix} is missing.";
            yield break;
        }
        if (QueueRange.Problem(prefix, "MaxQueue", s.MaxQueue) is { } queue)
        {
            yield return queue;
        }
        foreach (var problem in WidgetLookRules.Validate(s.Look, prefix))
        {
            yield return problem;
        }
    }

    internal override DefinitionBuilder<ActionsScreenSettings> DefineForm(DefinitionBuilder<ActionsScreenSettings> form) => form
        .Integer("maxQueue", "Queue length", "Items from rules waiting behind the one on screen; when full, new ones are dropped.",
            s => s.MaxQueue, (s, v) => s with { MaxQueue = (int)v }, QueueRange)
        .Look((s, look) => s with { Look = look });

    protected override IViewSource<ActionsScreenView> CreateState(WidgetStateFactory services, WidgetInstance instance, ActionsScreenSettings settings) =>
        new ActionsScreenState(settings, services.Time, services.Metrics, services.Logger<ActionsScreenState>());

    // Sounds only inside the circuit, as the alert box: the prerendered markup would play them a second time.
    public override RenderFragment Render(ActionsScreenView view, WidgetPageContext page) => builder =>
    {
        builder.OpenComponent<ActionsScreen>(0);
        builder.AddComponentParameter(1, nameof(ActionsScreen.View), view);
        builder.AddComponentParameter(2, nameof(ActionsScreen.PlaySounds), page.Interactive);
        builder.CloseComponent();
    };

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(ActionsScreenSettings))]
    private sealed partial class ActionsScreenJson : JsonSerializerContext;
}

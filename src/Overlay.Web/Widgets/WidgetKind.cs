using Overlay.Web.Admin.Forms;
using Overlay.Widgets.Shared;

namespace Overlay.Web.Widgets;

/// <summary>
/// One kind of widget, as everything outside its descriptor sees it: its stored name, what the admin calls it,
/// its default instance, its settings form and OBS sizes, and how to build a live instance. Each kind is one
/// sealed <see cref="WidgetKind{TSettings, TView}"/> in Widgets/Kinds/, listed once in <see cref="WidgetKinds"/>.
/// </summary>
public abstract class WidgetKind
{
    /// <summary>The name stored with each instance and used in the <c>Widgets</c> config section, e.g. "GiftAlert".</summary>
    public abstract string Name { get; }

    /// <summary>What the admin calls the kind, e.g. "Gift alert"; also the name of a new instance.</summary>
    public abstract string DisplayName { get; }

    /// <summary>The slug of the instance that exists from the first start (/widgets/gift-alert), or null for none.</summary>
    public virtual string? DefaultSlug => null;

    /// <summary>The name of that default instance in the admin's list.</summary>
    public virtual string DefaultName => DisplayName;

    /// <summary>The browser-source sizes the admin offers for this kind's preview and OBS hint.</summary>
    public virtual IReadOnlyList<ObsSize> Sizes => ObsSize.Presets;

    /// <summary>The admin form, its defaults and the stored JSON of this kind's settings.</summary>
    public abstract WidgetSettingsDefinition Form { get; }

    /// <summary>The settings a default instance starts with: the kind's part of the <c>Widgets</c> section, or the record's defaults.</summary>
    public abstract object DefaultSettings(WidgetOptions options);

    /// <summary>A message when the kind's config section names a language the widgets do not have; null otherwise.</summary>
    public virtual string? ConfiguredLanguageProblem(WidgetOptions options) => null;

    /// <summary>What is wrong with <paramref name="settings"/>, each message prefixed with <paramref name="prefix"/>; empty when fine.</summary>
    public abstract IEnumerable<string> Validate(object? settings, string prefix);

    /// <summary>A live instance with its own state, subscribed to the hub. The caller disposes it.</summary>
    /// <exception cref="ArgumentException">The settings are of another kind, or out of range.</exception>
    public abstract WidgetHandle Create(WidgetStateFactory services, WidgetInstance instance, object settings);

    /// <summary>
    /// Whether the kind can make sound (the alert box, TTS, actions screens), so its OBS browser source gets
    /// "Control audio via OBS" and the sound reaches the stream. Per kind, not per instance: sound switched on later
    /// must not need a new source.
    /// </summary>
    public virtual bool HasSound => false;

    /// <summary>
    /// Whether an instance with <paramref name="settings"/> is switched on. Kinds with an on/off setting (TTS)
    /// override it; OBS's "Set up everything" leaves switched-off instances out.
    /// </summary>
    public virtual bool IsEnabled(object settings) => true;

    /// <summary>Whether an instance with <paramref name="settings"/> plays sounds, so the admin explains where they play.</summary>
    public virtual bool PlaysSound(object settings) => false;

    /// <summary>The look an instance with <paramref name="settings"/> has on its page.</summary>
    public static WidgetLook? LookOf(object? settings) => (settings as IHasLook)?.Look;

    public override string ToString() => Name;
}

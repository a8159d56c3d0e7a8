using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Components;
using Overlay.Web.Admin.Forms;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Web.Widgets;

/// <summary>
/// The typed descriptor of one widget kind: <typeparamref name="TSettings"/> is its settings record and
/// <typeparamref name="TView"/> what its state publishes and its component renders. A derived kind says, in one
/// place, how its settings are checked, stored and edited, which state runs it and which component draws it.
/// </summary>
public abstract class WidgetKind<TSettings, TView> : WidgetKind
    where TSettings : class, new()
    where TView : class
{
    private readonly Lazy<WidgetSettingsDefinition> _form;

    protected WidgetKind() =>
        // Lazy: the form reads the derived kind's members, which are not set yet while this constructor runs.
        _form = new(() => DefineForm(new DefinitionBuilder<TSettings>(this, DisplayName, Json, s => Validate(s, DisplayName))).Build());

    public sealed override WidgetSettingsDefinition Form => _form.Value;

    /// <summary>Source-generated JSON of the settings record, for the store.</summary>
    public abstract JsonTypeInfo<TSettings> Json { get; }

    /// <summary>What is wrong with <paramref name="settings"/>, as messages a streamer can act on; empty when fine.</summary>
    public abstract IEnumerable<string> Validate(TSettings? settings, string prefix);

    /// <summary>The kind's part of the <c>Widgets</c> section when it has one; the record's defaults otherwise.</summary>
    public virtual TSettings Defaults(WidgetOptions options) => new();

    /// <summary>The component that draws <paramref name="view"/> on the widget page.</summary>
    public abstract RenderFragment Render(TView view, WidgetPageContext page);

    /// <summary>The form's fields, in the order the admin shows them.</summary>
    internal abstract DefinitionBuilder<TSettings> DefineForm(DefinitionBuilder<TSettings> form);

    /// <summary>The live state of one instance, already checked settings in; it subscribes to the hub itself.</summary>
    protected abstract IViewSource<TView> CreateState(WidgetStateFactory services, WidgetInstance instance, TSettings settings);

    /// <summary>
    /// The configured defaults; a configured language also gets its built-in texts where config left the English
    /// ones. An unknown language keeps English (<see cref="ConfiguredLanguageProblem"/> says so at start) rather
    /// than stopping the app.
    /// </summary>
    public sealed override object DefaultSettings(WidgetOptions options)
    {
        var settings = Defaults(options);
        if (settings is not IHasLanguage { Language: var language } || language == WidgetLanguages.English || Form.LanguageField is not { } field)
        {
            return settings;
        }
        return Form.InLanguage(field.Set(settings, WidgetLanguages.English), language);
    }

    public sealed override string? ConfiguredLanguageProblem(WidgetOptions options) =>
        Defaults(options) is IHasLanguage { Language: var language } ? WidgetLanguages.Problem(language, $"{WidgetOptions.SectionName}:{Name}") : null;

    public sealed override IEnumerable<string> Validate(object? settings, string prefix) => settings switch
    {
        null => Validate((TSettings?)null, prefix),
        TSettings typed => Validate(typed, prefix),
        _ => [$"{prefix} is a {Name} widget but got {settings.GetType().Name}."],
    };

    /// <summary>The settings checked for <paramref name="instance"/>, with its config key as the messages' prefix.</summary>
    /// <exception cref="ArgumentException">The settings are of another kind, or out of range.</exception>
    public TSettings Checked(WidgetInstance instance, object settings)
    {
        if (string.Join(" ", Validate(settings, $"{WidgetOptions.SectionName}:{instance.Slug}")) is { Length: > 0 } problems)
        {
            throw new ArgumentException(problems, nameof(settings));
        }
        return (TSettings)settings;
    }

    public sealed override WidgetHandle Create(WidgetStateFactory services, WidgetInstance instance, object settings)
    {
        var typed = Checked(instance, settings);
        return new WidgetHandle<TSettings, TView>(instance, this, CreateState(services, instance, typed), typed);
    }

    /// <summary>A handle for a state built elsewhere (a test's hand-driven view source), with the kind's defaults.</summary>
    public WidgetHandle<TSettings, TView> Handle(WidgetInstance instance, IViewSource<TView> source) => new(instance, this, source, new TSettings());
}

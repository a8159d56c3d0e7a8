using Overlay.Web.Media;
using Overlay.Web.Settings;
using Overlay.Web.Widgets;
using System.Text.Json.Serialization.Metadata;
using Overlay.Web.Storage;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.Shared;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Web.Admin.Forms;

/// <summary>Typed helpers so each definition reads as a list of fields with real lambdas on the record.</summary>
internal sealed class DefinitionBuilder<T>(WidgetKind kind, string title, JsonTypeInfo<T> json, Func<T, IEnumerable<string>> validate)
    where T : class, new()
{
    private readonly List<SettingField> _fields = [];

    /// <summary>A whole number in <paramref name="range"/>, the same range object the kind's validator checks.</summary>
    public DefinitionBuilder<T> Integer(string key, string label, string help, Func<T, long> get, Func<T, long, T> set, IntRange range,
        string? group = null)
    {
        _fields.Add(new SettingField
        {
            Key = key, Label = label, Help = help, Kind = SettingKind.Integer, Min = range.Min, Max = range.Max, Group = group,
            Get = s => get((T)s), Set = (s, v) => set((T)s, (long)v),
        });
        return this;
    }

    public DefinitionBuilder<T> Decimal(string key, string label, string help, Func<T, double> get, Func<T, double, T> set, DecimalRange range)
    {
        _fields.Add(new SettingField
        {
            Key = key, Label = label, Help = help, Kind = SettingKind.Decimal, Min = range.Min, Max = range.Max,
            Get = s => get((T)s), Set = (s, v) => set((T)s, (double)v),
        });
        return this;
    }

    /// <param name="defaultText">The built-in text the field starts as, so a language change can swap it while untouched.</param>
    public DefinitionBuilder<T> Text(string key, string label, string help, Func<T, string> get, Func<T, string, T> set, int maxLength,
        string? group = null, WidgetText? defaultText = null) =>
        String(SettingKind.Text, key, label, help, get, set, maxLength, rule: null, group, defaultText);

    /// <summary>Adds a field built elsewhere (the language choice), keeping the order of the calls.</summary>
    internal DefinitionBuilder<T> Add(SettingField field)
    {
        _fields.Add(field);
        return this;
    }

    /// <summary>A file from wwwroot/sounds; the form lists the files, the page only plays names it finds there.</summary>
    public DefinitionBuilder<T> Sound(string key, string label, string help, Func<T, string> get, Func<T, string, T> set,
        string? group = null) =>
        String(SettingKind.Sound, key, label, help, get, set, 100, v => SoundLibrary.CheckName(v, label), group);

    /// <summary>A file from wwwroot/images, or empty for none; the page only shows names it finds there.</summary>
    public DefinitionBuilder<T> Image(string key, string label, string help, Func<T, string> get, Func<T, string, T> set,
        string? group = null) =>
        String(SettingKind.Image, key, label, help, get, set, 100, v => ImageLibrary.CheckName(v, label), group);

    /// <summary>A file from wwwroot/videos, or empty for none; the page only plays names it finds there.</summary>
    public DefinitionBuilder<T> Video(string key, string label, string help, Func<T, string> get, Func<T, string, T> set,
        string? group = null) =>
        String(SettingKind.Video, key, label, help, get, set, 100, v => VideoLibrary.CheckName(v, label), group);

    /// <summary>A CSS colour, or empty for the widget's own.</summary>
    public DefinitionBuilder<T> Color(string key, string label, string help, Func<T, string> get, Func<T, string, T> set,
        string? group = null) =>
        String(SettingKind.Color, key, label, help, get, set, CssColor.MaxLength, v => WidgetLookRules.CheckColor(v, label), group);

    /// <summary>The alert box's ordered gift variation rules, edited by their own component under the form.</summary>
    public DefinitionBuilder<T> GiftVariations(Func<T, IReadOnlyList<GiftVariation>> get, Func<T, IReadOnlyList<GiftVariation>, T> set)
    {
        _fields.Add(new SettingField
        {
            Key = "variations", Label = "Gift variations", Group = "Gift variations", Kind = SettingKind.GiftVariations,
            Help = "Rules for bigger or special gifts. The first rule that matches wins; otherwise the gift settings above apply.",
            Rule = v => ((IReadOnlyList<GiftVariation>)v).Count > GiftAlertSettings.MaxVariations
                ? $"At most {GiftAlertSettings.MaxVariations} rules." : null,
            Get = s => get((T)s) ?? [], Set = (s, v) => set((T)s, [.. (IReadOnlyList<GiftVariation>)v]),
        });
        return this;
    }

    /// <summary>
    /// The look fields every kind shares (colours, font, font size, custom CSS), under a "Look" heading. One call
    /// per kind: <c>.Look((s, look) =&gt; s with { Look = look })</c>. <typeparamref name="T"/> must implement
    /// <see cref="IHasLook"/>, which the widget page reads.
    /// </summary>
    public DefinitionBuilder<T> Look(Func<T, WidgetLook, T> set)
    {
        if (!typeof(IHasLook).IsAssignableFrom(typeof(T)))
        {
            throw new InvalidOperationException($"{typeof(T).Name} must implement IHasLook to have look fields.");
        }
        static WidgetLook Of(T s) => ((IHasLook)s).Look ?? new WidgetLook();
        const string group = "Look";
        String(SettingKind.Color, "look.textColor", "Text colour", "Main text. Empty keeps the widget's design.",
            s => Of(s).TextColor, (s, v) => set(s, Of(s) with { TextColor = v }), CssColor.MaxLength,
            v => WidgetLookRules.CheckColor(v, "Text colour"), group);
        String(SettingKind.Color, "look.accentColor", "Accent colour", "Names, the alert ring, the goal bar.",
            s => Of(s).AccentColor, (s, v) => set(s, Of(s) with { AccentColor = v }), CssColor.MaxLength,
            v => WidgetLookRules.CheckColor(v, "Accent colour"), group);
        String(SettingKind.Color, "look.backgroundColor", "Background colour", "The panel behind the text. Empty keeps the widget's design.",
            s => Of(s).BackgroundColor, (s, v) => set(s, Of(s) with { BackgroundColor = v }), CssColor.MaxLength,
            v => WidgetLookRules.CheckColor(v, "Background colour"), group);
        String(SettingKind.Font, "look.fontFamily", "Font", "Pick one or type font names, comma-separated. It must be installed on the PC that runs OBS.",
            s => Of(s).FontFamily, (s, v) => set(s, Of(s) with { FontFamily = v.Trim() }), WidgetLookRules.MaxFontFamilyLength,
            v => WidgetLookRules.CheckFontFamily(v, "Font"), group);
        _fields.Add(new SettingField
        {
            Key = "look.fontSize", Label = "Font size (px)", Help = "0 keeps the widget's size, which follows the canvas size.",
            Kind = SettingKind.Decimal, Min = 0, Max = WidgetLookRules.MaxFontSize, Group = group,
            Rule = v => WidgetLookRules.CheckFontSize((double)v, "Font size"),
            Get = s => Of((T)s).FontSize, Set = (s, v) => set((T)s, Of((T)s) with { FontSize = (double)v }),
        });
        String(SettingKind.Css, "look.customCss", "Custom CSS",
            "Added after the widget's own styles on this instance's page, e.g. .widget .alert { border-radius: 8px; }",
            s => Of(s).CustomCss, (s, v) => set(s, Of(s) with { CustomCss = v }), WidgetLookRules.MaxCustomCssLength,
            v => WidgetLookRules.CheckCustomCss(v, "Custom CSS"), group);
        return this;
    }

    private DefinitionBuilder<T> String(SettingKind kind, string key, string label, string help, Func<T, string> get, Func<T, string, T> set,
        int maxLength, Func<string, string?>? rule, string? group = null, WidgetText? defaultText = null)
    {
        _fields.Add(new SettingField
        {
            Key = key, Label = label, Help = help, Kind = kind, MaxLength = maxLength, Group = group, DefaultText = defaultText,
            Rule = rule is null ? null : v => rule((string)v),
            Get = s => get((T)s) ?? "", Set = (s, v) => set((T)s, (string)v),
        });
        return this;
    }

    public DefinitionBuilder<T> Switch(string key, string label, string help, Func<T, bool> get, Func<T, bool, T> set, string? group = null)
    {
        _fields.Add(new SettingField
        {
            Key = key, Label = label, Help = help, Kind = SettingKind.Switch, Group = group,
            Get = s => get((T)s), Set = (s, v) => set((T)s, (bool)v),
        });
        return this;
    }

    /// <summary>An enum setting; <paramref name="labels"/> gives each value's label, in the order the form lists them.</summary>
    public DefinitionBuilder<T> Choice<TEnum>(string key, string label, string help, Func<T, TEnum> get, Func<T, TEnum, T> set,
        params (TEnum Value, string Label)[] labels) where TEnum : struct, Enum
    {
        _fields.Add(new SettingField
        {
            Key = key, Label = label, Help = help, Kind = SettingKind.Choice,
            Choices = [.. labels.Select(l => new SettingChoice(l.Value.ToString(), l.Label))],
            Get = s => get((T)s).ToString(), Set = (s, v) => set((T)s, Enum.Parse<TEnum>((string)v)),
        });
        return this;
    }

    public WidgetSettingsDefinition Build() => new()
    {
        Kind = kind,
        Title = title,
        SettingsType = typeof(T),
        Fields = [.. _fields],
        CreateDefaults = () => new T(),
        ToJson = s => WidgetSettingsJson.Serialize((T)s, json),
        FromJson = s => WidgetSettingsJson.Deserialize(s, json),
        ValidateRecord = s => validate((T)s),
    };
}

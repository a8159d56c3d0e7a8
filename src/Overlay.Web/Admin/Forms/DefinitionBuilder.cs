using System.Text.Json.Serialization.Metadata;
using Overlay.Web.State;
using Overlay.Web.Storage;

namespace Overlay.Web.Admin.Forms;

/// <summary>Typed helpers so each definition reads as a list of fields with real lambdas on the record.</summary>
internal sealed class DefinitionBuilder<T>(WidgetKind kind, string title, JsonTypeInfo<T> json, Func<T, IEnumerable<string>> validate)
    where T : class, new()
{
    private readonly List<SettingField> _fields = [];

    public DefinitionBuilder<T> Integer(string key, string label, string help, Func<T, long> get, Func<T, long, T> set, long min, long max)
    {
        _fields.Add(new SettingField
        {
            Key = key, Label = label, Help = help, Kind = SettingKind.Integer, Min = min, Max = max,
            Get = s => get((T)s), Set = (s, v) => set((T)s, (long)v),
        });
        return this;
    }

    public DefinitionBuilder<T> Decimal(string key, string label, string help, Func<T, double> get, Func<T, double, T> set, double min, double max)
    {
        _fields.Add(new SettingField
        {
            Key = key, Label = label, Help = help, Kind = SettingKind.Decimal, Min = min, Max = max,
            Get = s => get((T)s), Set = (s, v) => set((T)s, (double)v),
        });
        return this;
    }

    public DefinitionBuilder<T> Text(string key, string label, string help, Func<T, string> get, Func<T, string, T> set, int maxLength)
    {
        _fields.Add(new SettingField
        {
            Key = key, Label = label, Help = help, Kind = SettingKind.Text, MaxLength = maxLength,
            Get = s => get((T)s), Set = (s, v) => set((T)s, (string)v),
        });
        return this;
    }

    public DefinitionBuilder<T> Switch(string key, string label, string help, Func<T, bool> get, Func<T, bool, T> set)
    {
        _fields.Add(new SettingField
        {
            Key = key, Label = label, Help = help, Kind = SettingKind.Switch,
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

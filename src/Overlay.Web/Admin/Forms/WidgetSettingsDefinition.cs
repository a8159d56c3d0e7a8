
using Overlay.Web.Widgets;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Web.Admin.Forms;

/// <summary>
/// Everything the admin knows about one widget kind's settings: its fields (from which the form is generated),
/// its defaults, and its stored JSON. Each kind builds its own (<see cref="WidgetKind.Form"/>).
/// </summary>
public sealed class WidgetSettingsDefinition
{
    public required WidgetKind Kind { get; init; }

    public required string Title { get; init; }

    public required Type SettingsType { get; init; }

    public required IReadOnlyList<SettingField> Fields { get; init; }

    public required Func<object> CreateDefaults { get; init; }

    public required Func<object, string> ToJson { get; init; }

    public required Func<string, object> FromJson { get; init; }

    /// <summary>The last word on a whole record (the same checks the widget factory applies).</summary>
    public required Func<object, IEnumerable<string>> ValidateRecord { get; init; }

    public object Defaults() => CreateDefaults();

    public string Serialize(object settings) => ToJson(settings);

    /// <summary>Never throws: unreadable JSON gives the defaults.</summary>
    public object Deserialize(string json) => FromJson(json);

    public Dictionary<string, object?> Read(object settings) => Fields.ToDictionary(f => f.Key, f => (object?)f.Read(settings));

    /// <summary>The language choice, or null for a kind without built-in texts.</summary>
    public SettingField? LanguageField => Fields.FirstOrDefault(f => f.Key == LanguageFields.Key);

    /// <summary>
    /// Form values with <paramref name="field"/> set to <paramref name="value"/>. A new language also swaps every
    /// text still at the old language's default for the new one's; texts the streamer changed stay as typed.
    /// </summary>
    public Dictionary<string, object?> With(IReadOnlyDictionary<string, object?> values, SettingField field, object value)
    {
        var next = new Dictionary<string, object?>(values, StringComparer.Ordinal) { [field.Key] = value };
        if (field == LanguageField && values.GetValueOrDefault(field.Key) is string from && value is string to)
        {
            foreach (var text in Fields.Where(f => f.DefaultText is not null))
            {
                if (next.GetValueOrDefault(text.Key) is string current)
                {
                    next[text.Key] = WidgetTexts.Swap(text.DefaultText!.Value, current, from, to);
                }
            }
        }
        return next;
    }

    /// <summary>
    /// <paramref name="settings"/> in <paramref name="language"/>: the same swap as <see cref="With"/>, on the record
    /// itself so settings the form does not show are kept. Unchanged for a kind without a language or an unknown one.
    /// </summary>
    public object InLanguage(object settings, string language)
    {
        if (LanguageField is not { } field || !WidgetLanguages.IsKnown(language))
        {
            return settings;
        }
        var from = field.Read(settings) as string ?? WidgetLanguages.English;
        var next = field.Set(settings, language);
        foreach (var text in Fields.Where(f => f.DefaultText is not null))
        {
            next = text.Set(next, WidgetTexts.Swap(text.DefaultText!.Value, (string)text.Read(next), from, language));
        }
        return next;
    }

    /// <summary>The defaults with that language's built-in texts.</summary>
    public object DefaultsIn(string language) => InLanguage(Defaults(), language);

    /// <summary>
    /// The settings record built from form values, or the problems by field key ("" for whole-record problems).
    /// Fields missing from <paramref name="values"/> keep their defaults.
    /// </summary>
    public SettingsBuildResult Build(IReadOnlyDictionary<string, object?> values)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var settings = CreateDefaults();
        foreach (var field in Fields)
        {
            if (!values.TryGetValue(field.Key, out var value))
            {
                continue;
            }
            if (field.Check(value) is { } problem)
            {
                errors[field.Key] = problem;
                continue;
            }
            settings = field.Set(settings, value!);
        }
        if (errors.Count == 0 && string.Join(" ", ValidateRecord(settings)) is { Length: > 0 } recordProblems)
        {
            errors[""] = recordProblems;
        }
        return errors.Count == 0 ? new SettingsBuildResult(settings, errors) : new SettingsBuildResult(null, errors);
    }
}

public sealed record SettingsBuildResult(object? Settings, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Settings is not null;
}

using Overlay.Widgets.Shared.Texts;

namespace Overlay.Web.Admin.Forms;

/// <summary>The "Language" choice, the same for every kind whose settings opt into <see cref="IHasLanguage"/>.</summary>
internal static class LanguageFields
{
    public const string Key = "language";

    public const string Label = "Language";

    public const string Help = "The language of the widget's built-in texts. Texts you have not changed switch to it; your own texts stay as typed.";

    public static DefinitionBuilder<T> Language<T>(this DefinitionBuilder<T> builder, Func<T, string, T> set)
        where T : class, IHasLanguage, new() =>
        builder.Add(new SettingField
        {
            Key = Key, Label = Label, Help = Help, Kind = SettingKind.Choice,
            Choices = [.. WidgetLanguages.All.Select(l => new SettingChoice(l.Name, l.Label))],
            Get = s => ((T)s).Language ?? WidgetLanguages.English, Set = (s, v) => set((T)s, (string)v),
        });
}

using System.Globalization;

namespace Overlay.Widgets.Shared.Texts;

/// <summary>The languages widget defaults come in: the admin's five, each with the name its speakers use.</summary>
public static class WidgetLanguages
{
    public const string English = "en";

    /// <summary>Culture name and endonym, in the order the admin lists them.</summary>
    public static IReadOnlyList<(string Name, string Label)> All { get; } =
    [
        (English, "English"),
        ("es", "Español"),
        ("pt-BR", "Português (Brasil)"),
        ("id", "Bahasa Indonesia"),
        ("de", "Deutsch"),
    ];

    public static bool IsKnown(string? name) => name is not null && All.Any(l => l.Name == name);

    /// <summary>The language to render in: an unknown or missing name shows English rather than failing on stream.</summary>
    public static string Resolve(string? name) => IsKnown(name) ? name! : English;

    /// <summary>One of the five for <paramref name="culture"/> (or its parent, so de-AT gives de), else English.</summary>
    public static string Match(CultureInfo culture)
    {
        for (var c = culture; c.Name.Length > 0; c = c.Parent)
        {
            if (IsKnown(c.Name))
            {
                return c.Name;
            }
        }
        return English;
    }

    /// <summary>Null when <paramref name="name"/> is one of the five, else a message naming the setting and the choices.</summary>
    public static string? Problem(string? name, string prefix) => IsKnown(name)
        ? null
        : $"{prefix}:Language must be one of {string.Join(", ", All.Select(l => l.Name))}, got '{name}'.";
}

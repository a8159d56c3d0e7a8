using System.Globalization;

namespace Overlay.Web.Localization;

/// <summary>The admin's languages: among TikTok LIVE's biggest markets.</summary>
public static class AdminCultures
{
    public const string Default = "en";

    /// <summary>Culture name and the language's own name, as the picker shows it.</summary>
    public static IReadOnlyList<(string Name, string NativeName)> Supported { get; } =
    [
        ("en", "English"),
        ("es", "Español"),
        ("pt-BR", "Português (Brasil)"),
        ("id", "Bahasa Indonesia"),
        ("de", "Deutsch"),
    ];

    public static string[] Names { get; } = [.. Supported.Select(c => c.Name)];

    /// <summary>The supported name for <paramref name="name"/> (any case), or null.</summary>
    public static string? Find(string? name) =>
        Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    public static string NativeName(CultureInfo culture) =>
        Supported.FirstOrDefault(c => c.Name == culture.Name || c.Name == culture.TwoLetterISOLanguageName).NativeName ?? "English";
}

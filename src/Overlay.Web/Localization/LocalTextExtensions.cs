using Microsoft.Extensions.Localization;

namespace Overlay.Web.Localization;

public static class LocalTextExtensions
{
    /// <summary><paramref name="text"/> in the admin's language; numbers are formatted with the current culture.</summary>
    public static string Format(this IStringLocalizer localizer, LocalText text) =>
        text.Args.Length == 0
            ? localizer[text.Format]
            : localizer[text.Format, [.. text.Args.Select(a => a is LocalText inner ? Format(localizer, inner) : a)]];
}

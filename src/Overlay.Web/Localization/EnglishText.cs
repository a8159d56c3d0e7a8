using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Overlay.Web.Localization;

/// <summary>
/// The admin's texts in English without resources: the key is the English text, so formatting the key is the
/// translation. For server code (validation, import) called where no circuit's localizer is at hand, like tests,
/// the event API or logs.
/// </summary>
public sealed class EnglishText : IStringLocalizer<AdminText>
{
    public static EnglishText Instance { get; } = new();

    public LocalizedString this[string name] => new(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.CurrentCulture, name, arguments), resourceNotFound: true);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}

using System.Globalization;
using System.Text;

namespace Overlay.Web.Rules.Engine;

/// <summary>
/// Fills a rule's text template with the event's fields, as plain text: the result is rendered by Razor as text on
/// a screen, read by TTS, or sent to OBS, never as markup. Unknown placeholders stay as typed.
/// </summary>
public static class RuleTemplate
{
    public const int MaxLength = 1000;

    public static readonly IReadOnlyList<string> Placeholders =
        ["{nickname}", "{uniqueId}", "{giftName}", "{count}", "{diamonds}", "{comment}", "{args}", "{viewers}", "{likes}", "{level}", "{goal}", "{rule}"];

    public static string Render(string template, FiredEvent fired, string ruleName)
    {
        if (template.Length == 0)
        {
            return "";
        }
        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '{' && Fill(template, i, fired, ruleName) is { } filled)
            {
                text.Append(filled.Value);
                i += filled.Length;
                continue;
            }
            text.Append(template[i]);
            i++;
        }
        return text.Length > MaxLength ? text.ToString(0, MaxLength) : text.ToString();
    }

    private static (string Value, int Length)? Fill(string template, int at, FiredEvent e, string ruleName)
    {
        foreach (var p in Placeholders)
        {
            if (string.CompareOrdinal(template, at, p, 0, p.Length) != 0)
            {
                continue;
            }
            var value = p switch
            {
                "{nickname}" => e.User?.DisplayName ?? "",
                "{uniqueId}" => e.User?.UniqueId ?? "",
                "{giftName}" => e.GiftName,
                "{count}" => Number(e.Count),
                "{diamonds}" => Number(e.Diamonds),
                "{comment}" => e.Comment,
                "{args}" => e.Args,
                "{viewers}" => Number(e.Viewers),
                "{likes}" => Number(e.Likes),
                "{level}" => e.User is { Level: > 0 } u ? u.Level.ToString(CultureInfo.InvariantCulture) : "",
                "{goal}" => e.GoalTitle,
                _ => ruleName,
            };
            return (value, p.Length);
        }
        return null;
    }

    private static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

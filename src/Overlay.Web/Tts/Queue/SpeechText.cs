using System.Text;
using System.Text.RegularExpressions;

namespace Overlay.Web.Tts.Queue;

/// <summary>
/// Viewer text made fit to read aloud: links left out (when asked), nothing read when no letter or digit is left
/// (emoji only), cut at a word boundary past the maximum length, control characters and engine markup such as
/// macOS say's <c>[[rate 400]]</c> removed. Templates fill {placeholders} with plain text.
/// </summary>
public static partial class SpeechText
{
    /// <summary>The text to read, or null when nothing is left to read.</summary>
    public static string? Clean(string text, int maxLength, bool skipLinks, bool skipEmojiOnly)
    {
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in skipLinks ? Link().Replace(text, " ") : text)
        {
            cleaned.Append(char.IsControl(c) ? ' ' : c);
        }
        var result = Spaces().Replace(cleaned.Replace("[[", "[").Replace("]]", "]").ToString(), " ").Trim();
        if (result.Length == 0 || (skipEmojiOnly && !result.Any(char.IsLetterOrDigit)))
        {
            return null;
        }
        return Cut(result, maxLength);
    }

    /// <summary>At most <paramref name="maxLength"/> characters, at the last space in its second half when there is one.</summary>
    public static string Cut(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        var end = maxLength;
        // Never split a surrogate pair: half an emoji is not text.
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }
        var space = text.LastIndexOf(' ', end - 1, end);
        return (space >= maxLength / 2 ? text[..space] : text[..end]).TrimEnd();
    }

    public static bool HasLink(string text) => Link().IsMatch(text);

    /// <summary><paramref name="template"/> with each {name} of <paramref name="values"/> filled in; unknown names stay as typed.</summary>
    public static string Fill(string template, params (string Name, string Value)[] values)
    {
        var text = template;
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.OrdinalIgnoreCase);
        }
        return text;
    }

    [GeneratedRegex(@"(?:\b(?:https?://|www\.)\S+)|(?:\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|gg|tv|ly|me|co|xyz|app|link|live|shop|info|biz|ru|de|uk)(?:/\S*)?\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Link();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

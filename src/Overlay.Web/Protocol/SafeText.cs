using System.Buffers;
using System.Globalization;

namespace Overlay.Web.Protocol;

/// <summary>
/// Cleans untrusted viewer text (protocol.md §9, hostile strings). Markup is kept literally: the renderer encodes it.
/// Letters of every script, emoji, ZWJ (U+200D) and variation selectors are kept, so emoji sequences survive.
/// </summary>
internal static class SafeText
{
    public const int CommentMax = 500;
    public const int NameMax = 64;
    public const int TitleMax = 200;
    public const int IdMax = 128;

    // Cc controls, zero-width space, LRM/RLM and the Arabic letter mark, bidi embeddings/overrides (U+202A–U+202E),
    // isolates (U+2066–U+2069) and the BOM. Bidi controls let a nickname flip the text around it on stream.
    private static readonly SearchValues<char> Stripped = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\u061C\u200B\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF");

    /// <summary>Strips unsafe characters and caps at <paramref name="maxElements"/> text elements (graphemes).</summary>
    public static string Clean(string text, int maxElements)
    {
        // A text element can be long (a family emoji is 11 chars) but never unbounded: a "zalgo" grapheme with
        // thousands of combining marks must not survive whole, so chars are capped too.
        int charBudget = maxElements * 8;
        if (text.Length <= maxElements && !text.AsSpan().ContainsAny(Stripped))
        {
            return text;
        }

        // Only a window of the input is ever looked at, so a 100 KB nickname costs what a short one does.
        var window = text.AsSpan(0, SafeCut(text, Math.Min(text.Length, charBudget * 2)));
        if (window.Length == text.Length && !window.ContainsAny(Stripped))
        {
            int cut = GraphemeCut(window, maxElements, charBudget);
            return cut == text.Length ? text : text[..cut];
        }

        char[]? rented = null;
        Span<char> buffer = window.Length <= 256
            ? stackalloc char[256]
            : (rented = ArrayPool<char>.Shared.Rent(window.Length));
        try
        {
            int length = 0;
            foreach (char c in window)
            {
                if (c is '\n' or '\r' or '\t')
                {
                    // A line break inside a chat line should still read as a word gap.
                    buffer[length++] = ' ';
                }
                else if (!Stripped.Contains(c))
                {
                    buffer[length++] = c;
                }
            }
            var cleaned = buffer[..length];
            return cleaned[..GraphemeCut(cleaned, maxElements, charBudget)].ToString();
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Returns the URL if it is an absolute http(s) URI (§9, URLs), else null so widgets show a placeholder.</summary>
    public static string? HttpUrl(string text) => Overlay.Widgets.Shared.HttpUrl.Normalize(text);

    // Length in chars of the first maxElements text elements, never more than charBudget and never splitting a
    // surrogate pair.
    private static int GraphemeCut(ReadOnlySpan<char> text, int maxElements, int charBudget)
    {
        int position = 0;
        for (int count = 0; count < maxElements && position < text.Length; count++)
        {
            int next = position + StringInfo.GetNextTextElementLength(text[position..]);
            if (next > charBudget)
            {
                return position > 0 ? position : SafeCut(text, charBudget);
            }
            position = next;
        }
        return position;
    }

    private static int SafeCut(ReadOnlySpan<char> text, int length) =>
        length < text.Length && length > 0 && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
}

using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Overlay.Web.Protocol;

/// <summary>
/// Tolerant field readers (protocol.md §2 and §9, wrong types): numbers may be numeric strings, fractions are
/// truncated, out-of-range values are clamped, booleans may be 1/0, ids may be numbers. A wrong type gives the default.
/// </summary>
internal static class JsonRead
{
    private static readonly SearchValues<byte> NumberChars = SearchValues.Create("0123456789+-.eE"u8);

    /// <summary>The property if <paramref name="obj"/> is an object that has it with a non-null value.</summary>
    public static bool TryGet(JsonElement obj, ReadOnlySpan<byte> name, out JsonElement value)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out value)
            && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>A count: never negative, clamped to Int32 (§9).</summary>
    public static int Count(JsonElement obj, ReadOnlySpan<byte> name, int fallback = 0) =>
        TryGet(obj, name, out var value) && TryInt64(value, out long number)
            ? (int)Math.Clamp(number, 0, int.MaxValue)
            : fallback;

    /// <summary>A count that may be absent: null when missing or not numeric.</summary>
    public static int? OptionalCount(JsonElement obj, ReadOnlySpan<byte> name) =>
        TryGet(obj, name, out var value) && TryInt64(value, out long number)
            ? (int)Math.Clamp(number, 0, int.MaxValue)
            : null;

    /// <summary>A 64-bit total (viewers, likes): never negative, null when missing or not numeric.</summary>
    public static long? OptionalTotal(JsonElement obj, ReadOnlySpan<byte> name) =>
        TryGet(obj, name, out var value) && TryInt64(value, out long number) ? Math.Max(number, 0) : null;

    /// <summary>A code such as an action or gift type: may be any Int32 value, clamped.</summary>
    public static int? OptionalCode(JsonElement obj, ReadOnlySpan<byte> name) =>
        TryGet(obj, name, out var value) && TryInt64(value, out long number)
            ? (int)Math.Clamp(number, int.MinValue, int.MaxValue)
            : null;

    /// <summary>true/false, 1/0, "1"/"0" or "true"/"false"; anything else is the default false.</summary>
    public static bool Bool(JsonElement obj, ReadOnlySpan<byte> name)
    {
        if (!TryGet(obj, name, out var value))
        {
            return false;
        }
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => TryInt64(value, out long n) && n == 1,
            JsonValueKind.String => value.ValueEquals("1"u8) || value.ValueEquals("true"u8) || value.ValueEquals("True"u8),
            _ => false,
        };
    }

    /// <summary>Plain text, cleaned and capped (§9). Non-strings give "".</summary>
    public static string Text(JsonElement obj, ReadOnlySpan<byte> name, int maxElements) =>
        TryGet(obj, name, out var value) && value.ValueKind == JsonValueKind.String
            ? SafeText.Clean(value.GetString()!, maxElements)
            : "";

    /// <summary>A 64-bit id kept as a string whether it came as a number or a string (§2); "" when none.</summary>
    public static string Id(JsonElement obj, ReadOnlySpan<byte> name)
    {
        if (!TryGet(obj, name, out var value))
        {
            return "";
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => SafeText.Clean(value.GetString()!, SafeText.IdMax),
            // The raw digits, because a double would round ids above 2^53.
            JsonValueKind.Number => value.GetRawText() is { Length: <= SafeText.IdMax } raw ? raw : "",
            _ => "",
        };
    }

    /// <summary>An absolute http(s) URL or null (§9, URLs).</summary>
    public static string? Url(JsonElement obj, ReadOnlySpan<byte> name) =>
        TryGet(obj, name, out var value) && value.ValueKind == JsonValueKind.String
            ? SafeText.HttpUrl(value.GetString()!)
            : null;

    /// <summary>Epoch milliseconds as a number or numeric string; null when missing or out of range.</summary>
    public static DateTimeOffset? Millis(JsonElement obj, ReadOnlySpan<byte> name)
    {
        const long maxMillis = 253_402_300_799_999; // 9999-12-31, the last instant DateTimeOffset can hold
        return TryGet(obj, name, out var value) && TryInt64(value, out long ms) && ms is > 0 and <= maxMillis
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
    }

    /// <summary>A JSON number or numeric string as Int64: fractions truncated, huge values clamped.</summary>
    public static bool TryInt64(JsonElement value, out long number)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (value.TryGetInt64(out number))
            {
                return true;
            }
            // Fractions, exponents and values past Int64: the raw token is a valid JSON number, so parse it as such.
            return TryParse(JsonMarshal.GetRawUtf8Value(value), out number);
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            var raw = JsonMarshal.GetRawUtf8Value(value);
            // The raw value of a string keeps its quotes. Only number characters are accepted, which also keeps
            // out escapes and the words "NaN" and "Infinity" that double.TryParse would take.
            if (raw.Length is > 2 and <= 64 && raw[1..^1].IndexOfAnyExcept(NumberChars) < 0)
            {
                return TryParse(raw[1..^1], out number);
            }
        }
        number = 0;
        return false;
    }

    private static bool TryParse(ReadOnlySpan<byte> utf8, out long number)
    {
        if (long.TryParse(utf8, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return true;
        }
        if (double.TryParse(utf8, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
        {
            // Casting a double past the Int64 range is undefined, so clamp first (§9: clamp, don't overflow).
            number = d >= long.MaxValue ? long.MaxValue : d <= long.MinValue ? long.MinValue : (long)Math.Truncate(d);
            return true;
        }
        number = 0;
        return false;
    }
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using static Overlay.Web.Protocol.EventNames;

namespace Overlay.Web.Protocol;

/// <summary>
/// The only code that knows the wire format (protocol.md). Stateless and thread-safe.
/// <see cref="Parse(string)"/> never throws: every bad frame becomes a drop with a reason (§9).
/// </summary>
public sealed class FrameParser
{
    public const int MaxFrameBytes = 1024 * 1024;

    // 64 is System.Text.Json's default too; stated here because §9 makes it a rule, not a library detail.
    private const int MaxDepth = 64;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = MaxDepth };

    public FrameParseResult Parse(string text)
    {
        // Every char is at least one UTF-8 byte, so longer strings are over the limit without counting.
        if (text.Length > MaxFrameBytes)
        {
            return TooLarge;
        }
        var chars = text.AsSpan();
        if (chars.Length > 0 && chars[0] == '\uFEFF')
        {
            chars = chars[1..];
        }
        var first = chars.TrimStart(JsonWhitespace);
        if (!CanStartJson(first.IsEmpty ? -1 : first[0]))
        {
            return NotJson;
        }
        // Encoding.UTF8 replaces a lone surrogate with U+FFFD instead of throwing.
        int byteCount = Encoding.UTF8.GetByteCount(chars);
        if (byteCount > MaxFrameBytes)
        {
            return TooLarge;
        }
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(byteCount, 1));
        try
        {
            int written = Encoding.UTF8.GetBytes(chars, buffer);
            return ParseDocument(buffer.AsMemory(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public FrameParseResult Parse(ReadOnlySpan<byte> utf8)
    {
        // §9: size first, before any work that grows with the frame.
        if (utf8.Length > MaxFrameBytes)
        {
            return TooLarge;
        }
        if (!Utf8.IsValid(utf8))
        {
            return FrameParseResult.Dropped(DropReason.InvalidUtf8, "invalid UTF-8");
        }
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }
        var start = utf8.TrimStart(" \t\r\n"u8);
        if (!CanStartJson(start.IsEmpty ? -1 : start[0]))
        {
            return NotJson;
        }
        // JsonDocument keeps a reference to its input, so it gets a pooled copy that outlives this span.
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(utf8.Length, 1));
        try
        {
            utf8.CopyTo(buffer);
            return ParseDocument(buffer.AsMemory(0, utf8.Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private const string JsonWhitespace = " \t\r\n";

    // A plain-text or HTML answer (an error page, "Too many connections") is not JSON from its first character, so
    // it is dropped before it is copied and handed to the JSON reader.
    private static FrameParseResult NotJson => FrameParseResult.Dropped(DropReason.NotJson, "not valid JSON");

    private static bool CanStartJson(int first) =>
        first is '{' or '[' or '"' or '-' or (>= '0' and <= '9') or 't' or 'f' or 'n';

    private static FrameParseResult TooLarge => FrameParseResult.Dropped(DropReason.TooLarge, "frame over 1 MiB");

    // The one guard per frame (STYLE.md): JsonException from parsing, InvalidOperationException from GetString on
    // a lone-surrogate escape such as "\ud800". Everything after this point sees a well-formed document.
    private static FrameParseResult ParseDocument(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException)
        {
            return ExceedsMaxDepth(utf8.Span)
                ? FrameParseResult.Dropped(DropReason.TooDeep, "nested deeper than 64 levels")
                : NotJson;
        }
        using (document)
        {
            try
            {
                return Route(document.RootElement);
            }
            catch (InvalidOperationException)
            {
                return FrameParseResult.Dropped(DropReason.NotJson, "invalid unicode escape in a string");
            }
        }
    }

    private static FrameParseResult Route(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return FrameParseResult.Dropped(DropReason.NotAnObject, root.ValueKind switch
            {
                JsonValueKind.Array => "frame is an array",
                JsonValueKind.String => "frame is a string",
                JsonValueKind.Number => "frame is a number",
                JsonValueKind.Null => "frame is null",
                _ => "frame is a boolean",
            });
        }
        JsonRead.TryGet(root, "data"u8, out var data);
        bool dataIsObject = data.ValueKind == JsonValueKind.Object;

        // §2: the name is `event`, else data.type; a frame with neither may still be a limit notice.
        var (name, kind) = NameOf(root, "event"u8);
        if (name.Length == 0 && dataIsObject)
        {
            (name, kind) = NameOf(data, "type"u8);
        }
        if (name.Length == 0)
        {
            return LimitNotice(root) ?? FrameParseResult.Dropped(DropReason.MissingEventName, "no event name");
        }

        return kind switch
        {
            Kind.Housekeeping => FrameParseResult.Ignored(name),
            Kind.RoomInfo => EventMapper.RoomInfo(root, data),
            _ when !dataIsObject => FrameParseResult.Dropped(DropReason.MissingData, "data missing or not an object"),
            _ => EventMapper.Map(name, kind, data),
        };
    }

    private static (string Name, Kind Kind) NameOf(JsonElement obj, ReadOnlySpan<byte> property) =>
        JsonRead.TryGet(obj, property, out var value) && value.ValueKind == JsonValueKind.String
            ? Resolve(value)
            : ("", Kind.Unknown);

    // §2 limit notice: no `event`, a top-level `type` naming the limit, and the server closes right after it.
    private static FrameParseResult? LimitNotice(JsonElement root)
    {
        if (JsonRead.TryGet(root, "event"u8, out _)
            || !JsonRead.TryGet(root, "type"u8, out var type) || type.ValueKind != JsonValueKind.String
            || LimitKind(type) is not { } kind)
        {
            return null;
        }
        string message = JsonRead.Text(root, "message"u8, SafeText.TitleMax);
        return FrameParseResult.Parsed(kind, new LimitNoticeEvent(kind, message));
    }

    // Only runs for a frame that already failed. The parser stops at whichever comes first, a syntax error or the
    // 65th level, so replaying the tokens tells the two apart without depending on exception messages.
    private static bool ExceedsMaxDepth(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                    && reader.CurrentDepth >= MaxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
        }
        return false;
    }
}

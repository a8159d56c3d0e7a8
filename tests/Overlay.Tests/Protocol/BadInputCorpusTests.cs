using System.Text;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Protocol;

namespace Overlay.Tests.Protocol;

/// <summary>
/// Hostile frames (protocol.md §9): each one parses with defaults or drops with the right reason, and none throws.
/// A null reason means "parsed or ignored, not dropped".
/// </summary>
public sealed class BadInputCorpusTests
{
    private const string Chat = """{"event":"chat","data":{"type":"chat","comment":"hi"}}""";

    private readonly FrameParser _parser = new();

    // Keyed by a short name, so test names stay readable when a frame is a megabyte long.
    private static readonly Dictionary<string, (string Frame, DropReason? Reason)> Text = new()
    {
        ["empty"] = ("", DropReason.NotJson),
        ["whitespace"] = ("  \n\t ", DropReason.NotJson),
        ["plain text"] = ("hello", DropReason.NotJson),
        ["truncated object"] = ("""{"event":"chat","data":{""", DropReason.NotJson),
        ["trailing comma"] = ("""{"event":"ping",}""", DropReason.NotJson),
        ["comment"] = ("""{"event":"ping"/* hi */}""", DropReason.NotJson),
        ["two objects"] = ("""{"event":"ping"}{"event":"ping"}""", DropReason.NotJson),
        ["NaN literal"] = ("""{"event":"like","data":{"likeCount":NaN}}""", DropReason.NotJson),
        ["single quotes"] = ("{'event':'chat'}", DropReason.NotJson),
        ["array"] = ("""[{"event":"chat"}]""", DropReason.NotAnObject),
        ["string"] = ("\"chat\"", DropReason.NotAnObject),
        ["number"] = ("42", DropReason.NotAnObject),
        ["null"] = ("null", DropReason.NotAnObject),
        ["boolean"] = ("true", DropReason.NotAnObject),
        ["empty object"] = ("{}", DropReason.MissingEventName),
        ["event is a number"] = ("""{"event":5,"data":{}}""", DropReason.MissingEventName),
        ["event is null"] = ("""{"event":null,"data":{}}""", DropReason.MissingEventName),
        ["event is empty"] = ("""{"event":"","data":{"type":""}}""", DropReason.MissingEventName),
        ["event is only control characters"] = ("""{"event":"\u0000\u0001","data":{}}""", DropReason.MissingEventName),
        ["event is an object"] = ("""{"event":{"name":"chat"},"data":{}}""", DropReason.MissingEventName),
        ["data missing"] = ("""{"event":"chat"}""", DropReason.MissingData),
        ["data null"] = ("""{"event":"chat","data":null}""", DropReason.MissingData),
        ["data string"] = ("""{"event":"gift","data":"gift"}""", DropReason.MissingData),
        ["data array"] = ("""{"event":"like","data":[1,2]}""", DropReason.MissingData),
        ["unknown without data"] = ("""{"event":"caption"}""", DropReason.MissingData),
        ["roomInfo without data"] = ("""{"event":"roomInfo"}""", null),
        ["roomInfo with data string"] = ("""{"event":"roomInfo","data":"x","roomInfo":5}""", null),
        ["event null but data.type"] = ("""{"event":null,"data":{"type":"chat"}}""", null),
        ["deep 65"] = (Deep(65), DropReason.TooDeep),
        ["deep 10000"] = (Deep(10_000), DropReason.TooDeep),
        ["deep 10000 objects"] = (string.Concat(Enumerable.Repeat("{\"a\":", 10_000)), DropReason.TooDeep),
        ["deep 64"] = (Deep(64), null),
        ["over 1 MiB"] = (new string(' ', FrameParser.MaxFrameBytes) + Chat, DropReason.TooLarge),
        ["lone high surrogate"] = ("""{"event":"chat","data":{"type":"chat","comment":"\ud800"}}""", DropReason.NotJson),
        ["lone low surrogate in name"] = ("""{"event":"\udc00","data":{}}""", DropReason.NotJson),
        ["lone surrogate in property name"] = ("""{"event":"chat","data":{"\ud800":1}}""", DropReason.NotJson),
        ["escaped event name"] = ("""{"event":"\u0063hat","data":{"comment":"hi"}}""", null),
        ["user wrong type"] = ("""{"event":"chat","data":{"comment":"hi","user":"bob"}}""", null),
        ["user fields wrong types"] = ("""{"event":"chat","data":{"comment":7,"user":{"userId":{},"uniqueId":5,"nickname":[],"profilePictureUrl":3,"followRole":"x","isModerator":"maybe","topGifterRank":"first","level":{}}}}""", null),
        ["user fields null"] = ("""{"event":"chat","data":{"comment":null,"user":{"userId":null,"uniqueId":null,"nickname":null,"profilePictureUrl":null}}}""", null),
        ["gift wrong types"] = ("""{"event":"gift","data":{"giftId":{},"giftName":5,"diamondCount":"abc","repeatCount":[],"repeatEnd":"yes","giftType":"x","groupId":true,"giftPictureUrl":9}}""", null),
        ["negative counts"] = ("""{"event":"gift","data":{"diamondCount":-1,"repeatCount":-100}}""", null),
        ["2^63 counts"] = ("""{"event":"like","data":{"likeCount":9223372036854775808,"totalLikeCount":9223372036854775808}}""", null),
        ["huge exponent"] = ("""{"event":"like","data":{"likeCount":1e999999,"totalLikeCount":-1e999999}}""", null),
        ["2^63 timestamp"] = ("""{"event":"chat","data":{"timestamp":9223372036854775808,"createTime":"-1"}}""", null),
        ["numeric msgId"] = ("""{"event":"chat","data":{"msgId":7437650790064065286}}""", null),
        ["fraction msgId"] = ("""{"event":"chat","data":{"msgId":1.5e300}}""", null),
        ["html comment"] = ("""{"event":"chat","data":{"comment":"<img src=x onerror=alert(1)><script>alert(1)</script>"}}""", null),
        ["rtl and emoji name"] = ("""{"event":"chat","data":{"user":{"nickname":"\u202Eمرحبا 👨‍👩‍👧 \u200B\u2066x"}}}""", null),
        ["bad urls"] = ("""{"event":"gift","data":{"giftPictureUrl":"javascript:alert(1)","user":{"profilePictureUrl":"data:text/html,<script>"}}}""", null),
        ["member action text"] = ("""{"event":"member","data":{"actionId":"abc"}}""", null),
        ["streamEnd action huge"] = ("""{"event":"streamEnd","data":{"action":1e30}}""", null),
        ["limit notice wrong message"] = ("""{"type":"anon_limit","message":{"x":1}}""", null),
        ["limit notice type number"] = ("""{"type":5}""", DropReason.MissingEventName),
        ["100 KB nickname"] = ("""{"event":"chat","data":{"user":{"nickname":""" + "\"" + new string('n', 100_000) + "\"}}}", null),
        ["100 KB of zero-width spaces"] = ("""{"event":"chat","data":{"comment":""" + "\"" + string.Concat(Enumerable.Repeat("\\u200B", 20_000)) + "\"}}", null),
        ["duplicate properties"] = ("""{"event":"chat","event":"gift","data":{"type":"chat"}}""", null),
        ["unpaired surrogate in raw string"] = ("{\"event\":\"chat\",\"data\":{\"comment\":\"\uD800\"}}", null),
    };

    private static readonly Dictionary<string, (byte[] Frame, DropReason? Reason)> Bytes = new()
    {
        ["invalid continuation"] = ([.. "{\"event\":\"chat\",\"data\":{\"comment\":\""u8, 0xC3, 0x28, .. "\"}}"u8], DropReason.InvalidUtf8),
        ["overlong encoding"] = ([.. "{\"event\":\""u8, 0xC0, 0xAF, .. "\"}"u8], DropReason.InvalidUtf8),
        ["encoded surrogate"] = ([.. "{\"event\":\""u8, 0xED, 0xA0, 0x80, .. "\"}"u8], DropReason.InvalidUtf8),
        ["truncated sequence"] = ([.. "{\"event\":\"chat\"}"u8, 0xE2, 0x82], DropReason.InvalidUtf8),
        ["0xFF bytes"] = ([0xFF, 0xFE, 0xFD], DropReason.InvalidUtf8),
        ["binary zeros"] = (new byte[64], DropReason.NotJson),
        ["empty"] = ([], DropReason.NotJson),
        ["over 1 MiB"] = (new byte[FrameParser.MaxFrameBytes + 1], DropReason.TooLarge),
        ["valid chat"] = (Encoding.UTF8.GetBytes(Chat), null),
    };

    public static TheoryData<string> TextFrames => [.. Text.Keys];

    public static TheoryData<string> DroppedTextFrames => [.. Text.Where(t => t.Value.Reason is not null).Select(t => t.Key)];

    public static TheoryData<string> ParsedTextFrames => [.. Text.Where(t => t.Value.Reason is null).Select(t => t.Key)];

    public static TheoryData<string> ByteFrames => [.. Bytes.Keys];

    [Theory]
    [MemberData(nameof(TextFrames))]
    public void Hostile_text_frame_parses_with_defaults_or_drops_with_its_reason(string name)
    {
        var (frame, reason) = Text[name];

        var result = _parser.Parse(frame);

        Assert.True(reason == result.Drop, $"{name}: expected {reason?.ToString() ?? "no drop"}, got {result.Drop?.ToString() ?? "no drop"} ({result.Detail})");
    }

    [Theory]
    [MemberData(nameof(ByteFrames))]
    public void Hostile_byte_frame_parses_with_defaults_or_drops_with_its_reason(string name)
    {
        var (frame, reason) = Bytes[name];

        var result = _parser.Parse(frame);

        Assert.True(reason == result.Drop, $"{name}: expected {reason?.ToString() ?? "no drop"}, got {result.Drop?.ToString() ?? "no drop"} ({result.Detail})");
    }

    [Theory]
    [MemberData(nameof(DroppedTextFrames))]
    public void Dropped_frame_has_a_short_detail_and_no_event(string name)
    {
        var result = _parser.Parse(Text[name].Frame);

        Assert.Equal((null, true), (result.Event, result.Detail is { Length: > 0 and <= 64 }));
    }

    [Theory]
    [MemberData(nameof(ParsedTextFrames))]
    public void Parsed_hostile_frame_holds_only_clean_capped_text(string name)
    {
        var result = _parser.Parse(Text[name].Frame);

        Assert.Null(result.Drop);
        foreach (string text in result.Event is { } evt ? TextsOf(evt) : [])
        {
            Assert.True(text.Length <= 4000, $"{name}: {text.Length} chars");
            Assert.DoesNotContain(text, c => char.IsControl(c) || c is '\u200B' or '\u202E' or '\u2066' or '\uFEFF');
        }
    }

    [Fact]
    public void Html_in_a_comment_is_kept_for_the_renderer_to_encode()
    {
        var result = _parser.Parse("""{"event":"chat","data":{"comment":"<script>alert(1)</script>"}}""");

        Assert.Equal("<script>alert(1)</script>", Assert.IsType<ChatEvent>(result.Event).Comment);
    }

    [Fact]
    public void Huge_numbers_clamp_instead_of_overflowing()
    {
        var result = _parser.Parse("""{"event":"like","data":{"likeCount":9223372036854775808,"totalLikeCount":1e999999}}""");

        var like = Assert.IsType<LikeEvent>(result.Event);
        Assert.Equal((int.MaxValue, long.MaxValue), (like.LikeCount, like.TotalLikeCount));
    }

    [Fact]
    public void Every_truncation_of_a_gift_frame_is_handled_without_throwing()
    {
        var frame = Encoding.UTF8.GetBytes("""{"event":"gift","data":{"type":"gift","msgId":"1","giftId":5655,"giftName":"Rosé 🌹","repeatCount":"3","user":{"uniqueId":"a","nickname":"\u0041\ud83c\udf39"}}}""");

        for (int length = 0; length < frame.Length; length++)
        {
            var result = _parser.Parse(frame.AsSpan(0, length));
            Assert.True(result.Drop is not null || result.Event is not null, $"prefix of {length} bytes");
        }
    }

    [Fact]
    public void Random_byte_mutations_are_handled_without_throwing()
    {
        var original = Encoding.UTF8.GetBytes("""{"event":"chat","data":{"type":"chat","msgId":"9","comment":"héllo \ud83d\udc4b","timestamp":1732478123456,"user":{"userId":1,"uniqueId":"a","isModerator":1}}}""");
        var random = new Random(20261124);
        int handled = 0;

        for (int i = 0; i < 5_000; i++)
        {
            var frame = (byte[])original.Clone();
            for (int flips = random.Next(1, 4); flips > 0; flips--)
            {
                frame[random.Next(frame.Length)] = (byte)random.Next(256);
            }
            var result = _parser.Parse(frame);
            handled += result.Drop is not null || result.Event is not null || result.EventName.Length > 0 ? 1 : 0;
        }

        Assert.Equal(5_000, handled);
    }

    private static string Deep(int depth) =>
        """{"event":"chat","data":{"type":"chat","x":""" + new string('[', depth - 2) + new string(']', depth - 2) + "}}";

    private static IEnumerable<string> TextsOf(OverlayEvent evt)
    {
        var user = evt switch
        {
            ChatEvent e => e.User,
            GiftEvent e => e.User,
            LikeEvent e => e.User,
            MemberEvent e => e.User,
            _ => null,
        };
        if (user is not null)
        {
            yield return user.Id;
            yield return user.UniqueId;
            yield return user.Nickname;
        }
        yield return evt.DedupeId;
        switch (evt)
        {
            case ChatEvent chat:
                yield return chat.Comment;
                break;
            case GiftEvent gift:
                yield return gift.GiftName;
                yield return gift.GiftId;
                yield return gift.GroupId;
                break;
            case LimitNoticeEvent notice:
                yield return notice.Message;
                break;
            case UnknownEvent unknown:
                yield return unknown.Name;
                break;
        }
    }
}

using System.Text;
using Overlay.Tests.Builders;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Protocol;

namespace Overlay.Tests.Protocol;

/// <summary>Frame guards (protocol.md §2, §9), event names (§4) and the base fields every event carries.</summary>
public sealed class FrameParserTests
{
    private readonly FrameParser _parser = new();

    private T Parse<T>(string json) where T : OverlayEvent
    {
        var result = _parser.Parse(json);
        Assert.Null(result.Drop);
        return Assert.IsType<T>(result.Event);
    }

    private static string Nested(int depth) =>
        """{"event":"chat","data":{"type":"chat","x":""" + new string('[', depth - 2) + new string(']', depth - 2) + "}}";

    [Fact]
    public void Text_and_byte_overloads_give_the_same_event()
    {
        var frame = Frames.Chat("hello 👋").From("ana").Id("msg-1");

        Assert.Equal(_parser.Parse(frame), _parser.Parse(frame.Utf8()));
    }

    [Fact]
    public void Frame_over_one_mebibyte_is_dropped_as_too_large_before_parsing()
    {
        string frame = new('{', FrameParser.MaxFrameBytes + 1);

        Assert.Equal(DropReason.TooLarge, _parser.Parse(frame).Drop);
    }

    [Fact]
    public void Frame_of_multibyte_text_over_one_mebibyte_in_utf8_is_too_large()
    {
        string frame = Frames.Chat(new string('é', FrameParser.MaxFrameBytes / 2));

        Assert.Equal(DropReason.TooLarge, _parser.Parse(frame).Drop);
    }

    [Fact]
    public void Byte_frame_over_one_mebibyte_is_too_large_even_when_not_utf8()
    {
        var frame = Enumerable.Repeat((byte)0xFF, FrameParser.MaxFrameBytes + 1).ToArray();

        Assert.Equal(DropReason.TooLarge, _parser.Parse(frame).Drop);
    }

    [Fact]
    public void Frame_of_exactly_one_mebibyte_is_parsed()
    {
        string padding = new('a', FrameParser.MaxFrameBytes - Frames.Chat("").From("ana").ToString().Length);
        var frame = Frames.Chat(padding).From("ana").ToString();

        Assert.Equal(FrameParser.MaxFrameBytes, Encoding.UTF8.GetByteCount(frame));
        Assert.IsType<ChatEvent>(_parser.Parse(frame).Event);
    }

    [Fact]
    public void Invalid_utf8_bytes_are_dropped_as_invalid_utf8()
    {
        byte[] frame = [.. "{\"event\":\"chat\",\"data\":{\"type\":\"chat\",\"comment\":\""u8, 0xC3, 0x28, .. "\"}}"u8];

        Assert.Equal(DropReason.InvalidUtf8, _parser.Parse(frame).Drop);
    }

    [Fact]
    public void Leading_byte_order_mark_is_skipped()
    {
        byte[] frame = [0xEF, 0xBB, 0xBF, .. Frames.Chat("hi").Utf8()];

        Assert.IsType<ChatEvent>(_parser.Parse(frame).Event);
    }

    [Fact]
    public void Leading_byte_order_mark_in_text_is_skipped()
    {
        Assert.IsType<ChatEvent>(_parser.Parse("\uFEFF" + Frames.Chat("hi")).Event);
    }

    [Fact]
    public void Quotes_and_backslashes_survive_the_round_trip()
    {
        Assert.Equal("say \"hi\" C:\\path", Parse<ChatEvent>(Frames.Chat("say \"hi\" C:\\path")).Comment);
    }

    [Fact]
    public void Nesting_of_64_levels_is_parsed()
    {
        Assert.IsType<ChatEvent>(_parser.Parse(Nested(64)).Event);
    }

    [Fact]
    public void Nesting_of_65_levels_is_dropped_as_too_deep()
    {
        Assert.Equal(DropReason.TooDeep, _parser.Parse(Nested(65)).Drop);
    }

    [Fact]
    public void Syntax_error_before_deep_nesting_is_not_json()
    {
        string frame = "{\"a\":}" + new string('[', 100);

        Assert.Equal(DropReason.NotJson, _parser.Parse(frame).Drop);
    }

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("Too many connections")]
    [InlineData("\uFEFF  \r\n x")]
    public void A_frame_that_cannot_start_json_is_dropped_as_not_json_from_text_and_bytes(string frame)
    {
        Assert.Equal((DropReason.NotJson, "not valid JSON"), (_parser.Parse(frame).Drop, _parser.Parse(frame).Detail));
        Assert.Equal(DropReason.NotJson, _parser.Parse(Encoding.UTF8.GetBytes(frame)).Drop);
    }

    [Fact]
    public void Whitespace_before_the_object_is_still_json()
    {
        var frame = " \r\n\t" + Frames.Chat("hi");

        Assert.IsType<ChatEvent>(_parser.Parse(frame).Event);
        Assert.IsType<ChatEvent>(_parser.Parse(Encoding.UTF8.GetBytes(frame)).Event);
    }

    [Fact]
    public void Lone_surrogate_escape_drops_the_frame_without_throwing()
    {
        var result = _parser.Parse("""{"event":"chat","data":{"type":"chat","comment":"\ud800"}}""");

        Assert.Equal(DropReason.NotJson, result.Drop);
    }

    [Fact]
    public void Missing_event_uses_data_type_as_the_name()
    {
        var result = _parser.Parse(Frames.Chat("hi").WithoutTop("event"));

        Assert.Equal(("chat", typeof(ChatEvent)), (result.EventName, result.Event?.GetType()));
    }

    [Fact]
    public void Non_string_event_uses_data_type_as_the_name()
    {
        Assert.IsType<LikeEvent>(_parser.Parse(Frames.Like(1).Top("event", 7)).Event);
    }

    [Fact]
    public void Event_name_matches_ignoring_case()
    {
        var result = _parser.Parse(Frames.Chat("hi").Top("event", "CHAT"));

        Assert.Equal(("chat", typeof(ChatEvent)), (result.EventName, result.Event?.GetType()));
    }

    [Fact]
    public void Event_without_any_name_is_dropped_as_missing_event_name()
    {
        Assert.Equal(DropReason.MissingEventName, _parser.Parse(Frames.Chat("hi").WithoutTop("event").Set("type", "")).Drop);
    }

    [Fact]
    public void Event_without_data_is_dropped_as_missing_data()
    {
        Assert.Equal(DropReason.MissingData, _parser.Parse(Frames.Chat("hi").Top("data", "text")).Drop);
    }

    [Theory]
    [InlineData("ping")]
    [InlineData("pong")]
    [InlineData("_journal")]
    public void Housekeeping_frames_are_ignored_even_without_data(string name)
    {
        var result = _parser.Parse($$"""{"event":"{{name}}"}""");

        Assert.Equal(FrameParseResult.Ignored(name), result);
    }

    [Fact]
    public void Unknown_name_becomes_an_unknown_event()
    {
        Assert.Equal("goalUpdate", Parse<UnknownEvent>(Frames.Event("goalUpdate")).Name);
    }

    [Fact]
    public void Unknown_name_is_sanitised_and_capped()
    {
        var unknown = Parse<UnknownEvent>(Frames.Event("\u202Ebattle\u0000" + new string('x', 500)));

        Assert.Equal("battle" + new string('x', 58), unknown.Name);
    }

    [Fact]
    public void Limit_type_next_to_an_event_name_is_read_as_that_event()
    {
        var result = _parser.Parse(Frames.LimitNotice("anon_limit", "Upgrade").Top("event", "caption"));

        Assert.Equal(DropReason.MissingData, result.Drop);
    }

    [Fact]
    public void Unknown_top_level_type_without_event_is_missing_event_name()
    {
        Assert.Equal(DropReason.MissingEventName, _parser.Parse(Frames.LimitNotice("other_limit", "x")).Drop);
    }

    [Fact]
    public void DedupeId_is_the_msgId()
    {
        Assert.Equal("msg-1", Parse<ChatEvent>(Frames.Chat("hi").Id("msg-1")).DedupeId);
    }

    [Fact]
    public void DedupeId_falls_back_to_transactionId_when_msgId_is_empty()
    {
        // A gift's transactionId is shared by its streak's frames (§10), so the key adds the frame's count and end flag.
        Assert.Equal("tx:tx-9:1:0", Parse<GiftEvent>(Frames.Gift("Rose").Id("").Transaction("tx-9")).DedupeId);
    }

    [Fact]
    public void DedupeId_falls_back_to_messageUuid()
    {
        Assert.Equal("uuid-3", Parse<ChatEvent>(Frames.Chat("hi").Set("messageUuid", "uuid-3")).DedupeId);
    }

    [Fact]
    public void DedupeId_is_empty_when_the_frame_has_no_id()
    {
        Assert.Equal("", Parse<ChatEvent>(Frames.Chat("hi")).DedupeId);
    }

    [Fact]
    public void Numeric_msgId_is_kept_as_its_exact_digits()
    {
        Assert.Equal("7437650790064065286", Parse<ChatEvent>(Frames.Chat("hi").Set("msgId", 7437650790064065286)).DedupeId);
    }

    [Fact]
    public void SentAt_comes_from_timestamp_in_milliseconds()
    {
        var sentAt = new DateTimeOffset(2026, 11, 24, 20, 0, 0, 123, TimeSpan.Zero);

        Assert.Equal(sentAt, Parse<ChatEvent>(Frames.Chat("hi").At(sentAt)).SentAt);
    }

    [Fact]
    public void SentAt_falls_back_to_createTime_as_a_string()
    {
        var chat = Parse<ChatEvent>(Frames.Chat("hi").Set("createTime", "1732478123456"));

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1732478123456), chat.SentAt);
    }

    [Fact]
    public void SentAt_out_of_range_is_null()
    {
        Assert.Null(Parse<ChatEvent>(Frames.Chat("hi").Set("timestamp", long.MaxValue)).SentAt);
    }

    [Fact]
    public void Drop_detail_never_quotes_the_frame()
    {
        const string secret = "tk_secret_key_value";

        var result = _parser.Parse($$"""{"event":"chat","data":"{{secret}}",""");

        Assert.DoesNotContain(secret, result.Detail);
    }
}

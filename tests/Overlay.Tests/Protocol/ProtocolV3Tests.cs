using Overlay.Web.Events;
using Overlay.Web.Protocol;

namespace Overlay.Tests.Protocol;

/// <summary>protocol.md §10 (schema v3): the provider's examples verbatim, then their broken variants.</summary>
public sealed class ProtocolV3Tests
{
    private readonly FrameParser _parser = new();

    private T Parse<T>(string json) where T : OverlayEvent
    {
        var result = _parser.Parse(json);
        Assert.Null(result.Drop);
        return Assert.IsType<T>(result.Event);
    }

    [Fact]
    public void ImDelete_example_names_the_deleted_message()
    {
        var deleted = Parse<ChatDeletedEvent>("""{"event":"imDelete","data":{"type":"imDelete","deletedMsgId":"7648470148944628496","protoVersion":3}}""");

        Assert.Equal("7648470148944628496", deleted.DeletedMsgId);
    }

    [Theory]
    [InlineData("""{"event":"imDelete","data":{"type":"imDelete"}}""")]
    [InlineData("""{"event":"imDelete","data":{"type":"imDelete","deletedMsgId":null}}""")]
    [InlineData("""{"event":"imDelete","data":{"type":"imDelete","deletedMsgId":""}}""")]
    [InlineData("""{"event":"imDelete","data":{"type":"imDelete","deletedMsgId":{"x":1}}}""")]
    public void ImDelete_without_an_id_is_ignored(string json)
    {
        var result = _parser.Parse(json);

        Assert.Null(result.Drop);
        Assert.Null(result.Event);
    }

    [Fact]
    public void ImDelete_with_a_numeric_id_keeps_it_as_text()
    {
        Assert.Equal("7648470148944628496",
            Parse<ChatDeletedEvent>("""{"event":"imDelete","data":{"deletedMsgId":7648470148944628496}}""").DeletedMsgId);
    }

    [Fact]
    public void Chat_carries_its_msg_id_message_uuid_and_language()
    {
        var chat = Parse<ChatEvent>("""{"event":"chat","data":{"type":"chat","msgId":"111","messageUuid":"uuid-1","language":"pt","comment":"oi","protoVersion":3}}""");

        Assert.Equal(("111", "uuid-1", "pt"), (chat.MsgId, chat.MessageUuid, chat.Language));
    }

    [Fact]
    public void StreamEnd_v32_without_action_is_an_end_that_asks_to_reconnect()
    {
        var end = Parse<StreamEndEvent>("""{"event":"streamEnd","data":{"type":"streamEnd","uniqueId":"sdmdq","reason":"creator_offline","reconnect":true,"closeCode":4005}}""");

        Assert.Null(end.Action);
        Assert.True(end.Reconnect);
        Assert.Equal("creator_offline", end.Reason);
    }

    [Theory]
    [InlineData("""{"event":"streamEnd","data":{"action":1}}""")]
    [InlineData("""{"event":"streamEnd","data":{"action":2,"reconnect":true}}""")]
    [InlineData("""{"event":"control","data":{"action":"2"}}""")]
    public void Pause_and_resume_are_still_not_ends(string json)
    {
        Assert.Null(_parser.Parse(json).Event);
    }

    [Theory]
    [InlineData("""{"event":"streamEnd","data":{"action":null,"reconnect":"yes"}}""", false)]
    [InlineData("""{"event":"streamEnd","data":{"reconnect":1}}""", true)]
    [InlineData("""{"event":"streamEnd","data":{}}""", false)]
    public void StreamEnd_without_a_usable_action_is_an_end_and_tolerates_odd_types(string json, bool reconnect)
    {
        var end = Parse<StreamEndEvent>(json);

        Assert.Null(end.Action);
        Assert.Equal(reconnect, end.Reconnect);
    }

    [Fact]
    public void Gift_v3_fields_give_fan_days_sender_fallback_and_a_transaction_key()
    {
        var gift = Parse<GiftEvent>("""
            {"event":"gift","data":{"type":"gift","msgId":"m1","transactionId":"tx9","senderUserId":"42","giftId":5655,"giftName":"Rose",
             "repeatCount":3,"repeatEnd":false,"relationship":{"joinDayNumber":131,"fromUser":"a","toUser":"b"},"user":{"nickname":"No Id"}}}
            """);

        Assert.Equal("42", gift.User.Id);
        Assert.Equal(131, gift.FanDays);
        Assert.Equal("m1", gift.DedupeId);
        Assert.Equal("tx:tx9:3:0", gift.AltDedupeId);
    }

    [Fact]
    public void Gift_frames_of_one_streak_share_a_transaction_but_not_a_key()
    {
        var first = Parse<GiftEvent>("""{"event":"gift","data":{"transactionId":"tx9","giftId":1,"repeatCount":1}}""");
        var second = Parse<GiftEvent>("""{"event":"gift","data":{"transactionId":"tx9","giftId":1,"repeatCount":2}}""");
        var end = Parse<GiftEvent>("""{"event":"gift","data":{"transactionId":"tx9","giftId":1,"repeatCount":2,"repeatEnd":true}}""");

        Assert.Equal(3, new[] { first.DedupeId, second.DedupeId, end.DedupeId }.Distinct().Count());
    }

    [Theory]
    [InlineData("\"day 5\"")]
    [InlineData("""{"joinDayNumber":"x"}""")]
    [InlineData("null")]
    [InlineData("[131]")]
    public void Gift_with_a_broken_relationship_has_no_fan_days(string relationship)
    {
        var gift = Parse<GiftEvent>("""{"event":"gift","data":{"giftId":1,"relationship":""" + relationship + "}}");

        Assert.Null(gift.FanDays);
    }

    [Fact]
    public void User_pay_grade_is_the_level_when_level_is_missing()
    {
        var chat = Parse<ChatEvent>("""{"event":"chat","data":{"comment":"x","user":{"uniqueId":"a","payGrade":27}}}""");

        Assert.Equal(27, chat.User.Level);
    }

    [Fact]
    public void Member_carries_where_the_viewer_came_from()
    {
        var member = Parse<MemberEvent>("""{"event":"member","data":{"actionId":1,"actionCode":"live_room_enter","entrySource":"homepage_hot-live_cell","entryAction":"draw","entryType":"rec","user":{"uniqueId":"v"}}}""");

        Assert.Equal(("homepage_hot-live_cell", "draw"), (member.EntrySource, member.EntryAction));
    }

    [Fact]
    public void Caption_example_is_a_final_line()
    {
        var caption = Parse<CaptionEvent>("""{"event":"caption","data":{"type":"caption","text":"Hello everyone welcome to the stream","isFinal":true,"startedAtMs":1780798747292,"endsAtMs":1780798748292,"protoVersion":3}}""");

        Assert.Equal("Hello everyone welcome to the stream", caption.Text);
        Assert.True(caption.IsFinal);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1780798747292), caption.StartedAt);
    }

    [Fact]
    public void Caption_text_is_cleaned_like_chat()
    {
        var caption = Parse<CaptionEvent>("{\"event\":\"caption\",\"data\":{\"text\":\"<script>x</script>\\u0007\\u202e" + new string('a', 2000) + "\",\"isFinal\":\"1\"}}");

        Assert.StartsWith("<script>x</script>", caption.Text);
        Assert.DoesNotContain('\u0007', caption.Text);
        Assert.True(caption.Text.Length <= 520);
        Assert.True(caption.IsFinal);
    }

    [Theory]
    [InlineData(1, BattleStatus.Active)]
    [InlineData(2, BattleStatus.Starting)]
    [InlineData(3, BattleStatus.Ended)]
    [InlineData(4, BattleStatus.Preparing)]
    [InlineData(9, BattleStatus.Unknown)]
    public void Battle_status_follows_the_v3_meaning(int status, BattleStatus expected)
    {
        var battle = Parse<BattleEvent>("""{"event":"battle","data":{"battleId":"b1","status":""" + status + ""","battleDuration":300}}""");

        Assert.Equal(new BattleEvent("b1", expected, 300), battle with { DedupeId = "", SentAt = null });
    }

    [Fact]
    public void Battle_armies_give_both_teams_with_mvp_first_and_the_last_gift()
    {
        var armies = Parse<BattleArmiesEvent>("""
            {"event":"battleArmies","data":{"battleId":"b1","matchId":"m","sessionId":"s","serverTsMs":1780798747292,"durationSec":300,"secsRemaining":120,
             "transactionId":"t5","lastGift":{"gifterUserId":"u9","giftId":5655,"count":1,"diamondCount":1,"repeatCount":7,"giftPictureUrl":"https://p.example/rose.png"},
             "hosts":[{"hostUserId":"h0","teamTotalScore":1500,"teamIdx":0,"contributors":[{"userId":"a","score":900,"nickname":"Ana"},{"userId":"b","score":600,"nickname":"Bo"}]},
                      {"hostUserId":"h1","teamTotalScore":"2100","teamIdx":1,"contributors":[]}]}}
            """);

        Assert.Equal(120, armies.SecondsRemaining);
        Assert.Equal([(0, 1500L), (1, 2100L)], armies.Hosts.Select(h => (h.Team, h.TeamScore)));
        Assert.Equal(["Ana", "Bo"], armies.Hosts[0].Contributors.Select(c => c.Nickname));
        Assert.Equal(7, armies.LastGift?.RepeatCount);
        Assert.Equal("ba:t5:7", armies.DedupeId);
    }

    [Fact]
    public void Battle_armies_cap_hosts_and_contributors_and_skip_junk()
    {
        var contributors = string.Join(",", Enumerable.Range(0, 50).Select(i => $$"""{"userId":"{{i}}","score":{{i}}}"""));
        var hosts = string.Join(",", Enumerable.Range(0, 30).Select(i => $$"""{"hostUserId":"h{{i}}","teamIdx":{{i % 2}},"contributors":[7,null,{{contributors}}]}"""));

        var armies = Parse<BattleArmiesEvent>("""{"event":"battleArmies","data":{"hosts":["x",null,""" + hosts + """],"lastGift":"nope"}}""");

        Assert.Equal(BattleMapper.MaxHosts, armies.Hosts.Count);
        Assert.All(armies.Hosts, h => Assert.Equal(BattleMapper.MaxContributors, h.Contributors.Count));
        Assert.Null(armies.LastGift);
    }

    [Theory]
    [InlineData("""{"event":"battleArmies","data":{"hosts":"many"}}""")]
    [InlineData("""{"event":"battleArmies","data":{"hosts":[{"teamIdx":"left","teamTotalScore":-5}]}}""")]
    [InlineData("""{"event":"battle","data":{"status":"active"}}""")]
    [InlineData("""{"event":"battleItemCard","data":{"multiplier":"x2"}}""")]
    [InlineData("""{"event":"linkMicOpponentGift","data":{"user":7}}""")]
    public void Broken_battle_frames_parse_with_defaults(string json)
    {
        var result = _parser.Parse(json);

        Assert.Null(result.Drop);
        Assert.NotNull(result.Event);
    }

    [Fact]
    public void Booster_and_opponent_gift_are_their_own_events()
    {
        var booster = Parse<BattleBoosterEvent>("""{"event":"battleItemCard","data":{"effect":"booster_x2","multiplier":2,"senderNickname":"Ana","durationSec":30,"iconUrl":"https://p.example/x2.png"}}""");
        var opponent = Parse<OpponentGiftEvent>("""{"event":"linkMicOpponentGift","data":{"giftId":1,"giftName":"Rose","diamondCount":1,"repeatCount":5,"user":{"uniqueId":"other"}}}""");

        Assert.Equal(("booster_x2", 2), (booster.Effect, booster.Multiplier));
        Assert.Equal(5, opponent.RepeatCount);
    }
}

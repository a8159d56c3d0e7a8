using Overlay.Web.Events;
using Overlay.Web.Protocol;

namespace Overlay.Tests.Protocol;

/// <summary>Every example frame in protocol.md, verbatim, through the real parser.</summary>
public sealed class ProtocolExampleTests
{
    private readonly FrameParser _parser = new();

    private T Parse<T>(string json) where T : OverlayEvent
    {
        var result = _parser.Parse(json);
        Assert.Null(result.Drop);
        return Assert.IsType<T>(result.Event);
    }

    [Fact]
    public void Limit_notice_example_gives_kind_and_message()
    {
        var notice = Parse<LimitNoticeEvent>("""{"type":"session_limit","message":"Session limit reached","upgrade_url":"https://tik.tools/pricing","sessionMaxMs":7200000}""");

        Assert.Equal(new LimitNoticeEvent("session_limit", "Session limit reached"), notice);
    }

    [Fact]
    public void User_object_example_is_read_field_by_field()
    {
        const string user = """{"uniqueId":"viewer123","nickname":"Cool Viewer 🌸","userId":"6892636847263982593","profilePictureUrl":"https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/abc~c5_100x100.webp","followRole":1,"userBadges":[],"isModerator":false,"isSubscriber":false,"isNewGifter":false,"topGifterRank":null,"level":12}""";

        var chat = Parse<ChatEvent>($$$"""{"event":"chat","data":{"type":"chat","comment":"hi","user":{{{user}}}}}""");

        Assert.Equal(
            new ViewerUser("6892636847263982593", "viewer123", "Cool Viewer 🌸",
                "https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/abc~c5_100x100.webp",
                FollowRole: 1, IsModerator: false, IsSubscriber: false, IsNewGifter: false, TopGifterRank: null, Level: 12),
            chat.User);
    }

    [Fact]
    public void RoomInfo_example_gives_room_title_counts_and_host()
    {
        var room = Parse<RoomInfoEvent>("""{"event":"roomInfo","roomId":"7437612345678901234","uniqueId":"streamer","roomInfo":{"title":"Friday chill","user_count":1234,"like_count":5678,"owner":{"nickname":"Streamer","uniqueId":"streamer"}}}""");

        Assert.Equal(new RoomInfoEvent("7437612345678901234", "Friday chill", 1234, 5678, "Streamer"), room);
    }

    [Fact]
    public void RoomInfo_variant_with_fields_under_data_gives_room_id()
    {
        var room = Parse<RoomInfoEvent>("""{"event":"roomInfo","data":{"roomId":"7437612345678901234","wsHost":"…","clusterRegion":"…","connectedAt":"2026-11-24T20:00:00Z"}}""");

        Assert.Equal(new RoomInfoEvent("7437612345678901234", "", null, null, ""), room);
    }

    [Fact]
    public void Chat_example_keeps_emoji_and_markup_literally()
    {
        var chat = Parse<ChatEvent>("""{"event":"chat","data":{"type":"chat","msgId":"7437650790064065286","comment":"hello 👋 <b>hi</b>","user":{"uniqueId":"viewer123","nickname":"Cool Viewer","userId":"6892636847263982593"},"emotes":[]}}""");

        Assert.Equal(new ChatEvent(new ViewerUser("6892636847263982593", "viewer123", "Cool Viewer", null), "hello 👋 <b>hi</b>")
        {
            DedupeId = "7437650790064065286",
            MsgId = "7437650790064065286",
        }, chat);
    }

    [Fact]
    public void Gift_example_gives_every_gift_field()
    {
        var gift = Parse<GiftEvent>("""{"event":"gift","data":{"type":"gift","msgId":"7437651190944230150","giftId":5655,"giftName":"Rose","diamondCount":1,"repeatCount":3,"repeatEnd":false,"giftType":1,"groupId":"1732478123456","giftPictureUrl":"https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/rose.png","user":{"uniqueId":"gifter","nickname":"Gift Sender","userId":"7044640112358049000"}}}""");

        Assert.Equal(new GiftEvent(
            new ViewerUser("7044640112358049000", "gifter", "Gift Sender", null),
            GiftId: "5655", GiftName: "Rose", DiamondCount: 1, RepeatCount: 3, RepeatEnd: false, GiftType: 1,
            GroupId: "1732478123456", PictureUrl: "https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/rose.png")
        {
            DedupeId = "7437651190944230150",
        }, gift);
    }

    [Fact]
    public void Like_example_gives_batch_and_room_total()
    {
        var like = Parse<LikeEvent>("""{"event":"like","data":{"type":"like","likeCount":15,"totalLikeCount":5678,"user":{"uniqueId":"liker","nickname":"Like Fan"}}}""");

        Assert.Equal(new LikeEvent(new ViewerUser("", "liker", "Like Fan", null), 15, 5678), like);
    }

    [Fact]
    public void Member_example_is_a_join()
    {
        var member = Parse<MemberEvent>("""{"event":"member","data":{"type":"member","actionId":1,"user":{"uniqueId":"new_viewer","nickname":"New Viewer"}}}""");

        Assert.Equal("New Viewer", member.User.DisplayName);
    }

    [Fact]
    public void Follow_example_is_a_follow()
    {
        var follow = Parse<FollowEvent>("""{"event":"follow","data":{"type":"follow","user":{"uniqueId":"new_follower","nickname":"New Follower"}}}""");

        Assert.Equal("new_follower", follow.User.UniqueId);
    }

    [Fact]
    public void Share_example_is_a_share()
    {
        var share = Parse<ShareEvent>("""{"event":"share","data":{"type":"share","user":{"uniqueId":"sharer","nickname":"Share User"}}}""");

        Assert.Equal("sharer", share.User.UniqueId);
    }

    [Fact]
    public void Social_example_with_action_follow_is_a_follow()
    {
        var follow = Parse<FollowEvent>("""{"event":"social","data":{"type":"social","action":"follow","user":{"uniqueId":"new_follower"}}}""");

        Assert.Equal("new_follower", follow.User.DisplayName);
    }

    [Fact]
    public void Subscribe_example_gives_sub_month()
    {
        var subscribe = Parse<SubscribeEvent>("""{"event":"subscribe","data":{"type":"subscribe","subMonth":1,"user":{"uniqueId":"subscriber","nickname":"Subscriber"}}}""");

        Assert.Equal(1, subscribe.SubMonth);
    }

    [Fact]
    public void RoomUserSeq_example_gives_viewer_count()
    {
        var viewers = Parse<ViewerCountEvent>("""{"event":"roomUserSeq","data":{"type":"roomUserSeq","viewerCount":1234,"topViewers":[{"user":{"uniqueId":"top1","nickname":"Top Fan"},"coinCount":500}]}}""");

        Assert.Equal(1234, viewers.ViewerCount);
    }

    [Theory]
    [InlineData("""{"event":"streamEnd","data":{"type":"streamEnd","action":3}}""")]
    [InlineData("""{"event":"control","data":{"type":"control","action":3}}""")]
    public void StreamEnd_and_control_examples_end_the_stream(string frame)
    {
        var end = Parse<StreamEndEvent>(frame);

        Assert.Equal(3, end.Action);
    }

    [Fact]
    public void Emote_example_gives_a_sticker_with_its_image_and_sender()
    {
        var emote = Parse<EmoteEvent>("""{"event":"emote","data":{"type":"emote","emoteId":"7012345","emoteUrl":"https://p19-webcast.tiktokcdn.com/emote.png","user":{"uniqueId":"emoter"}}}""");

        Assert.Equal(("https://p19-webcast.tiktokcdn.com/emote.png", "emoter"), (emote.ImageUrl, emote.User.UniqueId));
    }

    [Theory]
    [InlineData("""{"event":"emoteChat","data":{"emoteImageUrl":"https://example.com/e.png","user":{"uniqueId":"emoter"}}}""", "https://example.com/e.png")]
    [InlineData("""{"event":"emote","data":{"emoteUrl":"javascript:alert(1)","user":{"uniqueId":"emoter"}}}""", null)]
    [InlineData("""{"event":"emote","data":{"emoteUrl":"/relative.png","user":{"uniqueId":"emoter"}}}""", null)]
    public void Emote_keeps_only_an_absolute_http_image_url(string frame, string? expected)
    {
        var emote = Parse<EmoteEvent>(frame);

        Assert.Equal(expected, emote.ImageUrl);
    }

    [Theory]
    [InlineData("""{"event":"envelope","data":{"type":"envelope","coins":100,"canOpen":5,"timestamp":1732478123}}""", "envelope")]
    [InlineData("""{"event":"questionNew","data":{"type":"questionNew","questionText":"When did you start streaming?","user":{"uniqueId":"curious_viewer"}}}""", "questionNew")]
    public void Optional_widget_examples_are_unknown_events(string frame, string name)
    {
        var unknown = Parse<UnknownEvent>(frame);

        Assert.Equal(name, unknown.Name);
    }
}

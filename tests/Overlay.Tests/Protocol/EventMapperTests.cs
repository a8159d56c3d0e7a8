using Overlay.Tests.Builders;
using Overlay.Web.Events;
using Overlay.Web.Protocol;

namespace Overlay.Tests.Protocol;

/// <summary>How each event's data becomes its record (protocol.md §4).</summary>
public sealed class EventMapperTests
{
    private readonly FrameParser _parser = new();

    private T Parse<T>(string json) where T : OverlayEvent
    {
        var result = _parser.Parse(json);
        Assert.Null(result.Drop);
        return Assert.IsType<T>(result.Event);
    }

    private void AssertIgnored(string json, string name) => Assert.Equal(FrameParseResult.Ignored(name), _parser.Parse(json));

    [Fact]
    public void RoomInfo_prefers_top_level_room_id_over_data()
    {
        var room = Parse<RoomInfoEvent>(Frames.RoomInfo("room-top").Top("data", new System.Text.Json.Nodes.JsonObject { ["roomId"] = "room-data" }));

        Assert.Equal("room-top", room.RoomId);
    }

    [Fact]
    public void RoomInfo_without_counts_has_null_counts()
    {
        var room = Parse<RoomInfoEvent>(Frames.RoomInfo("room-1", "Title"));

        Assert.Equal((null, null), (room.ViewerCount, room.LikeCount));
    }

    [Fact]
    public void RoomInfo_title_is_capped_at_200_text_elements()
    {
        var room = Parse<RoomInfoEvent>(Frames.RoomInfo("room-1", new string('t', 300)));

        Assert.Equal(200, room.Title.Length);
    }

    [Fact]
    public void Gift_id_given_as_a_string_is_kept()
    {
        Assert.Equal("5655", Parse<GiftEvent>(Frames.Gift("Rose").Set("giftId", "5655")).GiftId);
    }

    [Fact]
    public void Gift_without_giftType_has_null_type_and_is_streakable()
    {
        var gift = Parse<GiftEvent>(Frames.Gift("Rose").Without("giftType"));

        Assert.Equal((null, true), (gift.GiftType, gift.IsStreakable));
    }

    [Fact]
    public void Single_gift_has_giftType_2_and_is_not_streakable()
    {
        var gift = Parse<GiftEvent>(Frames.Gift("Universe", giftId: 7934, diamonds: 34999).Single());

        Assert.Equal((2, false), (gift.GiftType, gift.IsStreakable));
    }

    [Fact]
    public void Gift_without_repeatCount_counts_one()
    {
        Assert.Equal(1, Parse<GiftEvent>(Frames.Gift("Rose").Without("repeatCount")).RepeatCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Gift_repeatCount_below_one_counts_one(int repeatCount)
    {
        Assert.Equal(1, Parse<GiftEvent>(Frames.Gift("Rose").Repeat(repeatCount)).RepeatCount);
    }

    [Fact]
    public void Gift_streak_end_group_and_count_are_read()
    {
        var gift = Parse<GiftEvent>(Frames.Gift("Rose").From("ana").Repeat(5).Ended().Group("g1"));

        Assert.Equal((5, true, "g1", "ana"), (gift.RepeatCount, gift.RepeatEnd, gift.GroupId, gift.User.UniqueId));
    }

    [Fact]
    public void Gift_picture_that_is_not_http_is_null()
    {
        Assert.Null(Parse<GiftEvent>(Frames.Gift("Rose").Picture("javascript:alert(1)")).PictureUrl);
    }

    [Fact]
    public void Like_total_falls_back_to_totalLikes()
    {
        Assert.Equal(5678, Parse<LikeEvent>(Frames.Like(15).Set("totalLikes", 5678)).TotalLikeCount);
    }

    [Fact]
    public void Like_without_total_has_null_total()
    {
        Assert.Null(Parse<LikeEvent>(Frames.Like(15)).TotalLikeCount);
    }

    [Fact]
    public void Member_without_action_is_a_join()
    {
        Assert.Equal("ana", Parse<MemberEvent>(Frames.Member().From("ana")).User.UniqueId);
    }

    [Fact]
    public void Member_with_action_alias_1_is_a_join()
    {
        Assert.IsType<MemberEvent>(_parser.Parse(Frames.Member().Set("action", 1)).Event);
    }

    [Fact]
    public void Member_with_actionId_3_is_ignored_not_dropped()
    {
        AssertIgnored(Frames.Member(actionId: 3).From("ana"), "member");
    }

    [Theory]
    [InlineData("follow", typeof(FollowEvent))]
    [InlineData("Share", typeof(ShareEvent))]
    [InlineData("unfollow", typeof(UnknownEvent))]
    public void Social_action_picks_follow_or_share(string action, Type expected)
    {
        Assert.IsType(expected, _parser.Parse(Frames.Social(action).From("ana")).Event);
    }

    [Fact]
    public void Social_falls_back_to_eventType()
    {
        Assert.IsType<ShareEvent>(_parser.Parse(Frames.Event("social").Set("eventType", "share")).Event);
    }

    [Fact]
    public void Social_falls_back_to_displayType_containing_follow()
    {
        Assert.IsType<FollowEvent>(_parser.Parse(Frames.Event("social").Set("displayType", "pm_mt_msg_viewer_follow")).Event);
    }

    [Fact]
    public void Social_that_matches_nothing_is_unknown_social()
    {
        Assert.Equal("social", Parse<UnknownEvent>(Frames.Event("social").Set("displayType", "pm_main_like")).Name);
    }

    [Fact]
    public void Subscribe_without_subMonth_has_zero_months()
    {
        Assert.Equal(0, Parse<SubscribeEvent>(Frames.Subscribe().From("ana")).SubMonth);
    }

    [Fact]
    public void Follow_and_share_carry_their_user()
    {
        Assert.Equal(("ana", "bo"), (Parse<FollowEvent>(Frames.Follow().From("ana")).User.UniqueId, Parse<ShareEvent>(Frames.Share().From("bo")).User.UniqueId));
    }

    [Theory]
    [InlineData("roomUser")]
    [InlineData("viewer_count")]
    public void Viewer_count_aliases_give_viewer_count(string name)
    {
        Assert.Equal(99, Parse<ViewerCountEvent>(Frames.Event(name).Set("viewerCount", 99)).ViewerCount);
    }

    [Fact]
    public void Viewer_count_prefers_viewerCount_over_totalViewers()
    {
        Assert.Equal(1234, Parse<ViewerCountEvent>(Frames.ViewerCount(1234).Set("totalViewers", 99999)).ViewerCount);
    }

    [Fact]
    public void Viewer_count_falls_back_to_totalViewers()
    {
        Assert.Equal(99999, Parse<ViewerCountEvent>(Frames.Event("roomUserSeq").Set("totalViewers", 99999)).ViewerCount);
    }

    [Fact]
    public void Viewer_count_frame_without_any_count_is_ignored()
    {
        AssertIgnored(Frames.Event("roomUserSeq"), "roomUserSeq");
    }

    [Fact]
    public void Stream_end_by_platform_is_action_4()
    {
        Assert.Equal(4, Parse<StreamEndEvent>(Frames.StreamEnd(4)).Action);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Stream_pause_and_resume_are_ignored(int action)
    {
        AssertIgnored(Frames.StreamEnd(action), "streamEnd");
    }

    [Fact]
    public void Limit_notice_kind_matches_ignoring_case()
    {
        Assert.Equal("demo_limit", Parse<LimitNoticeEvent>(Frames.LimitNotice("DEMO_LIMIT", "Demo over")).Kind);
    }
}

using Overlay.Web.Events;

namespace Overlay.Web.EventApi;

/// <summary>
/// From what the EventHub publishes (after dedupe and combo rules) to the public event shapes. Gifts arrive as
/// combos only (Pipeline/GiftComboTracker; EventRules never publishes a raw gift frame); limit notices and unknown
/// events stay internal (a notice's text is the provider's, not the stream's).
/// </summary>
public static class ApiEventMapper
{
    /// <summary>The event and its <c>type</c>, or null for events the API does not carry.</summary>
    public static (string Type, ApiMessage Message)? Map(OverlayEvent evt, DateTimeOffset now)
    {
        (string, ApiEvent)? mapped = evt switch
        {
            ChatEvent e => (ApiEventTypes.Chat, new ApiChat(User(e.User), e.Comment, e.MessageUuid, e.Language)),
            EmoteEvent e => (ApiEventTypes.Emote, new ApiEmote(User(e.User), e.ImageUrl)),
            GiftComboEvent { Phase: ComboPhase.Finished } g =>
                (ApiEventTypes.Gift, new ApiGift(User(g.User), g.GiftId, g.GiftName, g.PictureUrl, g.DiamondsEach, g.Count, g.Diamonds)),
            GiftComboEvent { Phase: ComboPhase.Pending } g =>
                (ApiEventTypes.GiftStreak, new ApiGiftStreak(User(g.User), g.GiftId, g.GiftName, g.PictureUrl, g.DiamondsEach, g.Count, g.Diamonds)),
            GiftComboEvent { Phase: ComboPhase.LateTopUp } g =>
                (ApiEventTypes.GiftTopUp, new ApiGiftTopUp(User(g.User), g.GiftId, g.GiftName, g.PictureUrl, g.DiamondsEach, g.Count, g.Diamonds, g.AddedCount)),
            LikeEvent e => (ApiEventTypes.Like, new ApiLike(User(e.User), e.LikeCount, e.TotalLikeCount)),
            FollowEvent e => (ApiEventTypes.Follow, new ApiFollow(User(e.User))),
            ShareEvent e => (ApiEventTypes.Share, new ApiShare(User(e.User))),
            MemberEvent e => (ApiEventTypes.Join, new ApiJoin(User(e.User))),
            SubscribeEvent e => (ApiEventTypes.Subscribe, new ApiSubscribe(User(e.User), e.SubMonth)),
            ViewerCountEvent e => (ApiEventTypes.ViewerCount, new ApiViewerCount(e.ViewerCount)),
            RoomInfoEvent e => (ApiEventTypes.RoomInfo, new ApiRoomInfo(e.RoomId, e.Title, e.ViewerCount, e.LikeCount, e.HostNickname)),
            StreamEndEvent e => (ApiEventTypes.StreamEnd, new ApiStreamEnd(e.Action, e.Reason)),
            ChatDeletedEvent e => (ApiEventTypes.ChatDeleted, new ApiChatDeleted(e.DeletedMsgId)),
            CaptionEvent e => (ApiEventTypes.Caption, new ApiCaption(e.Text, e.IsFinal)),
            BattleEvent e => (ApiEventTypes.Battle, new ApiBattle(e.BattleId, e.Status.ToString().ToLowerInvariant(), e.DurationSeconds)),
            BattleArmiesEvent e => (ApiEventTypes.BattleScore, new ApiBattleScore(
                e.BattleId, e.Hosts.Where(h => h.Team == 0).Sum(h => h.TeamScore), e.Hosts.Where(h => h.Team == 1).Sum(h => h.TeamScore),
                e.SecondsRemaining)),
            BattleBoosterEvent e => (ApiEventTypes.BattleBooster, new ApiBattleBooster(e.Effect, e.Multiplier, e.SenderNickname, e.DurationSeconds, e.IconUrl)),
            _ => null,
        };
        if (mapped is not var (type, message))
        {
            return null;
        }
        return (type, message with { Timestamp = now, Id = evt.DedupeId, SentAt = evt.SentAt, Backlog = evt.IsBacklog });
    }

    private static ApiUser User(ViewerUser u) =>
        new(u.Id, u.UniqueId, u.Nickname, u.AvatarUrl, u.IsModerator, u.IsSubscriber, u.FollowRole);
}

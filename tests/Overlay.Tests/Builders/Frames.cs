using System.Text;
using System.Text.Json.Nodes;
using Overlay.Web.Protocol;

namespace Overlay.Tests.Builders;

/// <summary>
/// Builders for upstream WIRE frames (protocol.md §2–§4), so tests feed JSON text through the real parser:
/// <c>Frames.Gift("Rose").From("ana").Repeat(5).Ended()</c>. A builder converts implicitly to its JSON string.
/// Builders are mutable: make a new one per frame. Nothing is added unless asked, e.g. no user without From(...).
/// The envelope, the user object, roomInfo and the serialisation are <see cref="WireFrameWriter"/>'s, the app's own.
/// </summary>
public static class Frames
{
    /// <summary>A chat frame with this comment.</summary>
    public static ChatFrame Chat(string comment) => new(comment);

    /// <summary>One gift frame: giftType 1 (streakable), repeatCount 1, repeatEnd false until changed.</summary>
    public static GiftFrame Gift(string giftName, long giftId = 5655, int diamonds = 1) => new(giftName, giftId, diamonds);

    /// <summary>A like frame for this batch of taps; add the room total with Total(...).</summary>
    public static LikeFrame Like(int likeCount) => new(likeCount);

    /// <summary>A member (viewer joined) frame; actionId is left out unless given (§4: missing = join).</summary>
    public static UserEventFrame Member(int? actionId = null) => new UserEventFrame("member").SetIf("actionId", actionId);

    /// <summary>A follow frame.</summary>
    public static UserEventFrame Follow() => new("follow");

    /// <summary>A share frame.</summary>
    public static UserEventFrame Share() => new("share");

    /// <summary>A social frame with this action ("follow", "share", or anything else for an Unknown).</summary>
    public static UserEventFrame Social(string action) => new UserEventFrame("social").Set("action", action);

    /// <summary>A subscribe frame; subMonth is left out unless given.</summary>
    public static UserEventFrame Subscribe(int? subMonth = null) => new UserEventFrame("subscribe").SetIf("subMonth", subMonth);

    /// <summary>Any other event name with a data object (unknown events such as "caption", or "ping").</summary>
    public static UserEventFrame Event(string eventName) => new(eventName);

    /// <summary>A sticker sent on its own (§4 emote).</summary>
    public static UserEventFrame Emote(string emoteUrl) => new UserEventFrame("emote").Set("emoteId", "7012345").Set("emoteUrl", emoteUrl);

    /// <summary>A roomUserSeq frame with this viewerCount.</summary>
    public static DataFrame ViewerCount(long viewers) => new DataFrame("roomUserSeq").Set("viewerCount", viewers);

    /// <summary>A streamEnd frame (§4): action 3 = ended by host, 4 = by platform, 1/2 = pause/resume.</summary>
    public static DataFrame StreamEnd(int action = 3) => new DataFrame("streamEnd").Set("action", action);

    /// <summary>A roomInfo frame with its fields at the top level, as documented (§4).</summary>
    public static TopLevelFrame RoomInfo(string roomId, string title = "", long? viewers = null, long? likes = null) =>
        new(WireFrameWriter.RoomInfoObject(roomId, "streamer", title, viewers, likes, "Streamer"));

    /// <summary>A limit notice (§2): no event, top-level type anon_limit / demo_limit / session_limit.</summary>
    public static TopLevelFrame LimitNotice(string kind, string message) =>
        new(new JsonObject { ["type"] = kind, ["message"] = message, ["upgrade_url"] = "https://tik.tools/pricing" });

    /// <summary>What every frame builder can do. Fields go into <c>data</c> (or the top level for top-level frames).</summary>
    public abstract class Frame<TSelf>(JsonObject root)
        where TSelf : Frame<TSelf>
    {
        protected JsonObject Root { get; } = root;

        /// <summary>Where this frame keeps its fields: <c>data</c>, or the top level for roomInfo and notices.</summary>
        protected virtual JsonObject Fields => (JsonObject)Root["data"]!;

        private TSelf Self => (TSelf)this;

        /// <summary>Sets msgId (the dedupe id, §6).</summary>
        public TSelf Id(string msgId) => Set("msgId", msgId);

        /// <summary>Sets timestamp to this instant in epoch milliseconds (§2).</summary>
        public TSelf At(DateTimeOffset sentAt) => Set("timestamp", sentAt.ToUnixTimeMilliseconds());

        /// <summary>Sets (or overrides) any field, with any JSON value, including wrong types: Set("giftType", "2").</summary>
        public TSelf Set(string field, JsonNode? value)
        {
            Fields[field] = value;
            return Self;
        }

        /// <summary>Sets a field only when a value is given.</summary>
        public TSelf SetIf(string field, int? value) => value is { } v ? Set(field, v) : Self;

        /// <summary>Removes a field, e.g. Without("user"); use Top(name, null) to null a top-level field.</summary>
        public TSelf Without(string field)
        {
            Fields.Remove(field);
            return Self;
        }

        /// <summary>Sets a top-level field (next to "event" and "data").</summary>
        public TSelf Top(string field, JsonNode? value)
        {
            Root[field] = value;
            return Self;
        }

        /// <summary>Removes a top-level field, e.g. WithoutTop("data") or WithoutTop("event").</summary>
        public TSelf WithoutTop(string field)
        {
            Root.Remove(field);
            return Self;
        }

        /// <summary>The frame as UTF-8 bytes, for the parser's byte overload.</summary>
        public byte[] Utf8() => Encoding.UTF8.GetBytes(ToString());

        /// <summary>The wire JSON.</summary>
        public override string ToString() => WireFrameWriter.ToWire(Root);

        public static implicit operator string(Frame<TSelf> frame) => frame.ToString();
    }

    /// <summary>A frame of the usual shape: <c>{"event": name, "data": {"type": name, …}}</c>.</summary>
    public abstract class DataFrameBase<TSelf>(string eventName)
        : Frame<TSelf>(WireFrameWriter.Envelope(eventName))
        where TSelf : DataFrameBase<TSelf>
    {
        /// <summary>Sets data.user: nickname defaults to uniqueId; userId and avatar are left out unless given.</summary>
        public TSelf From(string uniqueId, string? nickname = null, string? userId = null, string? avatarUrl = null) =>
            Set("user", WireFrameWriter.UserObject(uniqueId, nickname ?? uniqueId, userId, avatarUrl));
    }

    /// <summary>A chat frame builder.</summary>
    public sealed class ChatFrame : DataFrameBase<ChatFrame>
    {
        internal ChatFrame(string comment) : base("chat") => Set("comment", comment);
    }

    /// <summary>A gift frame builder (§4 gift, §5 combos).</summary>
    public sealed class GiftFrame : DataFrameBase<GiftFrame>
    {
        internal GiftFrame(string giftName, long giftId, int diamonds) : base("gift")
        {
            Set("giftId", giftId).Set("giftName", giftName).Set("diamondCount", diamonds)
                .Set("repeatCount", 1).Set("repeatEnd", false).Set("giftType", 1);
        }

        /// <summary>Sets the running repeatCount.</summary>
        public GiftFrame Repeat(int repeatCount) => Set("repeatCount", repeatCount);

        /// <summary>Marks the streak's final frame (repeatEnd true).</summary>
        public GiftFrame Ended() => Set("repeatEnd", true);

        /// <summary>Makes it a single (non-streakable) gift: giftType 2.</summary>
        public GiftFrame Single() => Set("giftType", 2);

        /// <summary>Sets groupId (part of the combo key).</summary>
        public GiftFrame Group(string groupId) => Set("groupId", groupId);

        /// <summary>Sets giftPictureUrl.</summary>
        public GiftFrame Picture(string url) => Set("giftPictureUrl", url);

        /// <summary>Sets transactionId (the dedupe id when msgId is missing).</summary>
        public GiftFrame Transaction(string transactionId) => Set("transactionId", transactionId);
    }

    /// <summary>A like frame builder.</summary>
    public sealed class LikeFrame : DataFrameBase<LikeFrame>
    {
        internal LikeFrame(int likeCount) : base("like") => Set("likeCount", likeCount);

        /// <summary>Sets the room total, totalLikeCount.</summary>
        public LikeFrame Total(long totalLikeCount) => Set("totalLikeCount", totalLikeCount);
    }

    /// <summary>A builder for member, follow, share, social, subscribe and any other named event.</summary>
    public sealed class UserEventFrame(string eventName) : DataFrameBase<UserEventFrame>(eventName);

    /// <summary>A builder for frames without a user (roomUserSeq, streamEnd).</summary>
    public sealed class DataFrame(string eventName) : DataFrameBase<DataFrame>(eventName);

    /// <summary>A builder for frames that keep their fields at the top level (roomInfo, limit notices).</summary>
    public sealed class TopLevelFrame(JsonObject root) : Frame<TopLevelFrame>(root)
    {
        protected override JsonObject Fields => Root;

        /// <summary>Sets the roomInfo owner's nickname.</summary>
        public TopLevelFrame Host(string nickname)
        {
            ((JsonObject)((JsonObject)Root["roomInfo"]!)["owner"]!)["nickname"] = nickname;
            return this;
        }
    }
}

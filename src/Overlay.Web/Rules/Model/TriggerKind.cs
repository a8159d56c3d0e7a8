namespace Overlay.Web.Rules.Model;

/// <summary>What starts a rule. Gifts count finished combos only (protocol.md §5), never each streak frame.</summary>
public enum TriggerKind
{
    Gift,
    Follow,
    Share,
    Subscribe,
    Join,

    /// <summary>Every N likes of the whole room (the room's like total crossing a multiple of N).</summary>
    RoomLikes,

    /// <summary>N likes from one viewer within T seconds.</summary>
    ViewerLikes,
    ChatCommand,

    /// <summary>The viewer count rises above N; re-armed once it drops to N or below.</summary>
    ViewersAbove,
    GoalReached,
    StreamStarted,
    StreamEnded,
    PkWon,
    PkLost,
}

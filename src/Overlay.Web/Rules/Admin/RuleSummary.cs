using Microsoft.Extensions.Localization;
using Overlay.Web.Rules.Model;
using Overlay.Widgets.ChatTicker;

namespace Overlay.Web.Rules.Admin;

/// <summary>
/// One line per trigger and per action list, for the admin's rule list, in the admin's language
/// (<paramref name="L"/> is the page's localizer; numbers follow the current culture).
/// </summary>
public static class RuleSummary
{
    public static string Label(TriggerKind kind, IStringLocalizer L) => kind switch
    {
        TriggerKind.Gift => L["Gift"],
        TriggerKind.Follow => L["Follow"],
        TriggerKind.Share => L["Viewer shares"],
        TriggerKind.Subscribe => L["Subscribe"],
        TriggerKind.Join => L["Viewer joins"],
        TriggerKind.RoomLikes => L["Every N room likes"],
        TriggerKind.ViewerLikes => L["N likes from one viewer"],
        TriggerKind.ChatCommand => L["Chat command"],
        TriggerKind.ViewersAbove => L["Viewer count above N"],
        TriggerKind.GoalReached => L["Goal reached"],
        TriggerKind.StreamStarted => L["Stream started"],
        TriggerKind.StreamEnded => L["Stream ended"],
        TriggerKind.PkWon => L["PK won"],
        TriggerKind.PkLost => L["PK lost"],
        _ => kind.ToString(),
    };

    public static string Label(ActionKind kind, IStringLocalizer L) => kind switch
    {
        ActionKind.ShowMedia => L["Show media"],
        ActionKind.PlaySound => L["Play a sound"],
        ActionKind.Speak => L["Speak (TTS)"],
        ActionKind.Goal => L["Goal"],
        ActionKind.Obs => L["OBS"],
        ActionKind.Webhook => L["Webhook"],
        ActionKind.StreamerBot => L["Streamer.bot"],
        ActionKind.Wait => L["Wait"],
        _ => kind.ToString(),
    };

    public static string Label(ObsOperation op, IStringLocalizer L) => op switch
    {
        ObsOperation.SwitchScene => L["Switch scene"],
        ObsOperation.ShowSource => L["Show a source"],
        ObsOperation.HideSource => L["Hide a source"],
        ObsOperation.SetText => L["Set a text source"],
        ObsOperation.Hotkey => L["Trigger a hotkey"],
        ObsOperation.StartRecording => L["Start recording"],
        ObsOperation.StopRecording => L["Stop recording"],
        ObsOperation.SaveReplayBuffer => L["Save replay buffer"],
        _ => op.ToString(),
    };

    public static string Label(ChatRole role, IStringLocalizer L) => role switch
    {
        ChatRole.Follower => L["Followers"],
        ChatRole.Subscriber => L["Subscribers"],
        ChatRole.Moderator => L["Moderators"],
        _ => L["Everyone"],
    };

    public static string Trigger(RuleTrigger t, IStringLocalizer L) => t.Kind switch
    {
        TriggerKind.Gift => (t.GiftIds.Count == 0 ? L["Gift (any)"] : L["Gift ({0} picked)", N(t.GiftIds.Count)])
            + (t.MinDiamonds > 0 ? L[", ≥ {0} diamonds", N(t.MinDiamonds)] : "") + (t.MinCount > 1 ? L[", ×{0} or more", N(t.MinCount)] : ""),
        TriggerKind.RoomLikes => L["Every {0} room likes", N(t.Likes)],
        TriggerKind.ViewerLikes => L["{0} likes from one viewer in {1} s", N(t.Likes), N(t.WithinSeconds)],
        // The command is the streamer's own word: never translated.
        TriggerKind.ChatCommand => $"!{t.CommandWord}" + (t.CommandRole == ChatRole.Everyone ? "" : $" ({Label(t.CommandRole, L)})"),
        TriggerKind.ViewersAbove => L["Viewers above {0}", N(t.Viewers)],
        TriggerKind.GoalReached => t.GoalSlug.Length > 0 ? L["Goal reached ({0})", t.GoalSlug] : L["Goal reached"],
        _ => Label(t.Kind, L),
    };

    public static string Actions(IReadOnlyList<RuleAction> actions, IStringLocalizer L) =>
        actions.Count == 0 ? L["no actions"] : string.Join(" → ", actions.Select(a => Label(a.Kind, L)));

    private static string N(long n) => n.ToString("N0", System.Globalization.CultureInfo.CurrentCulture);
}

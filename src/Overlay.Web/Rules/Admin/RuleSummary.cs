using System.Globalization;
using Overlay.Web.Rules.Model;
using Overlay.Widgets.ChatTicker;

namespace Overlay.Web.Rules.Admin;

/// <summary>One line per trigger and per action list, for the admin's rule list.</summary>
public static class RuleSummary
{
    public static string Label(TriggerKind kind) => kind switch
    {
        TriggerKind.Gift => "Gift",
        TriggerKind.Follow => "Follow",
        TriggerKind.Share => "Share",
        TriggerKind.Subscribe => "Subscribe",
        TriggerKind.Join => "Viewer joins",
        TriggerKind.RoomLikes => "Every N room likes",
        TriggerKind.ViewerLikes => "N likes from one viewer",
        TriggerKind.ChatCommand => "Chat command",
        TriggerKind.ViewersAbove => "Viewer count above N",
        TriggerKind.GoalReached => "Goal reached",
        TriggerKind.StreamStarted => "Stream started",
        TriggerKind.StreamEnded => "Stream ended",
        TriggerKind.PkWon => "PK won",
        TriggerKind.PkLost => "PK lost",
        _ => kind.ToString(),
    };

    public static string Label(ActionKind kind) => kind switch
    {
        ActionKind.ShowMedia => "Show media",
        ActionKind.PlaySound => "Play a sound",
        ActionKind.Speak => "Speak (TTS)",
        ActionKind.Goal => "Goal",
        ActionKind.Obs => "OBS",
        ActionKind.Webhook => "Webhook",
        ActionKind.StreamerBot => "Streamer.bot",
        ActionKind.Wait => "Wait",
        _ => kind.ToString(),
    };

    public static string Label(ObsOperation op) => op switch
    {
        ObsOperation.SwitchScene => "Switch scene",
        ObsOperation.ShowSource => "Show a source",
        ObsOperation.HideSource => "Hide a source",
        ObsOperation.SetText => "Set a text source",
        ObsOperation.Hotkey => "Trigger a hotkey",
        ObsOperation.StartRecording => "Start recording",
        ObsOperation.StopRecording => "Stop recording",
        ObsOperation.SaveReplayBuffer => "Save replay buffer",
        _ => op.ToString(),
    };

    public static string Label(ChatRole role) => role switch
    {
        ChatRole.Follower => "Followers",
        ChatRole.Subscriber => "Subscribers",
        ChatRole.Moderator => "Moderators",
        _ => "Everyone",
    };

    public static string Trigger(RuleTrigger t) => t.Kind switch
    {
        TriggerKind.Gift => "Gift" + (t.GiftIds.Count == 0 ? " (any)" : $" ({t.GiftIds.Count} picked)")
            + (t.MinDiamonds > 0 ? $", ≥ {N(t.MinDiamonds)} diamonds" : "") + (t.MinCount > 1 ? $", ×{N(t.MinCount)} or more" : ""),
        TriggerKind.RoomLikes => $"Every {N(t.Likes)} room likes",
        TriggerKind.ViewerLikes => $"{N(t.Likes)} likes from one viewer in {N(t.WithinSeconds)} s",
        TriggerKind.ChatCommand => $"!{t.CommandWord}" + (t.CommandRole == ChatRole.Everyone ? "" : $" ({Label(t.CommandRole).ToLowerInvariant()})"),
        TriggerKind.ViewersAbove => $"Viewers above {N(t.Viewers)}",
        TriggerKind.GoalReached => "Goal reached" + (t.GoalSlug.Length > 0 ? $" ({t.GoalSlug})" : ""),
        _ => Label(t.Kind),
    };

    public static string Actions(IReadOnlyList<RuleAction> actions) =>
        actions.Count == 0 ? "nothing" : string.Join(" → ", actions.Select(a => Label(a.Kind)));

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

using System.Text;

namespace Overlay.Web.Rules.Model;

/// <summary>
/// One step of a rule. One flat record for every kind (only the fields of <see cref="Kind"/> matter), like
/// <see cref="RuleTrigger"/>. <see cref="Secret"/> is plain only in memory: the store keeps it encrypted, and it
/// never leaves the app (not in an export, not in the editor).
/// </summary>
public sealed record RuleAction
{
    public const int MaxTextLength = 500;
    public const double MaxSeconds = 3600;

    /// <summary>Stable across edits and reordering, so a kept secret stays with its action.</summary>
    public string Id { get; init; } = Guid.NewGuid().ToString("N");

    public ActionKind Kind { get; init; } = ActionKind.ShowMedia;

    /// <summary>The actions screen's slug; "" for the default screen.</summary>
    public string Screen { get; init; } = "";

    public string ImageFile { get; init; } = "";

    public string VideoFile { get; init; } = "";

    public string SoundFile { get; init; } = "";

    /// <summary>Sound volume, 0–100.</summary>
    public int Volume { get; init; } = 80;

    /// <summary>A template: {nickname}, {giftName}, {count}, {comment} … (see <see cref="Engine.RuleTemplate"/>). Plain text.</summary>
    public string Text { get; init; } = "";

    /// <summary>Display time on the screen, the wait, or how long a shown/hidden OBS source stays so (0 = it stays).</summary>
    public double Seconds { get; init; } = 5;

    /// <summary>TTS voice ("" for the widget's own).</summary>
    public string Voice { get; init; } = "";

    /// <summary>TTS widget slug; "" for every enabled TTS widget.</summary>
    public string TtsWidget { get; init; } = "";

    /// <summary>The goal widget's slug.</summary>
    public string Goal { get; init; } = "";

    public GoalChange GoalChange { get; init; } = GoalChange.Add;

    /// <summary>How much to add (may use the event: see <see cref="AmountFromEvent"/>) or the progress to set.</summary>
    public long Amount { get; init; } = 1;

    /// <summary>Add the event's own amount (a combo's diamonds, a like batch, a gift count) instead of <see cref="Amount"/>.</summary>
    public bool AmountFromEvent { get; init; }

    public ObsOperation Obs { get; init; } = ObsOperation.SwitchScene;

    public string Scene { get; init; } = "";

    public string Source { get; init; } = "";

    public string Hotkey { get; init; } = "";

    /// <summary>Webhook URL (http or https).</summary>
    public string Url { get; init; } = "";

    /// <summary>Webhook signing key; plain in memory only.</summary>
    public string Secret { get; init; } = "";

    public string StreamerBotUrl { get; init; } = "ws://127.0.0.1:8080/";

    /// <summary>Streamer.bot action id (a GUID); either this or <see cref="ActionName"/>.</summary>
    public string ActionId { get; init; } = "";

    public string ActionName { get; init; } = "";

    // The generated ToString would print the secret; this one says only what the action is.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Kind = ").Append(Kind);
        return true;
    }
}

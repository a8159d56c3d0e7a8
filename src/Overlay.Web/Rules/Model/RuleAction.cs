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
    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    public ActionKind Kind { get; set; } = ActionKind.ShowMedia;

    /// <summary>The actions screen's slug; "" for the default screen.</summary>
    public string Screen { get; set; } = "";

    public string ImageFile { get; set; } = "";

    public string VideoFile { get; set; } = "";

    public string SoundFile { get; set; } = "";

    /// <summary>Sound volume, 0–100.</summary>
    public int Volume { get; set; } = 80;

    /// <summary>A template: {nickname}, {giftName}, {count}, {comment} … (see <see cref="Engine.RuleTemplate"/>). Plain text.</summary>
    public string Text { get; set; } = "";

    /// <summary>Display time on the screen, the wait, or how long a shown/hidden OBS source stays so (0 = it stays).</summary>
    public double Seconds { get; set; } = 5;

    /// <summary>TTS voice ("" for the widget's own).</summary>
    public string Voice { get; set; } = "";

    /// <summary>TTS widget slug; "" for every enabled TTS widget.</summary>
    public string TtsWidget { get; set; } = "";

    /// <summary>The goal widget's slug.</summary>
    public string Goal { get; set; } = "";

    public GoalChange GoalChange { get; set; } = GoalChange.Add;

    /// <summary>How much to add (may use the event: see <see cref="AmountFromEvent"/>) or the progress to set.</summary>
    public long Amount { get; set; } = 1;

    /// <summary>Add the event's own amount (a combo's diamonds, a like batch, a gift count) instead of <see cref="Amount"/>.</summary>
    public bool AmountFromEvent { get; set; }

    public ObsOperation Obs { get; set; } = ObsOperation.SwitchScene;

    public string Scene { get; set; } = "";

    public string Source { get; set; } = "";

    public string Hotkey { get; set; } = "";

    /// <summary>Webhook URL (http or https).</summary>
    public string Url { get; set; } = "";

    /// <summary>Webhook signing key; plain in memory only.</summary>
    public string Secret { get; set; } = "";

    public string StreamerBotUrl { get; set; } = "ws://127.0.0.1:8080/";

    /// <summary>Streamer.bot action id (a GUID); either this or <see cref="ActionName"/>.</summary>
    public string ActionId { get; set; } = "";

    public string ActionName { get; set; } = "";

    // The generated ToString would print the secret; this one says only what the action is.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Kind = ").Append(Kind);
        return true;
    }
}

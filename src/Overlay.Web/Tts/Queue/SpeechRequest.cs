namespace Overlay.Web.Tts.Queue;

/// <summary>
/// Something a TTS widget was asked to read: the text, who it is from (for the cooldown and the per-viewer voice;
/// "" for none), the chat ids a moderator's delete may name, and where it came from, for the admin's queue.
/// </summary>
public sealed record SpeechRequest(string Text, string ViewerKey, string Source)
{
    public string MsgId { get; init; } = "";

    public string MessageUuid { get; init; } = "";

    /// <summary>A voice that overrides the widget's (a rule's speak action); null keeps the widget's.</summary>
    public string? Voice { get; init; }

    /// <summary>Whether the per-viewer cooldown applies (chat); gifts, follows and requests are always read.</summary>
    public bool Cooled { get; init; }
}

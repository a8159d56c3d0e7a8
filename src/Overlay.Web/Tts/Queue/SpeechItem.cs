using Overlay.Web.Tts.Synthesis;

namespace Overlay.Web.Tts.Queue;

/// <summary>One phrase in a TTS widget's queue. <see cref="Clip"/> is set once its audio is made; both fields under the state's lock.</summary>
public sealed class SpeechItem(long id, SpeechRequest request, string? voice)
{
    public long Id => id;

    public SpeechRequest Request => request;

    public string? Voice => voice;

    public SpeechClipMade? Clip { get; set; }

    public bool IsChat(string deletedId) =>
        deletedId.Length > 0 && (request.MsgId == deletedId || request.MessageUuid == deletedId);
}

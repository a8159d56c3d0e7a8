namespace Overlay.Web.Diagnostics;

/// <summary>Why a frame or event never reached a widget. Each is counted in /healthz.</summary>
public enum DropReason
{
    NotJson,
    NotAnObject,
    InvalidUtf8,
    TooLarge,
    TooDeep,
    MissingEventName,
    MissingData,
    BinaryNotJson,
    Duplicate,

    /// <summary>A chat that a moderator had already deleted (§10 imDelete) arrived late; it is never shown.</summary>
    DeletedByModerator,
    RawQueueFull,
    EventQueueFull,
    AlertQueueFull,

    /// <summary>An /api/events client read too slowly; the event was dropped for that client only.</summary>
    EventApiClientSlow,

    /// <summary>The recording file could not keep up; the frame was not recorded (the stream itself was unaffected).</summary>
    RecorderBehind,

    /// <summary>A phrase could not be spoken (no engine, engine error or timeout, missing voice); see tts in /healthz.</summary>
    SpeechFailed,

    /// <summary>A TTS widget's queue was full; the message was not read.</summary>
    SpeechQueueFull,

    /// <summary>An actions screen had its queue full; a rule's item was not shown.</summary>
    ActionsScreenQueueFull,
}

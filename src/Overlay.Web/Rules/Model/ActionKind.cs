namespace Overlay.Web.Rules.Model;

public enum ActionKind
{
    /// <summary>Image/GIF or video, a text and a sound on an actions screen, queued there.</summary>
    ShowMedia,

    /// <summary>A sound on an actions screen (takes its turn in the screen's queue, so sounds never overlap).</summary>
    PlaySound,

    /// <summary>Read a text aloud on the TTS widgets.</summary>
    Speak,

    /// <summary>Add to a goal's progress or set it.</summary>
    Goal,

    Obs,

    /// <summary>POST the event and the rule as JSON, signed with HMAC-SHA256.</summary>
    Webhook,

    /// <summary>Streamer.bot's WebSocket server: DoAction.</summary>
    StreamerBot,

    /// <summary>Wait before the next action of the rule.</summary>
    Wait,
}

public enum GoalChange
{
    Add,
    Set,
}

public enum ObsOperation
{
    SwitchScene,
    ShowSource,
    HideSource,
    SetText,
    Hotkey,
    StartRecording,
    StopRecording,
    SaveReplayBuffer,
}

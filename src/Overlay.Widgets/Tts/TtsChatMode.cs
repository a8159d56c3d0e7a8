namespace Overlay.Widgets.Tts;

/// <summary>Which chat messages are read aloud (config <c>Widgets:Tts:ReadChat</c>: off, all or command).</summary>
public enum TtsChatMode
{
    /// <summary>No chat is read.</summary>
    Off,

    /// <summary>Every message that passes the filters; other "!" bot commands are left out.</summary>
    All,

    /// <summary>Only messages that start with the command (e.g. "!tts hello"); the command itself is not read.</summary>
    Command,
}

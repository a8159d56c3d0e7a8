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
    RawQueueFull,
    EventQueueFull,
    AlertQueueFull,
}

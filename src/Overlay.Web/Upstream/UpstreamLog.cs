namespace Overlay.Web.Upstream;

/// <summary>Every upstream log line. None takes the URL or the options: only redacted text and the host.</summary>
internal static partial class UpstreamLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "No API key is configured, so the built-in demo upstream is used ({Endpoint})")]
    public static partial void DemoBecauseNoKey(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upstream:Demo is on, so the built-in demo upstream is used ({Endpoint})")]
    public static partial void DemoBecauseForced(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connecting to {Endpoint} for @{UniqueId} (attempt {Attempt})")]
    public static partial void Connecting(ILogger logger, string endpoint, string uniqueId, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to {Endpoint}")]
    public static partial void Connected(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not connect to {Endpoint} (HTTP {HttpStatus}): {Error}")]
    public static partial void Refused(ILogger logger, string endpoint, int? httpStatus, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upstream ended ({Cause}) with {CloseCode}: {Reason} {Error}")]
    public static partial void Ended(ILogger logger, SocketEndCause cause, int? closeCode, string reason, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No frame for {StallSeconds} s; closing the stalled upstream socket")]
    public static partial void Stalled(ILogger logger, int stallSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Next upstream attempt in {DelaySeconds} s ({Kind}, attempt {Attempt})")]
    public static partial void Waiting(ILogger logger, double delaySeconds, CloseKind kind, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upstream stopped ({StopReason}): {Summary}")]
    public static partial void Stopped(ILogger logger, StopReason stopReason, string summary);

    [LoggerMessage(Level = LogLevel.Error, Message = "Upstream loop failed; retrying: {Error}")]
    public static partial void LoopFailed(ILogger logger, string error);
}

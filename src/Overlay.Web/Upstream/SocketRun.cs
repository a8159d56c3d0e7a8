namespace Overlay.Web.Upstream;

/// <summary>
/// How one connection attempt went: refused before opening (<see cref="End"/> is null) or opened and ended.
/// <see cref="Command"/> is set when a control request ended it rather than the server or the network.
/// </summary>
internal sealed record SocketRun(
    SessionFacts Session,
    DateTimeOffset EndedAt,
    SocketEnd? End,
    UpstreamHandshakeException? Refused,
    TimeSpan OpenFor,
    ControlCommand? Command)
{
    public bool WasHealthy => End is not null && ReconnectPolicy.WasHealthy(Session.RoomInfoReceived, OpenFor);

    public CloseKind Classify() => Refused is not null
        ? CloseCodeClassifier.ClassifyHandshake(Refused.HttpStatus)
        : CloseCodeClassifier.Classify(
            End!.Cause == SocketEndCause.ServerClosed ? End.EffectiveCode : End.CloseCode is >= 4000 ? End.CloseCode : 1006,
            End.Reason,
            Session.LimitNotice is not null,
            replacedByUs: false,
            Session.StreamEnded,
            Session.StreamEndSaysReconnect);

    /// <summary>"4003", "HTTP 401", "1006": what the status shows in brackets.</summary>
    public string CodeText => Refused is not null
        ? Refused.HttpStatus is { } http ? $"HTTP {http}" : "no connection"
        : End!.Cause == SocketEndCause.Stalled ? "1000" : End.EffectiveCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

namespace Overlay.Web.Upstream;

/// <summary>
/// The connection could not be opened. Carries the HTTP status when the server answered (§8 "Handshake
/// rejected") and a redacted message; never the original exception, whose messages may quote the URL and key.
/// </summary>
public sealed class UpstreamHandshakeException(int? httpStatus, string redactedMessage) : Exception(redactedMessage)
{
    public int? HttpStatus { get; } = httpStatus;
}

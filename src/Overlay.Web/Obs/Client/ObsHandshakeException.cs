namespace Overlay.Web.Obs.Client;

/// <summary>Connecting or identifying failed; <see cref="State"/> says how, the message says it to the streamer.</summary>
public sealed class ObsHandshakeException(ObsState state, string message, Exception? inner = null) : Exception(message, inner)
{
    public ObsState State { get; } = state;
}

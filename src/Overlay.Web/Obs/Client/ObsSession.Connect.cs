using System.Buffers;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text.Json;
using Overlay.Web.Obs.Protocol;
using Overlay.Web.Obs.Settings;

namespace Overlay.Web.Obs.Client;

/// <summary>The v5 handshake: Hello (op 0) → Identify (op 1, with the SHA-256 answer when asked) → Identified (op 2).</summary>
public sealed partial class ObsSession
{
    public const int RpcVersion = 1;

    /// <summary>General (ExitStarted), Scenes (CurrentProgramSceneChanged) and Outputs (RecordStateChanged).</summary>
    public const int EventSubscriptions = (1 << 0) | (1 << 2) | (1 << 6);

    public static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);

    /// <exception cref="ObsHandshakeException">OBS is not reachable, refused the password, or is too old.</exception>
    public static async Task<ObsSession> ConnectAsync(ObsSettings settings, TimeProvider time, Action<ObsEvent> onEvent, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("obswebsocket.json");
        using var timeout = new CancellationTokenSource(HandshakeTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var connected = false;
        try
        {
            var session = await HandshakeAsync(socket, settings, time, onEvent, linked.Token).ConfigureAwait(false);
            session._receiving = Task.Run(session.ReceiveLoopAsync, CancellationToken.None);
            connected = true;
            return session;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && Describe(ex, settings) is { } problem)
        {
            throw problem;
        }
        finally
        {
            if (!connected)
            {
                socket.Abort();
                socket.Dispose();
            }
        }
    }

    /// <summary>What a failed handshake means for the streamer; null for a bug, which keeps its own exception.</summary>
    private static ObsHandshakeException? Describe(Exception ex, ObsSettings settings) => ex switch
    {
        ObsHandshakeException known => known,
        OperationCanceledException => new ObsHandshakeException(ObsState.Reconnecting,
            $"OBS at {settings.Address} did not finish connecting within {HandshakeTimeout.TotalSeconds:0} s.", ex),
        JsonException => new ObsHandshakeException(ObsState.Reconnecting,
            $"Something at {settings.Address} answered, but not as obs-websocket 5 does.", ex),
        WebSocketException or HttpRequestException or IOException => new ObsHandshakeException(ObsState.Reconnecting,
            $"OBS is not reachable at {settings.Address}. Is OBS running, with Tools → WebSocket Server Settings → " +
            "Enable WebSocket server ticked, and this port?", ex),
        _ => null,
    };

    private static async Task<ObsSession> HandshakeAsync(
        ClientWebSocket socket, ObsSettings settings, TimeProvider time, Action<ObsEvent> onEvent, CancellationToken ct)
    {
        await socket.ConnectAsync(settings.Uri, ct).ConfigureAwait(false);
        var hello = await ReceiveAsync(socket, ct).ConfigureAwait(false) ?? throw Closed(socket, settings);
        if (hello.Op != ObsOpCode.Hello)
        {
            throw new JsonException("The first message was not Hello.");
        }
        if (ObsMessage.Read.Int(hello.Data, "rpcVersion") is not >= RpcVersion)
        {
            throw Unsupported();
        }
        string? authentication = null;
        if (ObsMessage.Read.Object(hello.Data, "authentication") is { } challenge)
        {
            if (settings.Password.Length == 0)
            {
                await CloseQuietlyAsync(socket).ConfigureAwait(false);
                throw new ObsHandshakeException(ObsState.PasswordRequired,
                    "OBS asks for a password. Copy it from OBS (Tools → WebSocket Server Settings → Show Connect Info), paste it here and save.");
            }
            authentication = ObsAuth.Compute(settings.Password,
                ObsMessage.Read.String(challenge, "salt") ?? "", ObsMessage.Read.String(challenge, "challenge") ?? "");
        }
        var identify = ObsMessage.Identify(RpcVersion, authentication, EventSubscriptions);
        await socket.SendAsync(System.Text.Encoding.UTF8.GetBytes(identify), WebSocketMessageType.Text, true, ct).ConfigureAwait(false);
        var identified = await ReceiveAsync(socket, ct).ConfigureAwait(false) ?? throw Closed(socket, settings);
        if (identified.Op != ObsOpCode.Identified)
        {
            throw new JsonException("OBS answered Identify with something other than Identified.");
        }
        return new ObsSession(socket, time, onEvent, hello.String("obsWebSocketVersion"));
    }

    private static ObsHandshakeException Closed(ClientWebSocket socket, ObsSettings settings) => (int?)socket.CloseStatus switch
    {
        ObsCloseCode.AuthenticationFailed => new ObsHandshakeException(ObsState.WrongPassword,
            "Wrong OBS password: OBS refused it. Copy it again from OBS (Tools → WebSocket Server Settings → Show Connect Info) and save; " +
            "the app does not retry until then."),
        ObsCloseCode.UnsupportedRpcVersion => Unsupported(),
        ObsCloseCode.SessionInvalidated => Kicked(),
        var code => new ObsHandshakeException(ObsState.Reconnecting,
            $"OBS at {settings.Address} closed the connection while connecting (code {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"})."),
    };

    internal static ObsHandshakeException Unsupported() => new(ObsState.Unsupported,
        "This OBS speaks an older WebSocket protocol. Update to OBS 28 or newer (obs-websocket 5 is built in).");

    internal static ObsHandshakeException Kicked() => new(ObsState.Kicked,
        "OBS disconnected this app (kicked in its WebSocket session list). Press Reconnect to connect again.");

    /// <summary>One whole text message, or null when the other side closed (its code is then in CloseStatus).</summary>
    private static async Task<ObsMessage?> ReceiveAsync(ClientWebSocket socket, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var whole = new ArrayBufferWriter<byte>();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, ct).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await CloseQuietlyAsync(socket).ConfigureAwait(false);
                    return null;
                }
                if (result.MessageType != WebSocketMessageType.Text)
                {
                    throw new JsonException("OBS sent a binary message on the JSON subprotocol.");
                }
                if (whole.WrittenCount + result.Count > ObsMessage.MaxBytes)
                {
                    throw new JsonException($"An OBS message was larger than {ObsMessage.MaxBytes} bytes.");
                }
                whole.Write(buffer.AsSpan(0, result.Count));
                if (result.EndOfMessage)
                {
                    return ObsMessage.Parse(whole.WrittenSpan);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", quick.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // Nothing more to say to a socket that is gone.
            }
        }
    }
}

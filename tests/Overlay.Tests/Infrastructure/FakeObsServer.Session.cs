using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace Overlay.Tests.Infrastructure;

public sealed partial class FakeObsServer
{
    /// <summary>One client connection, from Hello to close.</summary>
    public sealed partial class Session
    {
        private readonly FakeObsServer _server;
        private readonly WebSocket _socket;
        private readonly HttpContext _context;
        private readonly SemaphoreSlim _sendTurn = new(1, 1);
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<bool> _identified = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal Session(FakeObsServer server, WebSocket socket, HttpContext context, string? subProtocol)
        {
            _server = server;
            _socket = socket;
            _context = context;
            SubProtocol = subProtocol;
        }

        /// <summary>The subprotocol the client asked for and got (obswebsocket.json), or null.</summary>
        public string? SubProtocol { get; }

        /// <summary>The authentication string the client sent in Identify (null when it sent none).</summary>
        public string? Authentication { get; private set; }

        public int EventSubscriptions { get; private set; }

        public bool IsIdentified => _identified.Task is { IsCompletedSuccessfully: true, Result: true };

        /// <summary>True once Identified was sent; false when the session was closed before (4009 …).</summary>
        public Task<bool> Identified => _identified.Task;

        /// <summary>The close code this server sent, if it closed the session.</summary>
        public int? ServerCloseCode { get; private set; }

        public Task Ended => _ended.Task;

        internal async Task SendAsync(string text, CancellationToken ct)
        {
            await _sendTurn.WaitAsync(ct);
            try
            {
                await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, ct);
            }
            finally
            {
                _sendTurn.Release();
            }
        }

        public async Task CloseAsync(int code, string reason, CancellationToken ct)
        {
            await CloseOutputAsync(code, reason, ct);
            await Ended.WaitAsync(TimeSpan.FromSeconds(10), ct);
        }

        private async Task CloseOutputAsync(int code, string reason, CancellationToken ct)
        {
            ServerCloseCode = code;
            _identified.TrySetResult(false);
            await _sendTurn.WaitAsync(ct);
            try
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, ct);
            }
            catch (WebSocketException)
            {
                // Already gone.
            }
            finally
            {
                _sendTurn.Release();
            }
        }

        /// <summary>Closes during the handshake, then reads until the client answers the close.</summary>
        private async Task RefuseAsync(int code, string reason)
        {
            await CloseOutputAsync(code, reason, CancellationToken.None);
            while (await ReceiveAsync() is not null)
            {
                // A client may still send before it reads the close.
            }
        }

        internal void Abort()
        {
            try
            {
                _context.Abort();
            }
            catch (ObjectDisposedException)
            {
                // Finished already.
            }
            _ended.TrySetResult();
        }

        internal async Task RunAsync()
        {
            try
            {
                var salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                var challenge = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                var hello = new JsonObject { ["obsStudioVersion"] = ObsVersion, ["obsWebSocketVersion"] = WebSocketVersion, ["rpcVersion"] = 1 };
                var password = _server.Password;
                if (password is not null)
                {
                    hello["authentication"] = new JsonObject { ["challenge"] = challenge, ["salt"] = salt };
                }
                await SendAsync(Op(0, hello), CancellationToken.None);
                var identify = await ReceiveAsync();
                if (identify is null)
                {
                    return;
                }
                var d = identify["d"] as JsonObject;
                if ((int?)identify["op"] != 1 || d is null)
                {
                    await RefuseAsync(4007, "Not identified");
                    return;
                }
                Authentication = (string?)d["authentication"];
                EventSubscriptions = (int?)d["eventSubscriptions"] ?? 0x7FF;
                if ((int?)d["rpcVersion"] != 1)
                {
                    await RefuseAsync(4010, "Unsupported RPC version");
                    return;
                }
                if (password is not null && Authentication != Expected(password, salt, challenge))
                {
                    await RefuseAsync(4009, "Authentication failed.");
                    return;
                }
                await SendAsync(Op(2, new JsonObject { ["negotiatedRpcVersion"] = 1 }), CancellationToken.None);
                _identified.TrySetResult(true);
                while (await ReceiveAsync() is { } message)
                {
                    if ((int?)message["op"] == 6 && message["d"] is JsonObject request)
                    {
                        await AnswerAsync(request);
                    }
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ConnectionAbortedException)
            {
                // The client went away.
            }
            finally
            {
                _identified.TrySetResult(false);
                _ended.TrySetResult();
            }
        }
    }
}

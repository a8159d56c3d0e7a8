using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Model;

namespace Overlay.Web.Rules.Actions;

/// <summary>
/// Runs a Streamer.bot action through its WebSocket server (default ws://127.0.0.1:8080/): connect, send DoAction
/// with the event as arguments, wait for the reply with our id, close. One short connection per call, so a
/// Streamer.bot that restarts between two gifts needs nothing from us. Servers with authentication turned on are
/// refused with a clear message (the password handshake is not built yet).
/// </summary>
public sealed class StreamerBotClient(IOptions<RulesOptions> options, TimeProvider time)
{
    private const int MaxReply = 64 * 1024;

    /// <summary>Null on success, else why not, in a sentence.</summary>
    public async Task<string?> DoActionAsync(RuleAction action, Rule rule, FiredEvent fired, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(action.StreamerBotUrl, UriKind.Absolute, out var url) || url.Scheme is not ("ws" or "wss"))
        {
            return "The Streamer.bot address must start with ws:// or wss://.";
        }
        var seconds = options.Value.TimeoutSeconds;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var socket = new ClientWebSocket();
        var id = Guid.NewGuid().ToString("N");
        try
        {
            await socket.ConnectAsync(url, linked.Token);
            var request = new StreamerBotRequest("DoAction",
                action.ActionId.Trim().Length > 0 ? new(action.ActionId.Trim(), null) : new(null, action.ActionName.Trim()),
                Args(rule, fired), id);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(request, RulesJson.Default.StreamerBotRequest);
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, linked.Token);
            while (true)
            {
                if (await ReceiveAsync(socket, linked.Token) is not { } message)
                {
                    return "Streamer.bot closed the connection without answering.";
                }
                var reply = StreamerBotReply.Read(message);
                if (reply.AuthRequired)
                {
                    return "Streamer.bot's WebSocket server asks for a password; turn authentication off for it (Servers/Clients → WebSocket Server).";
                }
                if (reply.Id == id)
                {
                    await CloseQuietlyAsync(socket);
                    return reply.Status == "ok" ? null : $"Streamer.bot refused the action: {reply.Error ?? reply.Status ?? "no reason given"}.";
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return $"Streamer.bot did not answer within {seconds} s.";
        }
        catch (WebSocketException ex)
        {
            return $"Streamer.bot could not be reached at {url.Host}:{url.Port} ({ex.WebSocketErrorCode}). Is its WebSocket server started?";
        }
    }

    /// <summary>The event's fields as Streamer.bot arguments (%nickname%, %giftName% … in its sub-actions).</summary>
    public static IReadOnlyDictionary<string, string> Args(Rule rule, FiredEvent fired) => new Dictionary<string, string>
    {
        ["source"] = "TikTokLiveOverlay",
        ["rule"] = rule.Name,
        ["trigger"] = fired.Trigger.ToString(),
        ["nickname"] = fired.User?.DisplayName ?? "",
        ["uniqueId"] = fired.User?.UniqueId ?? "",
        ["userId"] = fired.User?.Id ?? "",
        ["giftName"] = fired.GiftName,
        ["giftId"] = fired.GiftId,
        ["count"] = fired.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["diamonds"] = fired.Diamonds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["comment"] = fired.Comment,
        ["args"] = fired.Args,
        ["viewers"] = fired.Viewers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["likes"] = fired.Likes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["test"] = fired.IsTest ? "true" : "false",
    };

    private static async Task<string?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var text = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            text.Write(buffer, 0, result.Count);
            if (text.Length > MaxReply)
            {
                return "{}"; // Not a reply to us; skip it.
            }
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
            }
        }
    }

    private static async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        try
        {
            using var close = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", close.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The answer is in; how the socket ends does not matter.
        }
    }
}

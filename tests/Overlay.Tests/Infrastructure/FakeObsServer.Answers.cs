using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace Overlay.Tests.Infrastructure;

public sealed partial class FakeObsServer
{
    /// <summary>Requests (op 6) answered from the model (op 7), and whole messages read.</summary>
    public sealed partial class Session
    {
        private async Task AnswerAsync(JsonObject request)
        {
            var type = (string?)request["requestType"] ?? "";
            var data = request["requestData"] as JsonObject ?? [];
            _server._requests.Enqueue((type, (JsonObject)data.DeepClone()));
            _server._seen.Writer.TryWrite(type);
            if (_server.Unanswered.ContainsKey(type))
            {
                return;
            }
            var (code, comment, response, events) = _server.Obs.Handle(type, data);
            var status = new JsonObject { ["result"] = code == 100, ["code"] = code };
            if (comment is not null)
            {
                status["comment"] = comment;
            }
            var d = new JsonObject { ["requestType"] = type, ["requestId"] = (string?)request["requestId"], ["requestStatus"] = status };
            if (response is not null)
            {
                d["responseData"] = response;
            }
            await SendAsync(Op(7, d), CancellationToken.None);
            foreach (var (eventType, intent, eventData) in events)
            {
                await _server.SendEventAsync(eventType, intent, eventData, CancellationToken.None);
            }
        }

        private async Task<JsonObject?> ReceiveAsync()
        {
            var buffer = new byte[64 * 1024];
            using var whole = new MemoryStream();
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    }
                    return null;
                }
                whole.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return JsonNode.Parse(whole.ToArray()) as JsonObject;
                }
            }
        }
    }
}

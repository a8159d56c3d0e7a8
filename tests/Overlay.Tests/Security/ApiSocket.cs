using System.Net.WebSockets;
using System.Text.Json;
using Overlay.Tests.Infrastructure;

namespace Overlay.Tests.Security;

/// <summary>A bare ClientWebSocket on /api/events, for tests that set its headers or hold several open.</summary>
public static class ApiSocket
{
    public static Uri Url(RunningApp app) => new(app.Url("api/events").ToString().Replace("http://", "ws://", StringComparison.Ordinal));

    /// <summary>The next message of <paramref name="type"/>; others before it are skipped. 20 s guard.</summary>
    public static async Task<JsonElement> ReceiveTypeAsync(ClientWebSocket socket, string type, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, ct).WaitAsync(TimeSpan.FromSeconds(20), ct);
            using var doc = JsonDocument.Parse(buffer.AsMemory(0, result.Count));
            if (doc.RootElement.GetProperty("type").GetString() == type)
            {
                return doc.RootElement.Clone();
            }
        }
    }
}

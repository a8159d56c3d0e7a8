using System.Net.Sockets;
using System.Text;

namespace Overlay.Tests.Security;

/// <summary>
/// One HTTP/1.1 request written by hand over a real socket, for what HttpClient and ClientWebSocket will not send
/// as an attacker's browser would (any Host, a WebSocket upgrade with any Origin). Returns the status code.
/// </summary>
public static class RawHttp
{
    public static async Task<int> StatusAsync(
        Uri server, string method, string path, string host, IEnumerable<(string Name, string Value)>? headers = null,
        bool webSocket = false, CancellationToken ct = default)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, ct);
        await using var stream = client.GetStream();
        var request = new StringBuilder()
            .Append($"{method} {path} HTTP/1.1\r\n")
            .Append($"Host: {host}\r\n");
        if (webSocket)
        {
            request.Append("Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n")
                .Append("Sec-WebSocket-Key: ").Append(Convert.ToBase64String(Guid.NewGuid().ToByteArray())).Append("\r\n");
        }
        else
        {
            request.Append("Connection: close\r\n");
        }
        foreach (var (name, value) in headers ?? [])
        {
            request.Append($"{name}: {value}\r\n");
        }
        if (method == "POST")
        {
            request.Append("Content-Length: 0\r\n");
        }
        request.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()), ct);

        var buffer = new byte[256];
        var read = 0;
        while (read < 12)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), ct);
            if (n == 0)
            {
                break;
            }
            read += n;
        }
        var statusLine = Encoding.ASCII.GetString(buffer, 0, read);
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}

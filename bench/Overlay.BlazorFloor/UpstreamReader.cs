using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace Overlay.BlazorFloor;

/// <summary>Connects to the upstream like the relays do and publishes each chat frame's "nickname: comment".</summary>
public sealed class UpstreamReader(Uri upstream, ChatFeed feed, ILogger<UpstreamReader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var url = new Uri(upstream, "?uniqueId=bench&apiKey=tk_bench");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(url, stoppingToken);
                await ReadAsync(socket, stoppingToken);
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException)
            {
                logger.LogWarning("Upstream connection failed: {Message}", e.Message);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
        }
    }

    private async Task ReadAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var message = new ArrayBufferWriter<byte>(16 * 1024);
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(message.GetMemory(8 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
            message.Advance(result.Count);
            if (result.EndOfMessage)
            {
                if (ChatLine(message.WrittenSpan) is { } line)
                {
                    feed.Publish(line);
                }
                message.ResetWrittenCount();
            }
        }
    }

    private static string? ChatLine(ReadOnlySpan<byte> frame)
    {
        using var doc = JsonDocument.Parse(frame.ToArray());
        var root = doc.RootElement;
        if (!root.TryGetProperty("event", out var name) || name.GetString() != "chat")
        {
            return null;
        }
        var data = root.GetProperty("data");
        return $"{data.GetProperty("user").GetProperty("nickname").GetString()}: {data.GetProperty("comment").GetString()}";
    }
}

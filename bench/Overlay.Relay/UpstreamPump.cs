using System.Buffers;
using System.Net.WebSockets;

namespace Overlay.Relay;

/// <summary>
/// Connects to the upstream like the app does and hands every whole message to <paramref name="onFrame"/>: the
/// relay forwards it untouched, the Blazor floor (which compiles this file too) reads its chat line.
/// </summary>
public sealed class UpstreamPump(Uri upstream, Func<ReadOnlyMemory<byte>, CancellationToken, Task> onFrame, ILogger logger)
    : BackgroundService
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
                await PumpAsync(socket, stoppingToken);
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

    private async Task PumpAsync(ClientWebSocket socket, CancellationToken cancellationToken)
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
                await onFrame(message.WrittenMemory, cancellationToken);
                message.ResetWrittenCount();
            }
        }
    }
}

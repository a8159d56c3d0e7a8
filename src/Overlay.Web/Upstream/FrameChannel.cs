using System.Threading.Channels;
using Overlay.Web.Diagnostics;

namespace Overlay.Web.Upstream;

/// <summary>
/// The hand-off between the socket callback and the pipeline loop. Writing never blocks the receive loop:
/// when the pipeline falls this far behind, the oldest raw frame is dropped and counted.
/// </summary>
public sealed class FrameChannel
{
    public const int Capacity = 16_384;

    private readonly Channel<InboundFrame> _channel;

    public FrameChannel(OverlayMetrics metrics)
    {
        _channel = Channel.CreateBounded<InboundFrame>(
            new BoundedChannelOptions(Capacity)
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleReader = true,
                SingleWriter = false,
            },
            _ => metrics.CountDropped(DropReason.RawQueueFull));
    }

    public ChannelReader<InboundFrame> Reader => _channel.Reader;

    public bool TryWrite(InboundFrame frame) => _channel.Writer.TryWrite(frame);
}

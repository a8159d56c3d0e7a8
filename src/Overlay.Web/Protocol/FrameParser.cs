using Overlay.Web.Diagnostics;

namespace Overlay.Web.Protocol;

/// <summary>The only code that knows the wire format (protocol.md). Stateless and thread-safe.</summary>
public sealed class FrameParser
{
    public const int MaxFrameBytes = 1024 * 1024;

    public FrameParseResult Parse(string text) => FrameParseResult.Dropped(DropReason.NotJson, "not implemented");

    public FrameParseResult Parse(ReadOnlySpan<byte> utf8) => FrameParseResult.Dropped(DropReason.NotJson, "not implemented");
}

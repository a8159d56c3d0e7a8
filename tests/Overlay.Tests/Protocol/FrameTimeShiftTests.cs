using System.Text.Json.Nodes;
using Overlay.Tests.Builders;
using Overlay.Web.Protocol;

namespace Overlay.Tests.Protocol;

public sealed class FrameTimeShiftTests
{
    private static readonly DateTimeOffset Recorded = new(2025, 3, 1, 20, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_timestamp_becomes_now_and_later_ones_keep_their_gap()
    {
        long? shift = null;

        var first = FrameTimeShift.ToReplayTime(Frames.Chat("a").At(Recorded), Now, ref shift);
        var second = FrameTimeShift.ToReplayTime(Frames.Chat("b").At(Recorded.AddSeconds(30)), Now.AddSeconds(1), ref shift);

        Assert.Equal(Now.ToUnixTimeMilliseconds(), Timestamp(first));
        Assert.Equal(Now.AddSeconds(30).ToUnixTimeMilliseconds(), Timestamp(second));
        Assert.Equal("b", JsonNode.Parse(second)!["data"]!["comment"]!.GetValue<string>());
    }

    [Fact]
    public void Numeric_strings_stay_strings()
    {
        long? shift = null;
        string frame = Frames.Chat("a").Set("createTime", Recorded.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

        var moved = FrameTimeShift.ToReplayTime(frame, Now, ref shift);

        Assert.Equal(Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            JsonNode.Parse(moved)!["data"]!["createTime"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"event\":\"chat\",\"data\":{\"comment\":\"no time\"}}")]
    public void A_frame_without_readable_times_goes_out_unchanged(string frame)
    {
        long? shift = null;

        Assert.Same(frame, FrameTimeShift.ToReplayTime(frame, Now, ref shift));
        Assert.Null(shift);
    }

    private static long Timestamp(string frame) => JsonNode.Parse(frame)!["data"]!["timestamp"]!.GetValue<long>();
}

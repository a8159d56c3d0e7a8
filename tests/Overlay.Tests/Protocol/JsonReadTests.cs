using System.Text.Json.Nodes;
using Overlay.Tests.Builders;
using Overlay.Web.Events;
using Overlay.Web.Protocol;

namespace Overlay.Tests.Protocol;

/// <summary>Tolerant numbers (protocol.md §2, §9 wrong types), through gift frames.</summary>
public sealed class JsonReadTests
{
    private readonly FrameParser _parser = new();

    private int Diamonds(string json) =>
        Assert.IsType<GiftEvent>(_parser.Parse(Frames.Gift("Rose").Set("diamondCount", JsonNode.Parse(json))).Event).DiamondCount;

    [Theory]
    [InlineData("5", 5)]
    [InlineData("\"5\"", 5)]
    [InlineData("5.9", 5)]
    [InlineData("\"5.9\"", 5)]
    [InlineData("5e2", 500)]
    public void Numbers_and_numeric_strings_are_read_with_fractions_truncated(string json, int expected)
    {
        Assert.Equal(expected, Diamonds(json));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("\"-5\"")]
    [InlineData("-9223372036854775809")]
    public void Negative_counts_become_zero(string json)
    {
        Assert.Equal(0, Diamonds(json));
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("9223372036854775808")]
    [InlineData("1e400")]
    public void Counts_above_int32_are_clamped(string json)
    {
        Assert.Equal(int.MaxValue, Diamonds(json));
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("\"\"")]
    [InlineData("true")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("null")]
    public void Non_numeric_values_give_the_default(string json)
    {
        Assert.Equal(0, Diamonds(json));
    }

    [Fact]
    public void Totals_keep_64_bit_range()
    {
        var like = Assert.IsType<LikeEvent>(_parser.Parse(Frames.Like(1).Total(5_000_000_000)).Event);

        Assert.Equal(5_000_000_000, like.TotalLikeCount);
    }

    [Fact]
    public void Gift_type_of_wrong_type_is_null()
    {
        Assert.Null(Assert.IsType<GiftEvent>(_parser.Parse(Frames.Gift("Rose").Set("giftType", "x")).Event).GiftType);
    }
}

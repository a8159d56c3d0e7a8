using Overlay.Web.Recording;

namespace Overlay.Tests.Recording;

public sealed class ReplaySpeedTests
{
    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("5", 5.0)]
    [InlineData("5x", 5.0)]
    [InlineData(" 2.5 ", 2.5)]
    [InlineData("", 1.0)]
    public void Numbers_are_factors_on_the_recorded_gaps(string text, double factor)
    {
        Assert.True(ReplaySpeed.TryParse(text, out var speed));
        Assert.Equal(factor, speed.Factor);
        Assert.Equal(TimeSpan.FromSeconds(10 / factor), speed.Scale(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Max_sends_without_waiting()
    {
        Assert.True(ReplaySpeed.TryParse("MAX", out var speed));
        Assert.Equal(TimeSpan.Zero, speed.Scale(TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("5000")]
    public void Anything_else_is_refused(string text) => Assert.False(ReplaySpeed.TryParse(text, out _));
}

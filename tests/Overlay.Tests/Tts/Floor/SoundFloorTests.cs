using Overlay.Web.Tts.Floor;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Tts.Floor;

public sealed class SoundFloorTests
{
    [Fact]
    public void The_floor_is_free_until_a_claim_and_again_when_it_ends()
    {
        var time = Clock();
        var floor = new SoundFloor(time);
        Assert.True(floor.IsFree);

        floor.Claim(TimeSpan.FromSeconds(5));
        Assert.False(floor.IsFree);
        time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.Equal(TimeSpan.FromSeconds(0.1), floor.FreeIn);
        time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.True(floor.IsFree);
    }

    [Fact]
    public void A_shorter_claim_never_shortens_a_longer_one()
    {
        var time = Clock();
        var floor = new SoundFloor(time);

        floor.Claim(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromSeconds(1));
        floor.Claim(TimeSpan.FromSeconds(2));

        Assert.Equal(Start + TimeSpan.FromSeconds(10), floor.FreeAt);
    }

    [Fact]
    public void Each_claim_tells_subscribers()
    {
        var floor = new SoundFloor(Clock());
        var told = 0;
        using var subscription = floor.Subscribe(() => told++);

        floor.Claim(TimeSpan.FromSeconds(1));
        floor.Claim(TimeSpan.FromSeconds(1));

        Assert.Equal(2, told);
    }
}

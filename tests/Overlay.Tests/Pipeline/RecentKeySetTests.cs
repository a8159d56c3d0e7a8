using Overlay.Web.Pipeline;
using Overlay.Tests.Infrastructure;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Pipeline;

public sealed class RecentKeySetTests
{
    [Fact]
    public void Key_is_refused_within_the_window_and_accepted_after_it()
    {
        var keys = new RecentKeySet(TimeSpan.FromSeconds(10));
        keys.TryAccept("k", Start);

        Assert.False(keys.TryAccept("k", Start.AddSeconds(9.9)));
        Assert.True(keys.TryAccept("k", Start.AddSeconds(10)));
    }

    [Fact]
    public void Expired_keys_are_forgotten()
    {
        var keys = new RecentKeySet(TimeSpan.FromSeconds(10));
        keys.TryAccept("a", Start);
        keys.TryAccept("b", Start.AddSeconds(1));

        keys.TryAccept("c", Start.AddSeconds(30));

        Assert.Equal(1, keys.Count);
    }

    [Fact]
    public void Memory_is_bounded_by_the_capacity()
    {
        var keys = new RecentKeySet(TimeSpan.FromMinutes(10), capacity: 2);
        keys.TryAccept("a", Start);
        keys.TryAccept("b", Start);
        keys.TryAccept("c", Start);

        Assert.Equal(2, keys.Count);
        Assert.True(keys.TryAccept("a", Start));
    }
}

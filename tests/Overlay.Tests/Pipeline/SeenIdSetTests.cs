
using Overlay.Web.Pipeline;

namespace Overlay.Tests.Pipeline;

public sealed class SeenIdSetTests
{
    [Fact]
    public void Second_add_of_an_id_returns_false()
    {
        var seen = new SeenIdSet();

        Assert.True(seen.Add("a"));
        Assert.False(seen.Add("a"));
    }

    [Fact]
    public void Only_the_most_recent_ids_are_kept()
    {
        var seen = new SeenIdSet(capacity: 3);
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            seen.Add(id);
        }

        Assert.Equal(3, seen.Count);
        Assert.False(seen.Add("d"));
        Assert.True(seen.Add("a"));
    }

    [Fact]
    public void Default_capacity_is_ten_thousand()
    {
        var seen = new SeenIdSet();
        for (var i = 0; i < 10_001; i++)
        {
            seen.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(10_000, seen.Count);
        Assert.False(seen.Add("10000"));
        Assert.True(seen.Add("0"));
    }
}

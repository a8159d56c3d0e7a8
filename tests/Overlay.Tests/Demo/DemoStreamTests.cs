using System.Text.Json;
using Overlay.Web.Demo;

namespace Overlay.Tests.Demo;

public sealed class DemoStreamTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 20, 0, 0, TimeSpan.Zero);

    private static List<JsonElement> Run(int seed, int ticks)
    {
        var stream = new DemoStream(seed);
        var frames = new List<string> { stream.OpeningFrame() };
        for (var i = 0; i < ticks; i++)
        {
            frames.AddRange(stream.Tick(Start + DemoStream.TickInterval * i));
        }
        return [.. frames.Select(f => JsonDocument.Parse(f).RootElement.Clone())];
    }

    private static string Name(JsonElement frame) => frame.GetProperty("event").GetString()!;

    [Fact]
    public void Stream_opens_with_room_info()
    {
        var frames = Run(seed: 1, ticks: 0);

        Assert.Equal("roomInfo", Name(frames[0]));
        Assert.False(string.IsNullOrEmpty(frames[0].GetProperty("roomId").GetString()));
    }

    [Fact]
    public void A_minute_of_demo_has_every_common_event_type()
    {
        var names = Run(seed: 7, ticks: 240).Select(Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "chat", "like", "gift", "member", "follow", "roomUserSeq" }, names);
    }

    [Fact]
    public void Room_like_total_never_goes_down()
    {
        var totals = Run(seed: 3, ticks: 400)
            .Where(f => Name(f) == "like")
            .Select(f => f.GetProperty("data").GetProperty("totalLikeCount").GetInt64())
            .ToList();

        Assert.NotEmpty(totals);
        Assert.Equal(totals.Order(), totals);
    }

    [Fact]
    public void Every_finished_streak_sends_rising_counts_then_one_end_frame()
    {
        var streaks = Run(seed: 11, ticks: 800)
            .Where(f => Name(f) == "gift")
            .Select(f => f.GetProperty("data"))
            .Where(d => d.GetProperty("giftType").GetInt32() == 1)
            .GroupBy(d => d.GetProperty("groupId").GetString())
            .Where(g => g.Any(d => d.GetProperty("repeatEnd").GetBoolean()))
            .ToList();

        Assert.NotEmpty(streaks);
        foreach (var streak in streaks)
        {
            var counts = streak.Select(d => d.GetProperty("repeatCount").GetInt32()).ToList();
            Assert.Equal(counts.Order(), counts);
            Assert.Single(streak, d => d.GetProperty("repeatEnd").GetBoolean());
            Assert.True(streak.Last().GetProperty("repeatEnd").GetBoolean());
        }
    }

    [Fact]
    public void Message_ids_are_unique_within_a_run()
    {
        var ids = Run(seed: 5, ticks: 400)
            .Where(f => f.TryGetProperty("data", out var d) && d.TryGetProperty("msgId", out _))
            .Select(f => f.GetProperty("data").GetProperty("msgId").GetString())
            .ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}

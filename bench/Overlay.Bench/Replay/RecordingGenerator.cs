namespace Overlay.Bench.Replay;

/// <summary>
/// Makes a seeded, repeatable stream of <c>hours</c>: chat, likes (with the room total), joins, follows, shares,
/// viewer counts every 5 s, and gift streaks as protocol.md §5 describes them (one frame per update with the running
/// count, then an end frame), with the untidy cases real streams have: end frames that never come, late copies of
/// an end frame, and late end frames with a higher count. A few viewers send most gifts, so the leaderboard order is
/// decided by real totals. Activity swells and ebbs over the stream. Every frame has its own msgId, and each streak
/// its own groupId, so speeding the replay up changes no combo key (see the replay README section).
/// </summary>
public static class RecordingGenerator
{
    private const int ViewerPool = 3000;
    private const int Whales = 3;
    private const int Regulars = 20;
    private const double StreakFrameGap = 0.25;

    public static Recording Generate(double hours, int seed)
    {
        var random = new Random(seed);
        var seconds = hours * 3600;
        var events = new List<ReplayEvent>();
        long viewers = 200;
        var groupId = 1;
        var giftWeights = Recording.Gifts.Sum(g => g.Weight);
        for (var second = 0; second < (int)seconds; second++)
        {
            // Busier in the middle hour of each two: a stream has rushes and lulls.
            var activity = 0.6 + 0.4 * Math.Sin(second / 3600.0 * Math.PI);
            Emit(random, events, second, Poisson(random, 2.0 * activity), ReplayKind.Chat);
            Emit(random, events, second, Poisson(random, 0.7 * activity), ReplayKind.Join);
            Emit(random, events, second, Poisson(random, 0.02), ReplayKind.Follow);
            Emit(random, events, second, Poisson(random, 0.01), ReplayKind.Share);
            for (var i = Poisson(random, 1.5 * activity); i > 0; i--)
            {
                events.Add(new(second + random.NextDouble(), ReplayKind.Like, random.Next(ViewerPool), 1 + random.Next(15)));
            }
            if (second % 5 == 0)
            {
                viewers = Math.Max(10, viewers + random.Next(-20, 25));
                events.Add(new(second, ReplayKind.Viewers, 0, C: viewers));
            }
            for (var i = Poisson(random, 0.12 * activity); i > 0; i--)
            {
                AddGift(random, events, second + random.NextDouble(), Gifter(random), PickGift(random, giftWeights), groupId++);
            }
        }
        // The stream's last like, so the final room total is the last frame sent (the replay sends it after a pause).
        events.Add(new(seconds, ReplayKind.Like, 0, 1));
        // Stable by time; then the room like total runs up in send order, as on the wire.
        var ordered = events.OrderBy(e => e.At).ToList();
        long likeTotal = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Kind == ReplayKind.Like)
            {
                likeTotal += ordered[i].A;
                ordered[i] = ordered[i] with { C = likeTotal };
            }
        }
        return new Recording(ordered, seconds, ViewerPool);
    }

    private static void AddGift(Random random, List<ReplayEvent> events, double at, int viewer, int gift, int groupId)
    {
        if (!Recording.Gifts[gift].Streakable)
        {
            events.Add(new(at, ReplayKind.Gift, viewer, gift, 1, groupId, End: false));
            return;
        }
        // Streak length: mostly short, now and then a long one.
        var count = 1 + (int)Math.Min(199, -Math.Log(1 - random.NextDouble()) * 6);
        for (var n = 1; n <= count; n++)
        {
            events.Add(new(at + (n - 1) * StreakFrameGap, ReplayKind.Gift, viewer, gift, n, groupId));
        }
        var endAt = at + count * StreakFrameGap;
        var roll = random.NextDouble();
        if (roll < 0.05)
        {
            return; // The end frame never comes: the app's quiet timer finishes the combo.
        }
        events.Add(new(endAt, ReplayKind.Gift, viewer, gift, count, groupId, End: true));
        if (roll < 0.10)
        {
            // A late copy of the end frame (new msgId, same count): must not count twice (§5 step 7).
            events.Add(new(endAt + 2, ReplayKind.Gift, viewer, gift, count, groupId, End: true));
        }
        else if (roll < 0.13)
        {
            // A late end frame with a higher count: only the difference is added (§5 step 7).
            events.Add(new(endAt + 3, ReplayKind.Gift, viewer, gift, count + 1 + random.Next(5), groupId, End: true));
        }
    }

    /// <summary>Whales send ~40 % of streaks, regulars ~30 %, everyone else the rest.</summary>
    private static int Gifter(Random random)
    {
        var roll = random.NextDouble();
        return roll < 0.4 ? random.Next(Whales)
            : roll < 0.7 ? Whales + random.Next(Regulars)
            : random.Next(ViewerPool);
    }

    private static int PickGift(Random random, double totalWeight)
    {
        var roll = random.NextDouble() * totalWeight;
        for (var i = 0; i < Recording.Gifts.Count; i++)
        {
            roll -= Recording.Gifts[i].Weight;
            if (roll < 0)
            {
                return i;
            }
        }
        return 0;
    }

    private static void Emit(Random random, List<ReplayEvent> events, int second, int count, ReplayKind kind)
    {
        for (var i = 0; i < count; i++)
        {
            events.Add(new(second + random.NextDouble(), kind, random.Next(ViewerPool)));
        }
    }

    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var n = 0;
        while (product > limit)
        {
            n++;
            product *= random.NextDouble();
        }
        return n;
    }
}

using Overlay.Web.Protocol;

namespace Overlay.Web.Demo;

/// <summary>
/// Makes a plausible LIVE, one tick at a time, as wire frames: roomInfo first, then chat a few times a second,
/// likes with a rising room total, gift streaks sent frame by frame (§5), single gifts, follows, shares, joins
/// and viewer counts; a PK every few minutes, captions while the creator "talks" and a spam line that a moderator
/// deletes now and then (protocol.md §10). Deterministic for a given seed, and driven by the caller's clock, so tests
/// can step it.
/// </summary>
public sealed class DemoStream
{
    public static readonly TimeSpan TickInterval = TimeSpan.FromMilliseconds(250);

    private readonly Random _random;
    private readonly DemoBattle _battle;
    private readonly DemoTalk _talk;
    private readonly DemoModeration _moderation;
    private readonly List<Streak> _streaks = [];
    private readonly string _roomId;
    private readonly string _idPrefix;
    private long _sequence;
    private long _likeTotal = 1_200;
    private long _viewers = 340;
    private int _tick;

    public DemoStream(int seed)
    {
        _random = new Random(seed);
        _roomId = "7400000000000" + (seed & 0xFFFF).ToString("D5");
        _idPrefix = "demo-" + seed.ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + "-";
        _battle = new DemoBattle(seed, NextId);
        _talk = new DemoTalk(seed, NextId);
        _moderation = new DemoModeration(seed, NextId);
    }

    public string OpeningFrame() =>
        WireFrameWriter.RoomInfo(_roomId, "demo", "Demo LIVE: this is what your stream's events look like", _viewers, _likeTotal);

    /// <summary>The frames for the next <see cref="TickInterval"/> of the stream.</summary>
    public IReadOnlyList<string> Tick(DateTimeOffset now)
    {
        _tick++;
        var frames = new List<string>();
        if (Chance(0.8)) frames.Add(WireFrameWriter.Chat(NextId(), Viewer(), Pick(DemoCast.Lines), now));
        if (Chance(0.5))
        {
            var taps = _random.Next(1, 16);
            _likeTotal += taps + _random.Next(0, 30); // other viewers' likes that were thinned out (§4 like)
            frames.Add(WireFrameWriter.Like(NextId(), Viewer(), now, taps, _likeTotal));
        }
        if (Chance(0.25)) frames.Add(WireFrameWriter.Member(NextId(), Viewer(), now));
        if (Chance(0.03)) frames.Add(WireFrameWriter.Follow(NextId(), Viewer(), now));
        if (Chance(0.015)) frames.Add(WireFrameWriter.Share(NextId(), Viewer(), now));
        if (Chance(0.006)) frames.Add(WireFrameWriter.Subscribe(NextId(), Viewer(), now, _random.Next(1, 13)));
        if (_tick % 20 == 0)
        {
            _viewers = Math.Max(1, _viewers + _random.Next(-15, 25));
            frames.Add(WireFrameWriter.ViewerCount(_viewers, now));
        }
        if (Chance(0.05)) StartGift(now, frames);
        AdvanceStreaks(now, frames);
        _battle.Tick(_tick, now, frames);
        _talk.Tick(_tick, now, frames);
        _moderation.Tick(_tick, now, frames);
        return frames;
    }

    private void StartGift(DateTimeOffset now, List<string> frames)
    {
        var gift = Pick(DemoCast.Gifts);
        var user = Viewer();
        if (!gift.Streakable)
        {
            frames.Add(WireFrameWriter.Gift(NextId(), user, now, gift.Id, gift.Name, gift.Diamonds, 1, false, 2, "", gift.PictureUrl));
            return;
        }
        // A streak: one frame per update with the running count, then a final repeatEnd frame (§5).
        _streaks.Add(new Streak(user, gift, NextId(), _random.Next(1, 12)));
    }

    private void AdvanceStreaks(DateTimeOffset now, List<string> frames)
    {
        for (var i = _streaks.Count - 1; i >= 0; i--)
        {
            var s = _streaks[i];
            if (!Chance(0.6)) continue;
            s.Count++;
            var ended = s.Count >= s.Target;
            frames.Add(WireFrameWriter.Gift(NextId(), s.User, now, s.Gift.Id, s.Gift.Name, s.Gift.Diamonds, s.Count, false, 1, s.GroupId, s.Gift.PictureUrl));
            if (ended)
            {
                frames.Add(WireFrameWriter.Gift(NextId(), s.User, now, s.Gift.Id, s.Gift.Name, s.Gift.Diamonds, s.Count, true, 1, s.GroupId, s.Gift.PictureUrl));
                _streaks.RemoveAt(i);
            }
        }
    }

    private WireFrameWriter.User Viewer() => Pick(DemoCast.Viewers);

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private bool Chance(double p) => _random.NextDouble() < p;

    private string NextId() => _idPrefix + (++_sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Streak(WireFrameWriter.User user, DemoCast.Gift gift, string groupId, int target)
    {
        public WireFrameWriter.User User { get; } = user;
        public DemoCast.Gift Gift { get; } = gift;
        public string GroupId { get; } = groupId;
        public int Target { get; } = target;
        public int Count { get; set; }
    }
}

using Overlay.Web.Protocol;

namespace Overlay.Web.Demo;

/// <summary>
/// The demo's PK battles (protocol.md §10), one every <see cref="Every"/> ticks: battle preparing, then active with
/// a battleArmies score frame every two seconds and now and then a booster card or an opponent-room gift, then
/// ended. Shorter than TikTok's five minutes so a newcomer sees the whole thing. Its own random source, so adding
/// it left the rest of the demo's sequence for a seed as it was.
/// </summary>
internal sealed class DemoBattle(int seed, Func<string> nextId)
{
    public const int FirstAt = 80;            // 20 s in
    public const int Every = 720;             // 3 min
    public const int PreparingTicks = 20;     // 5 s
    public const int ActiveSeconds = 60;
    public const int ScoreEveryTicks = 8;     // 2 s

    private static readonly int ActiveTicks = (int)(TimeSpan.FromSeconds(ActiveSeconds) / DemoStream.TickInterval);

    private readonly Random _random = new(unchecked(seed * 31 + 17));
    private string _battleId = "";
    private long _left;
    private long _right;
    private int _number;

    public void Tick(int tick, DateTimeOffset now, List<string> frames)
    {
        if (tick < FirstAt)
        {
            return;
        }
        var t = (tick - FirstAt) % Every;
        if (t == 0)
        {
            _battleId = "demo-pk-" + seed.ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + "-" + ++_number;
            (_left, _right) = (0, 0);
            frames.Add(WireFrameWriter.Battle(nextId(), _battleId, 4, ActiveSeconds, now));
            return;
        }
        if (t == PreparingTicks)
        {
            frames.Add(WireFrameWriter.Battle(nextId(), _battleId, 1, ActiveSeconds, now));
        }
        if (t < PreparingTicks || t > PreparingTicks + ActiveTicks)
        {
            return;
        }
        var elapsed = t - PreparingTicks;
        if (elapsed % ScoreEveryTicks == 0 || elapsed == ActiveTicks)
        {
            _left += _random.Next(0, 400);
            _right += _random.Next(0, 380);
            var left = (int)Math.Ceiling((ActiveTicks - elapsed) * DemoStream.TickInterval.TotalSeconds);
            frames.Add(WireFrameWriter.BattleArmies(nextId(), _battleId, now, left, ActiveSeconds, Hosts()));
        }
        if (elapsed == ActiveTicks)
        {
            frames.Add(WireFrameWriter.Battle(nextId(), _battleId, 3, ActiveSeconds, now));
            return;
        }
        if (_random.NextDouble() < 0.012)
        {
            var (effect, multiplier) = Boosters[_random.Next(Boosters.Length)];
            frames.Add(WireFrameWriter.BattleItemCard(nextId(), effect, multiplier, Pick().Nickname, 15,
                "https://p16-webcast.tiktokcdn.com/img/maliva/webcast-va/" + effect + ".png", now));
        }
        if (_random.NextDouble() < 0.012)
        {
            frames.Add(WireFrameWriter.OpponentGift(nextId(), Rivals[_random.Next(Rivals.Length)], now, 5655, "Rose", 1, _random.Next(1, 10),
                "https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/rose.png"));
        }
    }

    private static readonly (string Effect, int Multiplier)[] Boosters = [("booster_x2", 2), ("booster_x3", 3), ("mist", 1), ("gloves", 1)];

    private static readonly WireFrameWriter.User[] Rivals =
    [
        new("rival_fan_1", "Rival Fan ⚔️", "8001"),
        new("rival_fan_2", "Opponent's Bestie", "8002"),
    ];

    private WireFrameWriter.User Pick() => DemoCast.Viewers[_random.Next(DemoCast.Viewers.Length)];

    // Three of the demo's viewers on our side in a fixed order of weight, two rivals on the other; the scores
    // split so the MVP stays first, as on the wire (§10).
    private IReadOnlyList<WireFrameWriter.Host> Hosts() =>
    [
        new("7400000000000000001", _left, 0,
        [
            new(DemoCast.Viewers[_number % DemoCast.Viewers.Length].UserId, DemoCast.Viewers[_number % DemoCast.Viewers.Length].Nickname, _left / 2),
            new(DemoCast.Viewers[(_number + 3) % DemoCast.Viewers.Length].UserId, DemoCast.Viewers[(_number + 3) % DemoCast.Viewers.Length].Nickname, _left / 3),
            new(DemoCast.Viewers[(_number + 7) % DemoCast.Viewers.Length].UserId, DemoCast.Viewers[(_number + 7) % DemoCast.Viewers.Length].Nickname, _left / 6),
        ]),
        new("7400000000000000002", _right, 1,
        [
            new(Rivals[0].UserId, Rivals[0].Nickname, _right * 3 / 5),
            new(Rivals[1].UserId, Rivals[1].Nickname, _right * 2 / 5),
        ]),
    ];
}

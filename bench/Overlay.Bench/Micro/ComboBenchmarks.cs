using Overlay.Web.Pipeline;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Overlay.Web.Events;

namespace Overlay.Bench.Micro;

/// <summary>
/// The gift combo rule (protocol.md §5) in GiftComboTracker.OnGift: a single gift (alerts at once, the Ratio = 1
/// baseline) against a 10-frame streak ending with repeatEnd. Each call uses a new groupId, so every combo is
/// new (a reused key would be a late copy); the finished-combo memory stays at its bound of 10,000.
/// </summary>
[MemoryDiagnoser]
public class ComboBenchmarks : IDisposable
{
    private static readonly ViewerUser Sender = new("7044640112358049000", "gifter", "Gift Sender", null);

    private readonly GiftEvent _single = new(Sender, "6064", "Lion", 29999, 1, false, 2, "", null);
    private readonly GiftEvent _rose = new(Sender, "5655", "Rose", 1, 1, false, 1, "", null);
    private readonly string[] _groups = Enumerable.Range(0, 1 << 16).Select(i => $"{1732478123456 + i}").ToArray();
    private GiftComboTracker _tracker = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var hub = new EventHub(NullLogger<EventHub>.Instance);
        _tracker = new GiftComboTracker(Options.Create(new EventsOptions()), hub, TimeProvider.System,
            NullLogger<GiftComboTracker>.Instance);
    }

    [Benchmark(Baseline = true)]
    public bool Single_gift() => _tracker.OnGift(_single with { GroupId = NextGroup() });

    [Benchmark(OperationsPerInvoke = 10)]
    public bool Streak_frame_of_10()
    {
        var group = NextGroup();
        for (var count = 1; count < 10; count++)
        {
            _tracker.OnGift(_rose with { GroupId = group, RepeatCount = count });
        }
        return _tracker.OnGift(_rose with { GroupId = group, RepeatCount = 10, RepeatEnd = true });
    }

    private string NextGroup() => _groups[_next++ & (_groups.Length - 1)];

    [GlobalCleanup]
    public void Dispose()
    {
        _tracker?.Dispose();
        GC.SuppressFinalize(this);
    }
}

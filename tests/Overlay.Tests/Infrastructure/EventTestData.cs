using Overlay.Web.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Events;

namespace Overlay.Tests.Infrastructure;

/// <summary>Typed events as the parser would produce them, readable in a test line.</summary>
public static class EventTestData
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 20, 0, 0, TimeSpan.Zero);

    public static ViewerUser User(string name) => new(Id: "id-" + name, UniqueId: name, Nickname: name.ToUpperInvariant(), AvatarUrl: $"https://example.com/{name}.webp");

    public static GiftEvent Rose(string from, int count, bool end = false, string groupId = "g1") =>
        new(User(from), "5655", "Rose", 1, count, end, 1, groupId, "https://example.com/rose.png");

    public static GiftEvent Lion(string from, int diamonds = 29_999) =>
        new(User(from), "6369", "Lion", diamonds, 1, false, 2, "", "https://example.com/lion.png");

    public static GiftComboEvent Finished(string from, long diamonds, int count = 1) =>
        new(User(from), "1", "Gift", null, checked((int)(diamonds / count)), count, ComboPhase.Finished, count);

    public static ChatEvent Chat(string from, string comment) => new(User(from), comment);

    public static EventHub Hub() => new(NullLogger<EventHub>.Instance);

    public static GiftComboTracker Tracker(EventHub hub, TimeProvider time, double quietSeconds = 5) =>
        new(Options.Create(new EventsOptions { ComboQuietSeconds = quietSeconds }), hub, time, NullLogger<GiftComboTracker>.Instance);

    public static FakeTimeProvider Clock() => new(Start);
}

/// <summary>Everything published on a hub, in order.</summary>
public sealed class HubRecorder : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<OverlayEvent> _events = [];
    private readonly IDisposable _subscription;

    public HubRecorder(EventHub hub) => _subscription = hub.Subscribe(e =>
    {
        lock (_gate)
        {
            _events.Add(e);
        }
    });

    public IReadOnlyList<OverlayEvent> All
    {
        get { lock (_gate) { return [.. _events]; } }
    }

    public IReadOnlyList<GiftComboEvent> Combos(ComboPhase phase) => [.. All.OfType<GiftComboEvent>().Where(c => c.Phase == phase)];

    public void Dispose() => _subscription.Dispose();
}

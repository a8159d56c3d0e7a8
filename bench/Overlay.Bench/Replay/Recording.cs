namespace Overlay.Bench.Replay;

public enum ReplayKind : byte
{
    Chat,
    Like,
    Join,
    Follow,
    Share,
    Gift,
    Viewers,
}

/// <summary>
/// One upstream event of a recording, kept small (an 8-hour stream has a few hundred thousand): the frame is only
/// written when it is sent. Gift: <see cref="A"/> = catalogue index, <see cref="B"/> = repeatCount, <see cref="C"/> =
/// groupId, <see cref="End"/> = repeatEnd. Like: <see cref="A"/> = taps, <see cref="C"/> = room total. Viewers:
/// <see cref="C"/> = viewer count.
/// </summary>
public readonly record struct ReplayEvent(double At, ReplayKind Kind, int Viewer, int A = 0, int B = 0, long C = 0, bool End = false);

/// <summary>A gift of the recording's catalogue; giftType 1 is streakable (protocol.md §4 gift).</summary>
public sealed record ReplayGift(int Id, string Name, int Diamonds, bool Streakable, double Weight);

/// <summary>A deterministic stream: events in send order, with the viewers and gifts they name.</summary>
public sealed class Recording(IReadOnlyList<ReplayEvent> events, double seconds, int viewers)
{
    public static IReadOnlyList<ReplayGift> Gifts { get; } =
    [
        new(5655, "Rose", 1, true, 50),
        new(5269, "TikTok", 1, true, 20),
        new(5487, "Finger Heart", 5, true, 15),
        new(5879, "Doughnut", 30, true, 8),
        new(5660, "Hand Hearts", 100, true, 4),
        new(6267, "Corgi", 299, false, 2),
        new(5378, "Galaxy", 1000, false, 0.5),
    ];

    public IReadOnlyList<ReplayEvent> Events => events;

    /// <summary>Length of the recorded stream, in recording seconds.</summary>
    public double Seconds => seconds;

    public int Viewers => viewers;

    public static string Nickname(int viewer) => $"Viewer {viewer:D4}";

    public static string UniqueId(int viewer) => $"viewer{viewer:D4}";

    public static string UserId(int viewer) => $"{7_100_000_000_000_000_000 + viewer}";
}

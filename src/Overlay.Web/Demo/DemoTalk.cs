using Overlay.Web.Protocol;

namespace Overlay.Web.Demo;

/// <summary>
/// The demo creator "talks": live captions (protocol.md §10) as TikTok sends them, a partial window that grows a
/// word at a time (twice a second) and then the final window of the sentence, with a pause between sentences.
/// Its own random source, so the rest of the demo's sequence for a seed is unchanged.
/// </summary>
internal sealed class DemoTalk(int seed, Func<string> nextId)
{
    public const int TicksPerWord = 2;

    private static readonly string[] Sayings =
    [
        "Hello everyone welcome to the stream",
        "Thank you so much for the roses",
        "Let's go, we can win this battle",
        "Tap the screen if you can hear me",
        "Who is watching from Brazil tonight",
        "Follow for more streams like this one",
    ];

    private readonly Random _random = new(unchecked(seed * 13 + 5));
    private string[] _words = [];
    private int _spoken;
    private int _wait = 12;
    private DateTimeOffset _startedAt;

    public void Tick(int tick, DateTimeOffset now, List<string> frames)
    {
        if (_words.Length == 0)
        {
            if (--_wait > 0)
            {
                return;
            }
            _words = Sayings[_random.Next(Sayings.Length)].Split(' ');
            _spoken = 0;
            _startedAt = now;
        }
        if (tick % TicksPerWord != 0)
        {
            return;
        }
        _spoken++;
        var final = _spoken >= _words.Length;
        frames.Add(WireFrameWriter.Caption(nextId(), string.Join(' ', _words.Take(_spoken)), final, _startedAt, now));
        if (final)
        {
            _words = [];
            _wait = _random.Next(12, 40); // 3–10 s of quiet
        }
    }
}

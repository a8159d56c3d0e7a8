using Overlay.Web.Protocol;

namespace Overlay.Web.Demo;

/// <summary>
/// Now and then a spam line appears in the demo chat and a moderator deletes it a few seconds later (protocol.md
/// §10 imDelete), naming its msgId or, every other time, its messageUuid, so a newcomer sees a row leave the
/// ticker. Its own random source, so the rest of the demo's sequence for a seed is unchanged.
/// </summary>
internal sealed class DemoModeration(int seed, Func<string> nextId)
{
    public const string SpamLine = "FREE FOLLOWERS 💸 visit totally-not-spam.example";

    private static readonly WireFrameWriter.User Spammer = new("free_followers_4u", "Free Followers 4U", "7666");

    private readonly Random _random = new(unchecked(seed * 7 + 3));
    private string _pending = "";
    private int _deleteAt;
    private int _count;

    public void Tick(int tick, DateTimeOffset now, List<string> frames)
    {
        if (_pending.Length > 0)
        {
            if (tick >= _deleteAt)
            {
                frames.Add(WireFrameWriter.ImDelete(_pending));
                _pending = "";
            }
            return;
        }
        if (_random.NextDouble() >= 0.008)
        {
            return;
        }
        var msgId = nextId();
        var uuid = "demo-uuid-" + msgId;
        frames.Add(WireFrameWriter.Chat(msgId, Spammer, SpamLine, now, uuid));
        _pending = ++_count % 2 == 0 ? uuid : msgId;
        _deleteAt = tick + _random.Next(8, 17); // 2–4 s: long enough to be seen
    }
}

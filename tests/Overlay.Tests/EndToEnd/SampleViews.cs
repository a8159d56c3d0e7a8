using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Tests.EndToEnd;

/// <summary>Views that look like a real stream: emoji, a right-to-left name, a long message, a broken avatar URL.</summary>
public static class SampleViews
{
    public static GiftAlertView Alert(long id = 1, string nickname = "Cool Viewer 🌸", int displayMs = 60_000) =>
        new(new AlertView(id, nickname, "http://127.0.0.1:9/missing-avatar.webp", "Rose", null, 5, 5), 0, displayMs);

    public static ChatTickerView Chat(params string[] comments) =>
        new([.. comments.Select((c, i) => new ChatLine(i + 1, $"viewer{i + 1}", c, null, false, false))]);

    public static ChatTickerView BusyChat { get; } = new(
    [
        new ChatLine(1, "Cool Viewer 🌸", "hello 👋 first time here!", null, false, false),
        new ChatLine(2, "مريم", "سلام عليكم ❤️", null, false, true),
        new ChatLine(3, "ModSquad", "Remember to follow the rules, have fun!", null, true, false),
        new ChatLine(4, "long_talker", string.Concat(Enumerable.Repeat("this message goes on and on ", 20)), null, false, false),
        new ChatLine(5, "gamer_77", "GG 🔥🔥🔥", null, false, false),
    ]);

    public static GoalView Goal(long current = 6_420, long target = 10_000) => new("Road to 10K likes 💖", current, target);
}

using Overlay.Web.Protocol;

namespace Overlay.Web.Demo;

/// <summary>The demo's viewers, lines and gifts: varied on purpose (emoji, right-to-left, long names, markup-like text).</summary>
internal static class DemoCast
{
    public static readonly WireFrameWriter.User[] Viewers =
    [
        new("sunny_days", "Sunny ☀️", "7001"),
        new("pixel_pirate", "Pixel Pirate 🏴‍☠️", "7002"),
        new("layla.rtl", "ليلى 🌙", "7003"),
        new("noam_il", "נועם", "7004"),
        new("mika", "Mika 🌸", "7005"),
        new("the_longest_username_anyone_has_seen", "Captain Extraordinarily Long Display Name Of Doom 🚀", "7006"),
        new("kenji", "健二 🎮", "7007"),
        new("ana_b", "Ana B.", "7008"),
        new("dj_loop", "DJ Loop 🎧", "7009"),
        new("grandma_knits", "Grandma Knits 🧶", "7010"),
        new("zoe", "Zoë 👩‍🎤", "7011"),
        new("markup_fan", "<b>not bold</b>", "7012"),
    ];

    public static readonly string[] Lines =
    [
        "hello from Brazil 🇧🇷",
        "this song 🔥🔥🔥",
        "first time here, love the vibe",
        "مرحبا بالجميع",
        "שלום לכולם",
        "can you play it again?",
        "<script>alert('hi')</script> just kidding",
        "👋👋👋",
        "what game is this?",
        "GG!! that was close 😂",
        "lol",
        "sending love from Tokyo 🗼",
        "how long have you been streaming?",
        "tap tap tap ❤️",
        "this chat is moving so fast 🏎️ I can barely keep up with everything everyone is saying right now",
    ];

    public sealed record Gift(int Id, string Name, int Diamonds, bool Streakable, string PictureUrl);

    public static readonly Gift[] Gifts =
    [
        new(5655, "Rose", 1, true, "https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/rose.png"),
        new(5269, "TikTok", 1, true, "https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/tiktok.png"),
        new(5879, "Doughnut", 30, true, "https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/doughnut.png"),
        new(6064, "GG", 1, true, "https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/gg.png"),
        new(6369, "Lion", 29999, false, "https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/lion.png"),
        new(5658, "Perfume", 20, false, "https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/perfume.png"),
    ];
}

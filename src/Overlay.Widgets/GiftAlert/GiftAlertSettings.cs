using Overlay.Widgets.Shared;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Widgets.GiftAlert;

/// <summary>
/// The alert box. The top-level fields are the gift alert's (as they always were, so stored instances keep their
/// meaning); <see cref="Follow"/>, <see cref="Share"/>, <see cref="Subscribe"/> and <see cref="Join"/> add the other
/// types, and <see cref="Variations"/> give bigger gifts their own look.
/// </summary>
public sealed record GiftAlertSettings : IHasLook, IHasLanguage
{
    /// <summary>How long one alert stays on screen.</summary>
    public double DisplaySeconds { get; init; } = 5;

    /// <summary>Combos worth less than this (diamonds × count) do not alert.</summary>
    public int MinDiamonds { get; init; }

    /// <summary>Alerts waiting behind the current one. Past this, the cheapest waiting alert is dropped and logged.</summary>
    public int MaxQueue { get; init; } = 100;

    /// <summary>Gift alerts on/off.</summary>
    public bool GiftEnabled { get; init; } = true;

    /// <summary>Plain text with {nickname}, {giftName}, {count}, {diamonds}; empty shows the built-in gift layout.</summary>
    public string GiftTemplate { get; init; } = "";

    /// <summary>Play <see cref="SoundFile"/> when an alert starts showing.</summary>
    public bool SoundEnabled { get; init; }

    /// <summary>A file name in the top-level wwwroot/sounds folder.</summary>
    public string SoundFile { get; init; } = DefaultSoundFile;

    /// <summary>0–100, the browser's volume for the sound (OBS mixes the source on top of that).</summary>
    public int SoundVolume { get; init; } = 80;

    /// <summary>After a gift sound played, the next gift alerts stay silent for this many seconds; 0 for no limit.</summary>
    public int GiftSoundCooldownSeconds { get; init; }

    /// <summary>A file name in the top-level wwwroot/images folder shown with gift alerts; empty for none.</summary>
    public string GiftImageFile { get; init; } = "";

    /// <summary>A file name in the top-level wwwroot/videos folder, played muted with gift alerts; empty for none.</summary>
    public string GiftVideoFile { get; init; } = "";

    /// <summary>A CSS colour for gift alerts' ring and highlights; empty keeps the built-in (or look's) accent.</summary>
    public string GiftAccentColor { get; init; } = "";

    /// <summary>Show the gift's picture (the app's cached copy) in gift alerts.</summary>
    public bool ShowGiftImages { get; init; } = true;

    /// <summary>Ordered rules for gift alerts; the first that matches wins, else the fields above apply.</summary>
    public IReadOnlyList<GiftVariation> Variations
    {
        get => _variations!;
        init => _variations = ValueList<GiftVariation>.From(value);
    }

    // Kept as a ValueList so the record's generated Equals compares the rules by value, like every other member.
    private readonly ValueList<GiftVariation>? _variations = ValueList<GiftVariation>.Empty;

    public AlertTypeSettings Follow { get; init; } = new() { Template = English(WidgetText.FollowTemplate), ViewerCooldownSeconds = 3600 };

    public AlertTypeSettings Share { get; init; } = new() { Template = English(WidgetText.ShareTemplate), ViewerCooldownSeconds = 300 };

    public AlertTypeSettings Subscribe { get; init; } = new() { Template = English(WidgetText.SubscribeTemplate) };

    public AlertTypeSettings Join { get; init; } = new() { Enabled = false, Template = English(WidgetText.JoinTemplate), ViewerCooldownSeconds = 3600 };

    public AlertAnimation Animation { get; init; } = AlertAnimation.Pop;

    public const string DefaultSoundFile = "chime.wav";

    public const int MaxVariations = 20;

    public const int MaxTemplateLength = 200;

    public WidgetLook Look { get; init; } = new();

    public string Language { get; init; } = WidgetLanguages.English;

    private static string English(WidgetText text) => WidgetTexts.Get(text, WidgetLanguages.English);

    public AlertTypeSettings For(AlertKind kind) => kind switch
    {
        AlertKind.Follow => Follow,
        AlertKind.Share => Share,
        AlertKind.Subscribe => Subscribe,
        AlertKind.Join => Join,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Gift alerts use the top-level fields."),
    };
}

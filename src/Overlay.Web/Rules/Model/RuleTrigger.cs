using Overlay.Widgets.ChatTicker;

namespace Overlay.Web.Rules.Model;

/// <summary>
/// One trigger. One flat record for every kind (only the fields of <see cref="Kind"/> matter), so a rule stays one
/// JSON shape in the store, the export file and the editor.
/// </summary>
public sealed record RuleTrigger
{
    public const int MaxGifts = 50;
    public const int MaxCommandLength = 32;

    public TriggerKind Kind { get; set; } = TriggerKind.Gift;

    /// <summary>Gift catalogue ids (Gifts/GiftCatalog); empty means any gift.</summary>
    public IReadOnlyList<string> GiftIds { get; set; } = [];

    /// <summary>A finished combo must be worth at least this many diamonds (diamonds × count).</summary>
    public long MinDiamonds { get; set; }

    /// <summary>A finished combo must have at least this many gifts.</summary>
    public int MinCount { get; set; }

    /// <summary>N for the like triggers.</summary>
    public int Likes { get; set; } = 100;

    /// <summary>T for <see cref="TriggerKind.ViewerLikes"/>.</summary>
    public int WithinSeconds { get; set; } = 30;

    /// <summary>The chat command word, with or without its leading "!" ("hydrate" matches "!hydrate now").</summary>
    public string Command { get; set; } = "";

    /// <summary>Who may use the chat command; higher roles always pass.</summary>
    public ChatRole CommandRole { get; set; } = ChatRole.Everyone;

    /// <summary>N for <see cref="TriggerKind.ViewersAbove"/>.</summary>
    public long Viewers { get; set; } = 100;

    /// <summary>The goal widget's slug for <see cref="TriggerKind.GoalReached"/>; "" for any goal.</summary>
    public string GoalSlug { get; set; } = "";

    /// <summary>The command word without "!", lower case; "" when none.</summary>
    public string CommandWord => Command.Trim().TrimStart('!').ToLowerInvariant();
}

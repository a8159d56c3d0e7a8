using System.Globalization;

namespace Overlay.Web.Gifts;

public enum GiftImportState
{
    /// <summary>No API key (or the import is off): gifts are learned from the stream only.</summary>
    Off,
    Running,
    Imported,
    Failed,
}

/// <summary>
/// The admin's status line for the gift list import. <see cref="Text"/> is one of <see cref="Texts"/> (English, the
/// admin's localizer key) and <see cref="Args"/> fills its placeholders, so the admin shows it in its language;
/// <see cref="Message"/> is the English sentence. Neither ever holds the key.
/// </summary>
public sealed record GiftImportStatus(GiftImportState State, string Text, DateTimeOffset? At = null, int Gifts = 0)
{
    public const string NotYetText = "Gifts are learned from the stream. Add an API key to import the provider's gift list too.";
    public const string DisabledText = "The gift list import is off (GiftList:Enabled); gifts are learned from the stream.";
    public const string NeedsApiKeyText = "The gift list needs an API key (a JWT is not enough); gifts are learned from the stream.";
    public const string BadBaseUrlText = "Gift list not imported: GiftList:BaseUrl is not an http(s) address. Learned gifts are kept.";
    public const string FetchingText = "Fetching the provider's gift list…";
    public const string FailedText = "Gift list not imported: {0} Learned gifts are kept.";
    public const string ImportedText = "Imported {0} gifts from the provider's list.";

    public static IReadOnlyList<string> Texts { get; } =
        [NotYetText, DisabledText, NeedsApiKeyText, BadBaseUrlText, FetchingText, FailedText, ImportedText];

    public static GiftImportStatus NotYet { get; } = new(GiftImportState.Off, NotYetText);

    /// <summary>What fills <see cref="Text"/>'s placeholders: a problem (already without the key) or a count.</summary>
    public IReadOnlyList<object> Args { get; init; } = [];

    public string Message => Args.Count == 0 ? Text : string.Format(CultureInfo.InvariantCulture, Text, [.. Args]);
}

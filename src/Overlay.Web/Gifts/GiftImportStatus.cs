namespace Overlay.Web.Gifts;

public enum GiftImportState
{
    /// <summary>No API key (or the import is off): gifts are learned from the stream only.</summary>
    Off,
    Running,
    Imported,
    Failed,
}

/// <summary>The admin's status line for the gift list import. <see cref="Message"/> never holds the key.</summary>
public sealed record GiftImportStatus(GiftImportState State, string Message, DateTimeOffset? At = null, int Gifts = 0)
{
    public static GiftImportStatus NotYet { get; } = new(GiftImportState.Off, "Gifts are learned from the stream. Add an API key to import the provider's gift list too.");
}

using System.ComponentModel.DataAnnotations;

namespace Overlay.Web.Gifts;

/// <summary>The <c>GiftList</c> config section: the optional import of the provider's gift list (protocol.md §10).</summary>
public sealed class GiftListOptions
{
    public const string SectionName = "GiftList";

    public const string Path = "/webcast/gift_info";

    /// <summary>
    /// The REST API's address (http or https). Empty: the host of Upstream:Url (wss://api.tik.tools gives
    /// https://api.tik.tools), so a test's loopback upstream also answers the gift list.
    /// </summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>Off: only gifts seen on stream are known.</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 120, ErrorMessage = "GiftList:TimeoutSeconds must be between 1 and 120.")]
    public int TimeoutSeconds { get; set; } = 15;

    [Range(1, 65536, ErrorMessage = "GiftList:MaxBodyKilobytes must be between 1 and 65536.")]
    public int MaxBodyKilobytes { get; set; } = 4096;

    /// <summary>A giftPanelUpdate waits this long for more before the list is fetched, once.</summary>
    [Range(0, 3600, ErrorMessage = "GiftList:DebounceSeconds must be between 0 and 3600.")]
    public int DebounceSeconds { get; set; } = 30;
}

using System.ComponentModel.DataAnnotations;

namespace Overlay.Web.Gifts;

/// <summary>
/// The <c>GiftImages</c> config section: the local copy of gift pictures (a <c>gift-images</c> folder beside the
/// settings file), so OBS never fetches TikTok's CDN on an alert and a replay keeps its icons.
/// </summary>
public sealed class GiftImageOptions
{
    public const string SectionName = "GiftImages";

    public const string FolderName = "gift-images";

    /// <summary>The whole folder's size; past it the least recently used pictures go.</summary>
    [Range(1, 4096, ErrorMessage = "GiftImages:CacheMegabytes must be between 1 and 4096.")]
    public int CacheMegabytes { get; set; } = 64;

    /// <summary>One picture's size cap; a bigger answer is refused and the placeholder shows.</summary>
    [Range(1, 65536, ErrorMessage = "GiftImages:MaxImageKilobytes must be between 1 and 65536.")]
    public int MaxImageKilobytes { get; set; } = 1024;

    [Range(1, 120, ErrorMessage = "GiftImages:TimeoutSeconds must be between 1 and 120.")]
    public int TimeoutSeconds { get; set; } = 10;

    [Range(1, 32, ErrorMessage = "GiftImages:MaxConcurrentDownloads must be between 1 and 32.")]
    public int MaxConcurrentDownloads { get; set; } = 4;

    /// <summary>The first wait after a failed download; each further failure doubles it, up to an hour.</summary>
    [Range(1, 3600, ErrorMessage = "GiftImages:RetrySeconds must be between 1 and 3600.")]
    public int RetrySeconds { get; set; } = 60;

    /// <summary>
    /// Fetch pictures only from this computer (127.0.0.1, localhost, ::1), for tests with a fake CDN: every other
    /// address gets the placeholder without a request, so a test never reaches TikTok's CDN. Off (the default), it is
    /// the other way round: any http(s) host but this computer, because a picture address comes from the stream and
    /// must not make the app request its own pages.
    /// </summary>
    public bool LoopbackOnly { get; set; }

    /// <summary>Where the folder goes, when the settings file's folder should not be used (empty: beside it).</summary>
    public string Folder { get; set; } = "";

    public static readonly TimeSpan MaxRetry = TimeSpan.FromHours(1);
}

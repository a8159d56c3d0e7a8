namespace Overlay.Web.Components.Pages.Admin;

/// <summary>
/// Readable names for TikTok's entry sources and actions (§10 member); unknown ones are shown as sent. The names are
/// AdminText keys: the admin translates them.
/// </summary>
public static class EntryLabels
{
    public static string Source(string source) => source switch
    {
        _ when source.StartsWith("homepage_hot", StringComparison.Ordinal) => "For You feed",
        _ when source.StartsWith("homepage_follow", StringComparison.Ordinal) || source.StartsWith("follow", StringComparison.Ordinal) => "Following",
        _ when source.Contains("share", StringComparison.Ordinal) => "Shared link",
        _ when source.Contains("search", StringComparison.Ordinal) => "Search",
        _ when source.Contains("profile", StringComparison.Ordinal) => "Your profile",
        _ when source.Contains("live_square", StringComparison.Ordinal) || source.Contains("live-tab", StringComparison.Ordinal) => "LIVE tab",
        _ when source.Contains("notification", StringComparison.Ordinal) || source.Contains("push", StringComparison.Ordinal) => "Notification",
        "unknown" => "Not said",
        "other" => "Other",
        _ => source,
    };

    public static string Action(string action) => action switch
    {
        "draw" => "recommended by TikTok",
        "click" => "clicked",
        "unknown" => "Not said",
        _ => action,
    };
}

namespace Overlay.Web.Admin;

/// <summary>Which requests are public (widgets and their assets) and which callers count as "this computer".</summary>
public static class AdminAccessPolicy
{
    public const string LoginPath = "/admin/login";
    public const string LogoutPath = "/admin/logout";

    private static readonly string[] PublicPrefixes =
        ["/widgets", "/_framework/", "/_content/", "/_blazor", Diagnostics.HealthEndpoint.AlivePath, Tts.Audio.SpeechAudioEndpoint.Prefix + "/", "/gift-images"];

    /// <summary>
    /// Widget pages, the cached gift pictures they show (/gift-images), /alive (so a widget page on another PC can
    /// tell the app is back), the TTS widget's clips (/tts/…, which OBS on another PC plays), the framework script, static files (anything whose last segment has an extension, such as the
    /// styles bundle or a sound) and the Blazor circuit endpoint, so a widget page on another device (OBS on a
    /// second PC) gets live updates. A circuit can only start components whose prerendered markers this server
    /// issued, and the admin's root checks the circuit's peer itself (<see cref="AdminAuth.MayUseAdmin"/>).
    /// </summary>
    public static bool IsPublic(PathString path)
    {
        var value = path.Value ?? "";
        foreach (var prefix in PublicPrefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (value.Length == prefix.Length || prefix.EndsWith('/') || value[prefix.Length] == '/'))
            {
                return true;
            }
        }
        var lastSegment = value[(value.LastIndexOf('/') + 1)..];
        return lastSegment.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>Answered on this computer only, whatever Admin:Password says (the local event API).</summary>
    public static bool IsLocalOnly(PathString path) => path.StartsWithSegments("/api/events", StringComparison.OrdinalIgnoreCase);

    /// <summary>The login form itself must be reachable by a remote browser that has no cookie yet.</summary>
    public static bool IsLogin(PathString path) =>
        path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase) || path.Equals(LogoutPath, StringComparison.OrdinalIgnoreCase);
}

using System.Text;

namespace Overlay.Web.Upstream;

/// <summary>Where to connect and how to describe it safely. <see cref="Uri"/> carries the key: never log it.</summary>
public sealed class UpstreamTarget
{
    public const string DemoPath = "/demo/upstream";
    public const string DemoUniqueId = "demo";
    public const string ReplayPath = "/replay/upstream";
    public const string ReplayUniqueId = "replay";

    private UpstreamTarget(Uri uri, string uniqueId, bool isDemo, IReadOnlyList<string> secrets, string keySetting, bool isReplay = false)
    {
        Uri = uri;
        UniqueId = uniqueId;
        IsDemo = isDemo;
        IsReplay = isReplay;
        Secrets = secrets;
        KeySetting = keySetting;
    }

    public Uri Uri { get; }
    public string UniqueId { get; }
    public bool IsDemo { get; }

    /// <summary>The app's own replay endpoint playing a recording (never recorded again).</summary>
    public bool IsReplay { get; }

    /// <summary>The configured key values, for <see cref="UrlRedactor.Redact"/>.</summary>
    public IReadOnlyList<string> Secrets { get; }

    /// <summary>The setting a streamer must fix when the key is rejected ("Upstream:ApiKey" or "Upstream:JwtKey").</summary>
    public string KeySetting { get; }

    /// <summary>Host and path only, safe for logs.</summary>
    public string SafeDescription => $"{Uri.Scheme}://{Uri.Authority}{Uri.AbsolutePath}";

    public string Redact(string? text) => UrlRedactor.Redact(text, Secrets);

    /// <summary>
    /// The tik.tools URL (§1): Url + uniqueId (leading @ removed) + apiKey, or jwtKey when there is no API key.
    /// Any query already on Url is kept, except our own parameters and roomId (§1: a stale roomId attaches the
    /// socket to a finished room). Returns null with an actionable message when the settings cannot work.
    /// </summary>
    public static UpstreamTarget? ForTikTools(UpstreamOptions options, out string problem)
    {
        problem = "";
        var uniqueId = options.UniqueId.Trim().TrimStart('@').Trim();
        if (uniqueId.Length == 0)
        {
            problem = "Upstream:UniqueId is empty. Set it to the TikTok username whose LIVE to follow.";
            return null;
        }
        if (!Uri.TryCreate(options.Url.Trim(), UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("ws" or "wss"))
        {
            problem = "Upstream:Url is not a ws:// or wss:// address. Use wss://api.tik.tools.";
            return null;
        }

        var useApiKey = !string.IsNullOrWhiteSpace(options.ApiKey);
        var (keyName, key) = useApiKey ? ("apiKey", options.ApiKey.Trim()) : ("jwtKey", options.JwtKey.Trim());
        var query = new StringBuilder();
        foreach (var part in baseUri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Split('=', 2)[0];
            if (name.Equals("uniqueId", StringComparison.OrdinalIgnoreCase)
                || name.Equals("apiKey", StringComparison.OrdinalIgnoreCase)
                || name.Equals("jwtKey", StringComparison.OrdinalIgnoreCase)
                || name.Equals("roomId", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            query.Append(part).Append('&');
        }
        query.Append("uniqueId=").Append(Uri.EscapeDataString(uniqueId))
            .Append('&').Append(keyName).Append('=').Append(Uri.EscapeDataString(key));

        var builder = new UriBuilder(baseUri) { Query = query.ToString() };
        string[] secrets = [.. new[] { options.ApiKey.Trim(), options.JwtKey.Trim() }.Where(s => s.Length > 0)];
        return new UpstreamTarget(builder.Uri, uniqueId, false, secrets, useApiKey ? "Upstream:ApiKey" : "Upstream:JwtKey");
    }

    /// <summary>
    /// The app's own demo upstream, reached on loopback through the address Kestrel actually bound (wildcards
    /// and "localhost" become 127.0.0.1 so we never depend on name resolution or IPv6).
    /// </summary>
    public static UpstreamTarget? ForDemo(IEnumerable<string> serverAddresses, out string problem) =>
        ForLoopback(serverAddresses, DemoPath, DemoUniqueId, isReplay: false, out problem);

    /// <summary>The app's own replay endpoint (Recording/ReplayUpstreamEndpoint), reached like the demo.</summary>
    public static UpstreamTarget? ForReplay(IEnumerable<string> serverAddresses, out string problem) =>
        ForLoopback(serverAddresses, ReplayPath, ReplayUniqueId, isReplay: true, out problem);

    private static UpstreamTarget? ForLoopback(IEnumerable<string> serverAddresses, string path, string uniqueId, bool isReplay, out string problem)
    {
        problem = "";
        var candidates = serverAddresses
            .Select(a => a.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://*", "://127.0.0.1", StringComparison.Ordinal))
            .Select(a => Uri.TryCreate(a, UriKind.Absolute, out var u) ? u : null)
            .OfType<Uri>()
            .Where(u => u.Scheme is "http" or "https")
            .OrderBy(u => u.Scheme == "http" ? 0 : 1)
            .ToList();
        if (candidates.Count == 0)
        {
            problem = $"The app has no http address to reach its own {uniqueId} upstream on.";
            return null;
        }
        var address = candidates[0];
        var host = address.Host is "0.0.0.0" or "[::]" or "::" or "localhost" or "[::1]" ? "127.0.0.1" : address.Host;
        var builder = new UriBuilder(address)
        {
            Scheme = address.Scheme == "https" ? "wss" : "ws",
            Host = host,
            Path = path,
            Query = "uniqueId=" + uniqueId,
        };
        return new UpstreamTarget(builder.Uri, uniqueId, !isReplay, [], "Upstream:ApiKey", isReplay);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Overlay.Web.Obs.Client;
using Overlay.Web.Obs.Protocol;

namespace Overlay.Web.Obs.Setup;

/// <summary>
/// The browser sources OBS already has, by URL, so setup updates a widget's source instead of adding a second
/// one. "localhost" and "127.0.0.1" (and a trailing slash) are the same widget: a streamer may have typed either.
/// </summary>
public static class ObsSourceFinder
{
    public const string BrowserSourceKind = "browser_source";

    /// <summary>Input name by <see cref="Key"/> of its URL.</summary>
    public static async Task<Dictionary<string, string>> BrowserSourcesAsync(ObsConnection obs, CancellationToken ct)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var list = await obs.RequestAsync("GetInputList", new JsonObject { ["inputKind"] = BrowserSourceKind }, ct).ConfigureAwait(false);
        foreach (var name in list.Objects("inputs").Select(i => ObsMessage.Read.String(i, "inputName")).OfType<string>())
        {
            var settings = await obs.RequestAsync("GetInputSettings", new JsonObject { ["inputName"] = name }, ct).ConfigureAwait(false);
            if (ObsMessage.Read.String(ObsMessage.Read.Object(settings.Data, "inputSettings"), "url") is { Length: > 0 } url)
            {
                found.TryAdd(Key(url), name);
            }
        }
        return found;
    }

    public static string Key(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return url.Trim();
        }
        var host = uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)
            ? "loopback" : uri.Host.ToLowerInvariant();
        return $"{uri.Scheme}://{host}:{uri.Port}{uri.AbsolutePath.TrimEnd('/').ToLowerInvariant()}";
    }
}

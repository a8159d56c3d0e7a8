using System.Text.Json.Nodes;
using Overlay.Web.Widgets;

namespace Overlay.Web.Obs.Setup;

/// <summary>
/// The browser source OBS gets for one widget: its name in OBS, URL, size and whether OBS controls its audio
/// ("Control audio via OBS", reroute_audio), so alert sounds reach the stream mix and the streamer's audio mixer.
/// </summary>
public sealed record ObsBrowserSource(string Name, string Url, int Width, int Height, bool RerouteAudio)
{
    /// <summary>Browser sources this app made are named with this prefix, so the streamer can tell them apart.</summary>
    public const string NamePrefix = "TikTok ";

    public static ObsBrowserSource For(WidgetEntry widget, string url)
    {
        var size = widget.Instance.Kind.Sizes.Count > 0 ? widget.Instance.Kind.Sizes[0] : ObsSize.Presets[0];
        var sound = widget.Instance.Kind.HasSound || widget.Instance.Kind.PlaysSound(widget.Settings);
        return new ObsBrowserSource(NamePrefix + widget.Instance.Name, url, size.Width, size.Height, sound);
    }

    public JsonObject Settings() => new()
    {
        ["url"] = Url,
        ["is_local_file"] = false,
        ["width"] = Width,
        ["height"] = Height,
        ["reroute_audio"] = RerouteAudio,
    };
}

using Overlay.Tests.Infrastructure;
namespace Overlay.Tests.Infrastructure;

/// <summary>
/// Settings that keep the upstream out of a test: a key (so the demo LIVE does not start and flood the widgets)
/// and a loopback port nobody listens on (so nothing leaves the machine). Test events are then the only events.
/// </summary>
public static class QuietUpstream
{
    public static Dictionary<string, string?> Settings(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Upstream:Url"] = "ws://127.0.0.1:9/",
            ["Upstream:UniqueId"] = "streamer",
            ["Upstream:ApiKey"] = "tk_quiet_test_key",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }
        return settings;
    }
}

namespace Overlay.Web.Obs.Settings;

/// <summary>
/// Where OBS's WebSocket server is and its password, as saved in the admin. A class with a redacted
/// <see cref="ToString"/>, so nothing prints the password by accident.
/// </summary>
public sealed class ObsSettings
{
    public const string DefaultHost = "127.0.0.1";

    /// <summary>obs-websocket's default port since OBS 28.</summary>
    public const int DefaultPort = 4455;

    public string Host { get; init; } = DefaultHost;

    public int Port { get; init; } = DefaultPort;

    public string Password { get; init; } = "";

    /// <summary>Off on a fresh install: OBS ships with its WebSocket server off, so trying would only fail.</summary>
    public bool Enabled { get; init; }

    /// <summary>Where the app connects, e.g. "127.0.0.1:4455" (for status lines: it holds no secret).</summary>
    public string Address => (Host.Contains(':') ? $"[{Host}]" : Host) + ":" + Port;

    public Uri Uri => new($"ws://{Address}");

    public override string ToString() => $"Host={Host}, Port={Port}, Password={(Password.Length > 0 ? "set" : "not set")}, Enabled={Enabled}";
}

using System.Globalization;
using System.Net;

namespace Overlay.Web.Obs.Settings;

/// <summary>
/// What the admin's OBS form submits. The password is write-only: null or empty keeps the saved one, so the form
/// never needs to receive it; <see cref="ClearPassword"/> removes it.
/// </summary>
public sealed class ObsSettingsEdit
{
    public const int MaxHostLength = 253;
    public const int MaxPasswordLength = 512;

    public string Host { get; init; } = ObsSettings.DefaultHost;

    public int Port { get; init; } = ObsSettings.DefaultPort;

    public bool Enabled { get; init; }

    public string? NewPassword { get; init; }

    public bool ClearPassword { get; init; }

    /// <summary>Problems a streamer can fix in the form; empty when the edit can be saved.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        var host = Host.Trim();
        if (host.Length == 0)
        {
            errors.Add("Enter the OBS computer's address (127.0.0.1 when OBS runs on this PC).");
        }
        else if (host.Length > MaxHostLength || (Uri.CheckHostName(host) == UriHostNameType.Unknown && !IPAddress.TryParse(host, out _)))
        {
            errors.Add("The OBS address must be a computer name or an IP address, like 127.0.0.1 or 192.168.1.20 (no ws:// and no port).");
        }
        if (Port is < 1 or > 65535)
        {
            errors.Add($"The OBS port must be between 1 and 65535 (OBS's default is {ObsSettings.DefaultPort.ToString(CultureInfo.InvariantCulture)}).");
        }
        if (NewPassword is { Length: > MaxPasswordLength })
        {
            errors.Add("The OBS password is too long.");
        }
        return errors;
    }

    public ObsSettings ApplyTo(ObsSettings current) => new()
    {
        Host = Host.Trim(),
        Port = Port,
        Enabled = Enabled,
        // OBS compares the password exactly: spaces are part of it, so it is not trimmed.
        Password = ClearPassword ? "" : string.IsNullOrEmpty(NewPassword) ? current.Password : NewPassword,
    };
}

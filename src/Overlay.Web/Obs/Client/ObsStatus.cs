namespace Overlay.Web.Obs.Client;

/// <summary>The OBS connection as the admin shows it. Versions and the scene come from OBS; render them as text.</summary>
public sealed record ObsStatus
{
    public ObsState State { get; init; } = ObsState.Off;

    /// <summary>One sentence for the streamer (never holds the password).</summary>
    public string Summary { get; init; } = "OBS control is off. Turn it on and save to connect.";

    public string? ObsVersion { get; init; }

    public string? WebSocketVersion { get; init; }

    public string? CurrentScene { get; init; }

    public bool? Recording { get; init; }

    public DateTimeOffset? ConnectedSince { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }

    public int Attempt { get; init; }

    public bool IsConnected => State == ObsState.Connected;
}

namespace Overlay.Web.Obs.Client;

/// <summary>
/// The wait before reconnecting to OBS: 1, 2, 4, 8, 16, then 30 s. OBS on the same PC comes back in seconds when it
/// restarts, and an OBS that is closed for the evening costs one refused connection every 30 s.
/// </summary>
public static class ObsBackoff
{
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    public static TimeSpan Delay(int failures) =>
        failures <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(failures - 1, 10)), Cap.TotalSeconds));
}

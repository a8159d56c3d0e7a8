using Overlay.Web.Obs.Client;

namespace Overlay.Tests.Infrastructure;

/// <summary>Awaits an OBS status through the connection's own status events (no polling).</summary>
public static class ObsStatusWaiter
{
    /// <summary>The guard (20 s) only fails a test whose status never comes; the message says where it got stuck.</summary>
    public static async Task<ObsStatus> WaitAsync(ObsConnection connection, Func<ObsStatus, bool> match, CancellationToken ct)
    {
        var reached = new TaskCompletionSource<ObsStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = connection.SubscribeStatus(s =>
        {
            if (match(s))
            {
                reached.TrySetResult(s);
            }
        });
        if (match(connection.Status))
        {
            return connection.Status;
        }
        try
        {
            return await reached.Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The OBS status never matched; it is {connection.Status.State}: {connection.Status.Summary}");
        }
    }
}

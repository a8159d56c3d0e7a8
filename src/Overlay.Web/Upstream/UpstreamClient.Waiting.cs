namespace Overlay.Web.Upstream;

/// <summary>The two places the loop waits: for a socket to end, and for the next attempt. Both yield to control requests.</summary>
public sealed partial class UpstreamClient
{
    /// <summary>Returns the command that ended the socket, or null when the server, the network or the stall check did.</summary>
    private async Task<ControlCommand?> WaitForEndOrCommandAsync(UpstreamSocket socket, CancellationToken ct)
    {
        while (true)
        {
            using var waitCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var commandReady = _commands.Reader.WaitToReadAsync(waitCts.Token).AsTask();
            var first = await Task.WhenAny(socket.Ended, commandReady).ConfigureAwait(false);
            await waitCts.CancelAsync().ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            if (first == socket.Ended)
            {
                return null;
            }
            if (_commands.Reader.TryRead(out var command)
                && command is ControlCommand.ReconnectNow or ControlCommand.Disconnect or ControlCommand.OptionsChanged)
            {
                await socket.CloseAsync(SocketEndCause.ClosedByUs, command == ControlCommand.Disconnect ? "disconnect" : "reconnect")
                    .ConfigureAwait(false);
                return command;
            }
        }
    }

    /// <summary>Waits until <paramref name="due"/> on the TimeProvider; returns early with a control command.</summary>
    private async Task<ControlCommand?> WaitUntilAsync(DateTimeOffset due, CancellationToken ct)
    {
        // Measured from the deadline, not from now: a test (or a slow machine) that moves time before the timer
        // exists still gets the attempt at the right moment.
        var remaining = due - time.GetUtcNow();
        using var waitCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var elapsed = remaining > TimeSpan.Zero ? Task.Delay(remaining, time, waitCts.Token) : Task.CompletedTask;
        if (time.GetUtcNow() >= due)
        {
            // The clock passed the deadline while the timer was being created; it would fire a period late.
            elapsed = Task.CompletedTask;
        }
        while (true)
        {
            var commandReady = _commands.Reader.WaitToReadAsync(waitCts.Token).AsTask();
            var first = await Task.WhenAny(elapsed, commandReady).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            if (first == elapsed)
            {
                await waitCts.CancelAsync().ConfigureAwait(false);
                return null;
            }
            if (_commands.Reader.TryRead(out var command))
            {
                await waitCts.CancelAsync().ConfigureAwait(false);
                return command;
            }
        }
    }
}

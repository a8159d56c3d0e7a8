using System.Globalization;

namespace Overlay.Web.Upstream;

/// <summary>The one-line sentences of <see cref="ConnectionStatus.Summary"/>: what happened and what happens next.</summary>
internal static class StatusText
{
    public static string Connecting(UpstreamTarget target, int attempt)
    {
        var what = target.IsDemo ? "Connecting to the demo upstream" : $"Connecting to the LIVE of @{target.UniqueId}";
        return attempt > 0 ? $"{what} (attempt {attempt})…" : $"{what}…";
    }

    public static string Connected(UpstreamTarget target, SessionFacts session)
    {
        var prefix = target.IsDemo ? "Demo: " : "";
        if (session.StreamEnded)
        {
            return $"{prefix}Stream ended; waiting for the server to close the connection";
        }
        if (!session.RoomInfoReceived)
        {
            // §4: roomInfo can take about 45 s; say so, or streamers restart a healthy connection.
            return $"{prefix}Connected; waiting for room info (can take up to 45 s)";
        }
        var title = session.Room.Title.Length > 0 ? $": {session.Room.Title}" : "";
        return $"{prefix}Live on @{target.UniqueId}{title}";
    }

    public static string Waiting(ReconnectDecision decision, SocketRun run, TimeSpan stallAfter)
    {
        var delay = Delay(decision.Delay);
        var reason = run.End?.Reason is { Length: > 0 } r ? r : "";
        return decision.Kind switch
        {
            CloseKind.NotLive => $"Not live: waiting {delay}",
            CloseKind.StreamEnded when run.End?.CloseCode == 4005 && reason.Length > 0 => $"Stream ended ({reason}): waiting {delay}",
            CloseKind.StreamEnded => $"Stream ended: waiting {delay}",
            CloseKind.StreamRestarting when reason.Length > 0 => $"Stream ended ({reason}): looking for the next LIVE in {delay}",
            CloseKind.StreamRestarting => $"Stream ended: looking for the next LIVE in {delay}",
            CloseKind.PlanLifetime => $"Plan limit (maximum connection time reached): waiting {delay}",
            CloseKind.PlanLimit => $"Plan limit: {run.Session.LimitNotice ?? (reason.Length > 0 ? reason : "limit reached")}. Waiting {delay} (attempt {decision.Attempt})",
            CloseKind.RateLimited => $"Rate limited ({run.CodeText}): waiting {delay} (attempt {decision.Attempt})",
            CloseKind.ReplacedByAnotherConnection => $"Replaced by another connection using the same key: waiting {delay}",
            _ => $"Reconnecting in {delay} (attempt {decision.Attempt}): {TransientCause(run, stallAfter)}",
        };
    }

    public static string Stopped(StopReason reason, SocketRun? run, UpstreamTarget? target, string problem = "")
    {
        var code = run?.CodeText ?? "";
        var why = run?.End?.Reason is { Length: > 0 } r ? $": {r}" : "";
        var keyName = target?.KeySetting == "Upstream:JwtKey" ? "JWT" : "API key";
        return reason switch
        {
            StopReason.KeyRejected => $"Stopped: the {keyName} was rejected ({code}). Fix {target?.KeySetting ?? "Upstream:ApiKey"} and restart.",
            StopReason.UnknownUser => $"Stopped: TikTok user @{target?.UniqueId} was not found ({code}). Fix Upstream:UniqueId and restart.",
            StopReason.QuotaUsedUp => $"Stopped: the plan quota is used up ({code}{why}). Connect again once it resets.",
            StopReason.UserRequested => "Stopped: disconnected from the admin page.",
            StopReason.NotConfigured => $"Stopped: {problem}",
            _ => "Stopped",
        };
    }

    public static string ReplayFinished(Recording.ReplayProgress done) => done.Problem.Length > 0
        ? $"Replay stopped: {done.Selection.FileName} could not be read ({done.Problem}). Pick a recording in Record and replay."
        : $"Replay finished: {done.Selection.FileName}, {done.Sent:N0} frames. Play it again or go back to live in Record and replay.";

    public static string Delay(TimeSpan delay)
    {
        var seconds = (int)Math.Ceiling(delay.TotalSeconds);
        if (seconds <= 60)
        {
            return seconds.ToString(CultureInfo.InvariantCulture) + " s";
        }
        var (minutes, rest) = Math.DivRem(seconds, 60);
        return rest == 0 ? $"{minutes} min" : $"{minutes} min {rest} s";
    }

    private static string TransientCause(SocketRun run, TimeSpan stallAfter)
    {
        if (run.Refused is { } refused)
        {
            return refused.HttpStatus is { } http
                ? $"the server refused the connection (HTTP {http})"
                : $"could not connect ({refused.Message})";
        }
        var end = run.End!;
        return end.Cause switch
        {
            SocketEndCause.Stalled => $"no data for {Delay(stallAfter)} (stalled)",
            SocketEndCause.ServerClosed when end.Reason.Length > 0 => $"closed by the server ({end.EffectiveCode}: {end.Reason})",
            SocketEndCause.ServerClosed => $"closed by the server ({end.EffectiveCode})",
            _ => $"connection dropped ({run.CodeText})",
        };
    }
}

using Overlay.Web.Localization;

namespace Overlay.Web.Upstream;

/// <summary>
/// The one-line sentences of <see cref="ConnectionStatus.SummaryText"/>: what happened and what happens next. Each
/// format is an AdminText key, so the dashboard shows it in the admin's language while logs stay English.
/// </summary>
internal static class StatusText
{
    public static LocalText Connecting(UpstreamTarget target, int attempt) => (target.IsDemo, attempt > 0) switch
    {
        (true, true) => new("Connecting to the demo upstream (attempt {0})…", attempt),
        (true, false) => new("Connecting to the demo upstream…"),
        (false, true) => new("Connecting to the LIVE of @{0} (attempt {1})…", target.UniqueId, attempt),
        (false, false) => new("Connecting to the LIVE of @{0}…", target.UniqueId),
    };

    public static LocalText Connected(UpstreamTarget target, SessionFacts session)
    {
        var text = Session(target, session);
        return target.IsDemo ? new LocalText("Demo: {0}", text) : text;
    }

    private static LocalText Session(UpstreamTarget target, SessionFacts session)
    {
        if (session.StreamEnded)
        {
            return new("Stream ended; waiting for the server to close the connection");
        }
        if (!session.RoomInfoReceived)
        {
            // §4: roomInfo can take about 45 s; say so, or streamers restart a healthy connection.
            return new("Connected; waiting for room info (can take up to 45 s)");
        }
        // The room title is the streamer's own text: an argument, never translated.
        return session.Room.Title.Length > 0
            ? new("Live on @{0}: {1}", target.UniqueId, session.Room.Title)
            : new("Live on @{0}", target.UniqueId);
    }

    public static LocalText Waiting(ReconnectDecision decision, SocketRun run, TimeSpan stallAfter)
    {
        var delay = Delay(decision.Delay);
        var reason = run.End?.Reason is { Length: > 0 } r ? r : "";
        return decision.Kind switch
        {
            CloseKind.NotLive => new("Not live: waiting {0}", delay),
            CloseKind.StreamEnded when run.End?.CloseCode == 4005 && reason.Length > 0 => new("Stream ended ({0}): waiting {1}", reason, delay),
            CloseKind.StreamEnded => new("Stream ended: waiting {0}", delay),
            CloseKind.StreamRestarting when reason.Length > 0 => new("Stream ended ({0}): looking for the next LIVE in {1}", reason, delay),
            CloseKind.StreamRestarting => new("Stream ended: looking for the next LIVE in {0}", delay),
            CloseKind.PlanLifetime => new("Plan limit (maximum connection time reached): waiting {0}", delay),
            CloseKind.PlanLimit => new("Plan limit: {0}. Waiting {1} (attempt {2})", LimitNotice(run, reason), delay, decision.Attempt),
            CloseKind.RateLimited => new("Rate limited ({0}): waiting {1} (attempt {2})", run.CodeText, delay, decision.Attempt),
            CloseKind.ReplacedByAnotherConnection => new("Replaced by another connection using the same key: waiting {0}", delay),
            _ => new("Reconnecting in {0} (attempt {1}): {2}", delay, decision.Attempt, TransientCause(run, stallAfter)),
        };
    }

    // The server's notice is shown as sent; only our own fallback is translated.
    private static object LimitNotice(SocketRun run, string reason)
    {
        if (run.Session.LimitNotice is { } notice)
        {
            return notice;
        }
        return reason.Length > 0 ? reason : new LocalText("limit reached");
    }

    public static LocalText Stopped(StopReason reason, SocketRun? run, UpstreamTarget? target, string problem = "")
    {
        var code = run?.CodeText ?? "";
        var jwt = target?.KeySetting == "Upstream:JwtKey";
        return reason switch
        {
            StopReason.KeyRejected when jwt => new("Stopped: the JWT was rejected ({0}). Fix {1} and restart.", code, target!.KeySetting),
            StopReason.KeyRejected => new("Stopped: the API key was rejected ({0}). Fix {1} and restart.", code, target?.KeySetting ?? "Upstream:ApiKey"),
            StopReason.UnknownUser => new("Stopped: TikTok user @{0} was not found ({1}). Fix Upstream:UniqueId and restart.", target?.UniqueId ?? "", code),
            StopReason.QuotaUsedUp when run?.End?.Reason is { Length: > 0 } why =>
                new("Stopped: the plan quota is used up ({0}: {1}). Connect again once it resets.", code, why),
            StopReason.QuotaUsedUp => new("Stopped: the plan quota is used up ({0}). Connect again once it resets.", code),
            StopReason.UserRequested => new("Stopped: disconnected from the admin page."),
            // The problem names a config setting: English, as in the log.
            StopReason.NotConfigured => new("Stopped: {0}", problem),
            _ => new("Stopped"),
        };
    }

    public static LocalText ReplayFinished(Recording.ReplayProgress done) => done.Problem.Length > 0
        ? new("Replay stopped: {0} could not be read ({1}). Pick a recording in Record and replay.", done.Selection.FileName, done.Problem)
        : new("Replay finished: {0}, {1:N0} frames. Play it again or go back to live in Record and replay.", done.Selection.FileName, done.Sent);

    public static LocalText Delay(TimeSpan delay)
    {
        var seconds = (int)Math.Ceiling(delay.TotalSeconds);
        if (seconds <= 60)
        {
            return new("{0} s", seconds);
        }
        var (minutes, rest) = Math.DivRem(seconds, 60);
        return rest == 0 ? new("{0} min", minutes) : new("{0} min {1} s", minutes, rest);
    }

    private static LocalText TransientCause(SocketRun run, TimeSpan stallAfter)
    {
        if (run.Refused is { } refused)
        {
            return refused.HttpStatus is { } http
                ? new("the server refused the connection (HTTP {0})", http)
                : new("could not connect ({0})", refused.Message);
        }
        var end = run.End!;
        return end.Cause switch
        {
            SocketEndCause.Stalled => new("no data for {0} (stalled)", Delay(stallAfter)),
            SocketEndCause.ServerClosed when end.Reason.Length > 0 => new("closed by the server ({0}: {1})", end.EffectiveCode, end.Reason),
            SocketEndCause.ServerClosed => new("closed by the server ({0})", end.EffectiveCode),
            _ => new("connection dropped ({0})", run.CodeText),
        };
    }
}

using Overlay.Web.Diagnostics;

namespace Overlay.Web.Security;

/// <summary>
/// Counts refusals in /healthz and says whether this one deserves a log line: the first time for each
/// (reason, subject) pair, so a hostile page retrying in a loop writes one line, not thousands. The set of
/// subjects is bounded; past it, refusals are still counted but no longer logged.
/// </summary>
public sealed class RefusalLog(OverlayMetrics metrics)
{
    public const int MaxSubjects = 256;
    private readonly Lock _gate = new();
    private readonly HashSet<(RefusalReason, string)> _logged = [];

    /// <returns>True when this is the first refusal for <paramref name="subject"/> and it should be logged.</returns>
    public bool Count(RefusalReason reason, string subject)
    {
        metrics.CountRefused(reason);
        lock (_gate)
        {
            return _logged.Count < MaxSubjects && _logged.Add((reason, subject.ToLowerInvariant()));
        }
    }
}

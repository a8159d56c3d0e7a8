namespace Overlay.Web.Upstream;

/// <summary>Maps a close code, its reason and what the session saw to a row of the protocol.md §8 table.</summary>
public static class CloseCodeClassifier
{
    /// <param name="code">The close code, or null when the socket dropped without one (treated as 1006).</param>
    /// <param name="reason">The server's free-text close reason (§8: up to 123 bytes).</param>
    /// <param name="limitNoticeSeen">A limit notice frame arrived on this socket (§2).</param>
    /// <param name="replacedByUs">We were already closing this socket to open its replacement.</param>
    /// <param name="streamEndSeen">A streamEnd/control end event arrived on this socket (§4).</param>
    /// <param name="streamEndSaysReconnect">That streamEnd said <c>reconnect: true</c> (§10 v3.2).</param>
    public static CloseKind Classify(
        int? code,
        string? reason,
        bool limitNoticeSeen = false,
        bool replacedByUs = false,
        bool streamEndSeen = false,
        bool streamEndSaysReconnect = false)
    {
        reason ??= "";
        // §8: the reason texts are not standardised; these three words are what clients match on, ignoring case.
        var evicted = reason.Contains("evicted", StringComparison.OrdinalIgnoreCase);
        var daily = reason.Contains("daily", StringComparison.OrdinalIgnoreCase);
        var limit = reason.Contains("limit", StringComparison.OrdinalIgnoreCase);

        // Codes that stop win over everything: retrying cannot fix a bad key, a missing user or a used-up quota.
        switch (code)
        {
            case 4003 or 4401:
                return CloseKind.KeyRejected;
            case 4004:
                return CloseKind.UnknownUser;
            case 4429 when evicted:
                return replacedByUs ? CloseKind.ReplacedByUs : CloseKind.ReplacedByAnotherConnection;
            case 4429 or 4555:
                return CloseKind.QuotaUsedUp;
        }

        if (daily)
        {
            return CloseKind.QuotaUsedUp;
        }

        // §2: the server closes right after a limit notice, with whatever code; that close is a plan limit.
        if (limitNoticeSeen)
        {
            return CloseKind.PlanLimit;
        }

        switch (code)
        {
            case 4000 or 4404:
                return CloseKind.NotLive;
            case 4001:
                return CloseKind.StreamEnded;
            case 4005:
                return CloseKind.StreamRestarting;
            case 4006:
                return CloseKind.PlanLifetime;
            case 4002 or 1008:
                return CloseKind.RateLimited;
        }

        if (evicted)
        {
            return replacedByUs ? CloseKind.ReplacedByUs : CloseKind.ReplacedByAnotherConnection;
        }
        if (limit)
        {
            return CloseKind.PlanLimit;
        }

        // §4: the end may show only as a 1000 after streamEnd; waiting slowly protects the connect budget, unless
        // the provider said it will find the creator's next room (§10), which a creator restarting their LIVE needs.
        return streamEndSeen
            ? streamEndSaysReconnect ? CloseKind.StreamRestarting : CloseKind.StreamEnded
            : CloseKind.Transient;
    }

    /// <summary>The upgrade was refused before any socket existed (§8 "Handshake rejected").</summary>
    /// <param name="httpStatus">The HTTP status, or null for DNS, TLS, refused connections and timeouts.</param>
    public static CloseKind ClassifyHandshake(int? httpStatus) => httpStatus switch
    {
        401 or 403 => CloseKind.KeyRejected,
        429 => CloseKind.RateLimited,
        _ => CloseKind.Transient,
    };
}

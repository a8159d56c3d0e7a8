using Overlay.Web.Upstream;

namespace Overlay.Tests.Upstream;

public sealed class CloseCodeClassifierTests
{
    [Theory]
    [InlineData(4003, CloseKind.KeyRejected)]
    [InlineData(4401, CloseKind.KeyRejected)]
    [InlineData(4004, CloseKind.UnknownUser)]
    [InlineData(4000, CloseKind.NotLive)]
    [InlineData(4404, CloseKind.NotLive)]
    [InlineData(4001, CloseKind.StreamEnded)]
    [InlineData(4005, CloseKind.StreamRestarting)]
    [InlineData(4006, CloseKind.PlanLifetime)]
    [InlineData(4002, CloseKind.RateLimited)]
    [InlineData(1008, CloseKind.RateLimited)]
    [InlineData(4429, CloseKind.QuotaUsedUp)]
    [InlineData(4555, CloseKind.QuotaUsedUp)]
    [InlineData(4007, CloseKind.Transient)]
    [InlineData(4500, CloseKind.Transient)]
    [InlineData(4556, CloseKind.Transient)]
    [InlineData(4557, CloseKind.Transient)]
    [InlineData(1000, CloseKind.Transient)]
    [InlineData(1001, CloseKind.Transient)]
    [InlineData(1006, CloseKind.Transient)]
    [InlineData(1011, CloseKind.Transient)]
    [InlineData(1012, CloseKind.Transient)]
    [InlineData(1013, CloseKind.Transient)]
    [InlineData(1014, CloseKind.Transient)]
    [InlineData(4999, CloseKind.Transient)]
    [InlineData(3000, CloseKind.Transient)]
    public void Each_close_code_maps_to_its_row_of_the_table(int code, CloseKind expected)
    {
        var kind = CloseCodeClassifier.Classify(code, "");

        Assert.Equal(expected, kind);
    }

    [Fact]
    public void A_drop_without_a_close_code_is_transient()
    {
        Assert.Equal(CloseKind.Transient, CloseCodeClassifier.Classify(null, null));
    }

    [Theory]
    [InlineData("Evicted - newer connection arrived (FIFO)")]
    [InlineData("EVICTED")]
    public void Close_4429_evicted_means_another_connection_took_over(string reason)
    {
        Assert.Equal(CloseKind.ReplacedByAnotherConnection, CloseCodeClassifier.Classify(4429, reason));
    }

    [Fact]
    public void Close_4429_evicted_is_ignored_when_we_replaced_the_socket_ourselves()
    {
        Assert.Equal(CloseKind.ReplacedByUs, CloseCodeClassifier.Classify(4429, "Evicted - newer connection arrived (FIFO)", replacedByUs: true));
    }

    [Fact]
    public void Close_4429_with_another_reason_means_the_quota_is_used_up()
    {
        Assert.Equal(CloseKind.QuotaUsedUp, CloseCodeClassifier.Classify(4429, "15 WS sessions / 24h"));
    }

    [Theory]
    [InlineData(1000, "Daily limit reached")]
    [InlineData(1011, "daily quota")]
    public void A_reason_saying_daily_means_the_quota_is_used_up(int code, string reason)
    {
        Assert.Equal(CloseKind.QuotaUsedUp, CloseCodeClassifier.Classify(code, reason));
    }

    [Theory]
    [InlineData(1000, "Session LIMIT reached")]
    [InlineData(4999, "connection limit")]
    public void A_reason_saying_limit_on_an_otherwise_transient_code_is_a_plan_limit(int code, string reason)
    {
        Assert.Equal(CloseKind.PlanLimit, CloseCodeClassifier.Classify(code, reason));
    }

    [Fact]
    public void Close_4005_tier_limit_stays_a_stream_end_as_the_table_says()
    {
        // §10 corrects §8 for 4005: still a stream end (not a plan limit), now on the transient schedule.
        Assert.Equal(CloseKind.StreamRestarting, CloseCodeClassifier.Classify(4005, "tier limit"));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1006)]
    [InlineData(4000)]
    [InlineData(4006)]
    public void A_limit_notice_turns_the_next_close_into_a_limit_close(int code)
    {
        Assert.Equal(CloseKind.PlanLimit, CloseCodeClassifier.Classify(code, "", limitNoticeSeen: true));
    }

    [Fact]
    public void A_limit_notice_does_not_soften_a_rejected_key()
    {
        Assert.Equal(CloseKind.KeyRejected, CloseCodeClassifier.Classify(4003, "", limitNoticeSeen: true));
    }

    [Fact]
    public void Close_1000_after_a_stream_end_event_is_a_stream_end()
    {
        Assert.Equal(CloseKind.StreamEnded, CloseCodeClassifier.Classify(1000, "", streamEndSeen: true));
    }

    [Theory]
    [InlineData(401, CloseKind.KeyRejected)]
    [InlineData(403, CloseKind.KeyRejected)]
    [InlineData(429, CloseKind.RateLimited)]
    [InlineData(500, CloseKind.Transient)]
    [InlineData(502, CloseKind.Transient)]
    [InlineData(503, CloseKind.Transient)]
    [InlineData(null, CloseKind.Transient)]
    public void A_refused_handshake_maps_by_its_http_status(int? status, CloseKind expected)
    {
        Assert.Equal(expected, CloseCodeClassifier.ClassifyHandshake(status));
    }

    [Theory]
    [InlineData(1000, true, CloseKind.StreamRestarting)]
    [InlineData(1000, false, CloseKind.StreamEnded)]
    [InlineData(1006, true, CloseKind.StreamRestarting)]
    [InlineData(4001, true, CloseKind.StreamEnded)]
    public void Close_after_a_v32_stream_end_follows_its_reconnect_flag(int code, bool reconnect, CloseKind expected)
    {
        Assert.Equal(expected, CloseCodeClassifier.Classify(code, "", streamEndSeen: true, streamEndSaysReconnect: reconnect));
    }
}

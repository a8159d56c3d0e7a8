using Overlay.Web.Upstream;

namespace Overlay.Tests.Upstream;

public sealed class ReconnectPolicyTests
{
    private static List<TimeSpan> Delays(ReconnectPolicy policy, CloseKind kind, int count, bool healthy = false)
    {
        var delays = new List<TimeSpan>();
        for (var i = 0; i < count; i++)
        {
            var (decision, next) = policy.Next(kind, healthy);
            delays.Add(decision.Delay);
            policy = next;
        }
        return delays;
    }

    [Fact]
    public void Transient_backoff_doubles_from_1_s_and_caps_at_30_s()
    {
        var delays = Delays(ReconnectPolicy.Initial, CloseKind.Transient, 8);

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public void Transient_backoff_stays_capped_after_many_failures()
    {
        var delays = Delays(ReconnectPolicy.Initial, CloseKind.Transient, 200);

        Assert.Equal(TimeSpan.FromSeconds(30), delays[^1]);
    }

    [Fact]
    public void A_healthy_connection_resets_the_transient_backoff_to_1_s()
    {
        var policy = ReconnectPolicy.Initial;
        for (var i = 0; i < 4; i++)
        {
            policy = policy.Next(CloseKind.Transient, false).Next;
        }

        var (decision, _) = policy.Next(CloseKind.Transient, sessionWasHealthy: true);

        Assert.Equal(TimeSpan.FromSeconds(1), decision.Delay);
        Assert.Equal(1, decision.Attempt);
    }

    [Fact]
    public void An_unhealthy_connection_keeps_the_backoff_growing()
    {
        var policy = ReconnectPolicy.Initial.Next(CloseKind.Transient, false).Next;

        var (decision, _) = policy.Next(CloseKind.Transient, sessionWasHealthy: false);

        Assert.Equal(TimeSpan.FromSeconds(2), decision.Delay);
    }

    [Theory]
    [InlineData(true, 0, true)]
    [InlineData(false, 60, true)]
    [InlineData(false, 59.9, false)]
    [InlineData(false, 0, false)]
    public void Healthy_means_room_info_arrived_or_the_socket_stayed_open_60_s(bool roomInfo, double seconds, bool expected)
    {
        Assert.Equal(expected, ReconnectPolicy.WasHealthy(roomInfo, TimeSpan.FromSeconds(seconds)));
    }

    [Theory]
    [InlineData(CloseKind.NotLive, WaitReason.NotLive)]
    [InlineData(CloseKind.StreamEnded, WaitReason.StreamEnded)]
    [InlineData(CloseKind.PlanLifetime, WaitReason.PlanLimit)]
    public void Slow_wait_is_a_fixed_60_s(CloseKind kind, WaitReason reason)
    {
        var delays = Delays(ReconnectPolicy.Initial, kind, 5);
        var (decision, _) = ReconnectPolicy.Initial.Next(kind, false);

        Assert.All(delays, d => Assert.Equal(TimeSpan.FromSeconds(60), d));
        Assert.Equal(reason, decision.WaitReason);
    }

    [Fact]
    public void Slow_wait_does_not_count_as_a_transient_failure()
    {
        var policy = ReconnectPolicy.Initial.Next(CloseKind.Transient, false).Next;
        policy = policy.Next(CloseKind.NotLive, false).Next;
        policy = policy.Next(CloseKind.NotLive, false).Next;

        var (decision, _) = policy.Next(CloseKind.Transient, false);

        Assert.Equal(TimeSpan.FromSeconds(2), decision.Delay);
    }

    [Theory]
    [InlineData(CloseKind.RateLimited, WaitReason.RateLimited)]
    [InlineData(CloseKind.PlanLimit, WaitReason.PlanLimit)]
    [InlineData(CloseKind.ReplacedByAnotherConnection, WaitReason.ReplacedByAnotherConnection)]
    public void Limit_backoff_doubles_from_60_s_to_10_min(CloseKind kind, WaitReason reason)
    {
        var delays = Delays(ReconnectPolicy.Initial, kind, 7);
        var (decision, _) = ReconnectPolicy.Initial.Next(kind, false);

        Assert.Equal([60, 120, 240, 480, 600, 600, 600], delays.Select(d => d.TotalSeconds));
        Assert.Equal(reason, decision.WaitReason);
    }

    [Theory]
    [InlineData(CloseKind.KeyRejected, StopReason.KeyRejected)]
    [InlineData(CloseKind.UnknownUser, StopReason.UnknownUser)]
    [InlineData(CloseKind.QuotaUsedUp, StopReason.QuotaUsedUp)]
    public void Stop_codes_stop(CloseKind kind, StopReason reason)
    {
        var (decision, _) = ReconnectPolicy.Initial.Next(kind, false);

        Assert.Equal(ReconnectAction.Stop, decision.Action);
        Assert.Equal(reason, decision.StopReason);
    }

    [Fact]
    public void Our_own_replacement_connects_at_once_without_counting()
    {
        var policy = ReconnectPolicy.Initial.Next(CloseKind.Transient, false).Next;

        var (decision, next) = policy.Next(CloseKind.ReplacedByUs, false);

        Assert.Equal(ReconnectAction.ConnectNow, decision.Action);
        Assert.Equal(policy, next);
    }

    [Fact]
    public void Attempt_counts_every_reconnect_since_the_last_healthy_connection()
    {
        var policy = ReconnectPolicy.Initial;
        policy = policy.Next(CloseKind.Transient, false).Next;
        policy = policy.Next(CloseKind.NotLive, false).Next;

        var (decision, _) = policy.Next(CloseKind.Transient, false);

        Assert.Equal(3, decision.Attempt);
    }
}

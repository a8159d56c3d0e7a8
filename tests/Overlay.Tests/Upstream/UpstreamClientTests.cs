using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using Overlay.Web.Upstream;

namespace Overlay.Tests.Upstream;

/// <summary>The real app, a real socket, a fake clock: protocol.md §1, §7 and §8 end to end.</summary>
public sealed class UpstreamClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Connects_with_the_username_without_at_and_the_key_in_the_query()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);

        var attempt = await h.Server.NextAttemptAsync(Ct);

        Assert.Equal($"?uniqueId=streamer&apiKey={UpstreamHarness.PlantedKey}", attempt.QueryString);
    }

    [Fact]
    public async Task Close_code_4003_stops_reconnecting()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var first = await h.NextConnectedAttemptAsync(Ct);

        await first.CloseAsync(4003, "Invalid API key", Ct);
        var stopped = await h.WaitForStatusAsync(s => s.State == ConnectionState.Stopped, Ct);
        h.Time.Advance(TimeSpan.FromHours(6));

        Assert.Equal(StopReason.KeyRejected, stopped.StopReason);
        Assert.Equal("Stopped: the API key was rejected (4003). Fix Upstream:ApiKey and restart.", stopped.Summary);
        Assert.False(h.Server.HasUnreadAttempt);
        Assert.Equal(ConnectionState.Stopped, h.Status.Current.State);
        // Proves the silence above was not just slowness: the next attempt the server sees is the one we ask for.
        h.Control.Connect();
        var next = await h.Server.NextAttemptAsync(Ct);
        Assert.Equal(2, next.Number);
    }

    [Fact]
    public async Task Abrupt_drop_reconnects_after_1_s_then_after_2_s()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var first = await h.NextConnectedAttemptAsync(Ct);

        first.Abort();
        var waiting = await h.WaitForReconnectingAsync(1, Ct);
        Assert.Equal(h.Time.GetUtcNow() + TimeSpan.FromSeconds(1), waiting.NextAttemptAt);
        Assert.Equal("Reconnecting in 1 s (attempt 1): connection dropped (1006)", waiting.Summary);
        h.Time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(h.Server.HasUnreadAttempt);
        Assert.Equal(ConnectionState.Reconnecting, h.Status.Current.State);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        var second = await h.NextConnectedAttemptAsync(Ct);

        second.Abort();
        waiting = await h.WaitForReconnectingAsync(2, Ct);
        Assert.Equal(h.Time.GetUtcNow() + TimeSpan.FromSeconds(2), waiting.NextAttemptAt);
        h.Time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(h.Server.HasUnreadAttempt);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        var third = await h.Server.NextAttemptAsync(Ct);

        Assert.Equal(3, third.Number);
    }

    [Fact]
    public async Task Room_info_then_drop_resets_the_delay_to_1_s()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        (await h.NextConnectedAttemptAsync(Ct)).Abort();
        await h.WaitForReconnectingAsync(1, Ct);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        (await h.NextConnectedAttemptAsync(Ct)).Abort();
        await h.WaitForReconnectingAsync(2, Ct);
        h.Time.Advance(TimeSpan.FromSeconds(2));
        var third = await h.NextConnectedAttemptAsync(Ct);

        // Published directly: the parser that turns the roomInfo frame into this event is built elsewhere.
        h.Facts.RoomSeen("7437612345678901234", "Friday chill", 1234);
        await h.WaitForStatusAsync(s => s.RoomId == "7437612345678901234", Ct);
        third.Abort();
        var waiting = await h.WaitForReconnectingAsync(1, Ct);

        Assert.Equal(h.Time.GetUtcNow() + TimeSpan.FromSeconds(1), waiting.NextAttemptAt);
    }

    [Fact]
    public async Task Room_info_and_viewer_count_show_in_the_status()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        await h.NextConnectedAttemptAsync(Ct);

        h.Facts.RoomSeen("42", "Friday chill", 1234);
        h.Facts.ViewerCountSeen(1500);
        var status = await h.WaitForStatusAsync(s => s.ViewerCount == 1500, Ct);

        Assert.Equal("42", status.RoomId);
        Assert.Equal("Friday chill", status.RoomTitle);
        Assert.Equal("Live on @streamer: Friday chill", status.Summary);
    }

    [Fact]
    public async Task Close_code_4000_waits_60_s_as_not_live()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var first = await h.NextConnectedAttemptAsync(Ct);

        await first.CloseAsync(4000, "Creator is not live", Ct);
        var waiting = await h.WaitForReconnectingAsync(1, Ct);
        h.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(h.Server.HasUnreadAttempt);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await h.Server.NextAttemptAsync(Ct);

        Assert.Equal(WaitReason.NotLive, waiting.WaitReason);
        Assert.Equal("Not live: waiting 60 s", waiting.Summary);
        Assert.Equal(4000, waiting.LastCloseCode);
        Assert.Equal(2, second.Number);
    }

    [Fact]
    public async Task Stream_end_that_says_reconnect_retries_after_1_s_and_a_not_live_answer_then_waits_60_s()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var first = await h.NextConnectedAttemptAsync(Ct);
        h.Facts.RoomSeen("7437612345678901234", "Friday chill", 10);
        await h.WaitForStatusAsync(s => s.RoomId == "7437612345678901234", Ct);

        // §10 v3.2: streamEnd {reason:"creator_offline", reconnect:true}, then the 4005 close.
        h.Facts.StreamEnded(reconnect: true);
        await first.CloseAsync(4005, "creator_offline", Ct);
        var waiting = await h.WaitForReconnectingAsync(1, Ct);
        Assert.Equal(WaitReason.StreamEnded, waiting.WaitReason);
        Assert.Equal(h.Time.GetUtcNow() + TimeSpan.FromSeconds(1), waiting.NextAttemptAt);
        Assert.Equal("Stream ended (creator_offline): looking for the next LIVE in 1 s", waiting.Summary);
        h.Time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(h.Server.HasUnreadAttempt);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        var second = await h.NextConnectedAttemptAsync(Ct);

        await second.CloseAsync(4000, "Creator is not live", Ct);
        var slow = await h.WaitForReconnectingAsync(2, Ct);

        Assert.Equal(WaitReason.NotLive, slow.WaitReason);
        Assert.Equal(h.Time.GetUtcNow() + TimeSpan.FromSeconds(60), slow.NextAttemptAt);
    }

    [Fact]
    public async Task Close_code_4005_alone_retries_on_the_transient_schedule()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var first = await h.NextConnectedAttemptAsync(Ct);

        await first.CloseAsync(4005, "", Ct);
        var waiting = await h.WaitForReconnectingAsync(1, Ct);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await h.Server.NextAttemptAsync(Ct);

        Assert.Equal(WaitReason.StreamEnded, waiting.WaitReason);
        Assert.Equal("Stream ended: looking for the next LIVE in 1 s", waiting.Summary);
        Assert.Equal(2, second.Number);
    }

    [Fact]
    public async Task Stream_end_without_reconnect_still_waits_60_s()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var first = await h.NextConnectedAttemptAsync(Ct);

        h.Facts.StreamEnded(reconnect: false);
        await first.CloseAsync(1000, "", Ct);
        var waiting = await h.WaitForReconnectingAsync(1, Ct);

        Assert.Equal(WaitReason.StreamEnded, waiting.WaitReason);
        Assert.Equal(h.Time.GetUtcNow() + TimeSpan.FromSeconds(60), waiting.NextAttemptAt);
    }

    [Fact]
    public async Task A_limit_notice_makes_the_next_close_a_limit_close()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var first = await h.NextConnectedAttemptAsync(Ct);

        h.Facts.LimitNoticeSeen("session_limit", "Session limit reached");
        await first.CloseAsync(1000, "", Ct);
        var waiting = await h.WaitForReconnectingAsync(1, Ct);

        Assert.Equal(WaitReason.PlanLimit, waiting.WaitReason);
        Assert.Equal(h.Time.GetUtcNow() + TimeSpan.FromSeconds(60), waiting.NextAttemptAt);
        Assert.Equal("Session limit reached", waiting.LastCloseReason);
    }

    [Fact]
    public async Task A_limit_notice_parsed_after_its_socket_closed_still_turns_that_close_into_a_limit_close()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var first = await h.NextConnectedAttemptAsync(Ct);
        await first.CloseAsync(1000, "", Ct);
        await h.WaitForStatusAsync(s => s.State == ConnectionState.Reconnecting && s.WaitReason == WaitReason.Transient, Ct);

        // The pipeline runs behind the socket, so the notice that preceded the close can be reported after it.
        h.Facts.LimitNoticeSeen("session_limit", "Session limit reached");
        var waiting = await h.WaitForStatusAsync(s => s.WaitReason == WaitReason.PlanLimit, Ct);
        h.Time.Advance(TimeSpan.FromSeconds(59));

        Assert.Equal(h.Time.GetUtcNow() + TimeSpan.FromSeconds(1), waiting.NextAttemptAt);
        Assert.False(h.Server.HasUnreadAttempt);
    }

    [Fact]
    public async Task A_config_change_restarts_a_stopped_client_with_the_new_key()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        await (await h.NextConnectedAttemptAsync(Ct)).CloseAsync(4003, "Invalid API key", Ct);
        await h.WaitForStatusAsync(s => s.State == ConnectionState.Stopped, Ct);

        h.App.App.Configuration["Upstream:ApiKey"] = "tk_new_key_0123456789";
        ((Microsoft.Extensions.Configuration.IConfigurationRoot)h.App.App.Configuration).Reload();
        var next = await h.Server.NextAttemptAsync(Ct);

        Assert.Equal("?uniqueId=streamer&apiKey=tk_new_key_0123456789", next.QueryString);
    }

    [Fact]
    public async Task Handshake_refused_with_401_stops_as_a_rejected_key()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        (await h.NextConnectedAttemptAsync(Ct)).Abort();
        await h.WaitForReconnectingAsync(1, Ct);

        h.Server.RejectNextWith(401);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var stopped = await h.WaitForStatusAsync(s => s.State == ConnectionState.Stopped, Ct);

        Assert.Equal(StopReason.KeyRejected, stopped.StopReason);
        Assert.Contains("HTTP 401", stopped.Summary);
    }

    [Fact]
    public async Task Handshake_refused_with_429_waits_with_the_limit_backoff()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        (await h.NextConnectedAttemptAsync(Ct)).Abort();
        await h.WaitForReconnectingAsync(1, Ct);

        h.Server.RejectNextWith(429);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var waiting = await h.WaitForReconnectingAsync(2, Ct);

        Assert.Equal(WaitReason.RateLimited, waiting.WaitReason);
        Assert.Equal(h.Time.GetUtcNow() + TimeSpan.FromSeconds(60), waiting.NextAttemptAt);
    }

    [Fact]
    public async Task Handshake_refused_with_503_is_transient()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        (await h.NextConnectedAttemptAsync(Ct)).Abort();
        await h.WaitForReconnectingAsync(1, Ct);

        h.Server.RejectNextWith(503);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var waiting = await h.WaitForReconnectingAsync(2, Ct);

        Assert.Equal(WaitReason.Transient, waiting.WaitReason);
        Assert.Equal(h.Time.GetUtcNow() + TimeSpan.FromSeconds(2), waiting.NextAttemptAt);
    }

    [Fact]
    public async Task A_stalled_socket_is_closed_with_1000_and_retried_as_transient()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct, new Dictionary<string, string?> { ["Upstream:StallSeconds"] = "60" });
        var first = await h.NextConnectedAttemptAsync(Ct);

        h.Time.Advance(TimeSpan.FromSeconds(60));
        await first.Ended.WaitAsync(TimeSpan.FromSeconds(20), Ct);
        var waiting = await h.WaitForReconnectingAsync(1, Ct);

        Assert.Equal(1000, first.ClientCloseCode);
        Assert.Equal(WaitReason.Transient, waiting.WaitReason);
        Assert.Contains("stalled", waiting.Summary);
    }

    [Fact]
    public async Task Disconnect_stops_and_connect_starts_again()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var first = await h.NextConnectedAttemptAsync(Ct);

        h.Control.Disconnect();
        var stopped = await h.WaitForStatusAsync(s => s.State == ConnectionState.Stopped, Ct);
        await first.Ended.WaitAsync(TimeSpan.FromSeconds(20), Ct);
        h.Control.Connect();
        var second = await h.Server.NextAttemptAsync(Ct);

        Assert.Equal(StopReason.UserRequested, stopped.StopReason);
        Assert.Equal(2, second.Number);
    }

    [Fact]
    public async Task Reconnect_now_replaces_the_socket_without_waiting()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var first = await h.NextConnectedAttemptAsync(Ct);

        h.Control.ReconnectNow();
        var second = await h.Server.NextAttemptAsync(Ct);

        Assert.True(first.Ended.IsCompleted, "the old socket must be gone before the new one opens");
        Assert.Equal(2, second.Number);
    }

    [Fact]
    public async Task The_planted_key_reaches_no_log_line_and_no_status()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var first = await h.NextConnectedAttemptAsync(Ct);
        // A server that echoes the key in its close reason must not leak it either.
        await first.CloseAsync(1011, $"bad apiKey={UpstreamHarness.PlantedKey}", Ct);
        var waiting = await h.WaitForReconnectingAsync(1, Ct);
        h.Server.RejectNextWith(403);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var stopped = await h.WaitForStatusAsync(s => s.State == ConnectionState.Stopped, Ct);

        var lines = h.Logs.GetSnapshot()
            .Select(r => $"{r.Category} {r.Message} {r.Exception} {string.Join(",", r.StructuredState ?? [])}")
            .ToList();

        Assert.Contains(UpstreamHarness.PlantedKey, first.QueryString);
        Assert.Contains(lines, l => l.Contains("Overlay.Web.Upstream", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(UpstreamHarness.PlantedKey, StringComparison.Ordinal));
        Assert.DoesNotContain(UpstreamHarness.PlantedKey, waiting.ToString());
        Assert.DoesNotContain(UpstreamHarness.PlantedKey, stopped.ToString());
    }

    [Fact]
    public async Task Without_a_key_the_demo_upstream_is_used_and_said_so_once()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct, new Dictionary<string, string?> { ["Upstream:ApiKey"] = "" });

        var status = await h.WaitForStatusAsync(s => s.IsDemo, Ct);

        Assert.Equal("demo", status.UniqueId);
        Assert.Single(h.Logs.GetSnapshot(), r => r.Message.StartsWith("No API key is configured, so the built-in demo upstream is used", StringComparison.Ordinal));
        Assert.Equal(0, h.Server.AttemptCount);
    }
}

using Microsoft.Extensions.Time.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using Overlay.Web.Upstream;

namespace Overlay.Tests.Upstream;

/// <summary>One socket against a real loopback server, without the app: frames, markers, ends, stall (§7).</summary>
public sealed class UpstreamSocketTests : IAsyncLifetime
{
    private const string Key = "tk_socket_secret_key";
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 20, 0, 0, TimeSpan.Zero));
    private readonly FrameChannel _frames = new(new OverlayMetrics());
    private TestUpstreamServer _server = null!;
    private UpstreamSocket _socket = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = await TestUpstreamServer.StartAsync(Ct);
        var target = UpstreamTarget.ForTikTools(new UpstreamOptions { Url = _server.Url.ToString(), UniqueId = "s", ApiKey = Key }, out _)!;
        _socket = new UpstreamSocket(target, _frames, _time, TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<InboundFrame> ReadFrameAsync() => await _frames.Reader.ReadAsync(Ct).AsTask().WaitAsync(Guard, Ct);

    [Fact]
    public async Task Frames_reach_the_channel_after_the_open_marker()
    {
        await _socket.OpenAsync(Ct);
        var attempt = await _server.NextAttemptAsync(Ct);

        await attempt.SendTextAsync("""{"event":"chat"}""", Ct);
        await attempt.SendBinaryAsync([1, 2, 3], Ct);

        Assert.Equal(FrameKind.SocketOpened, (await ReadFrameAsync()).Kind);
        Assert.Equal("""{"event":"chat"}""", (await ReadFrameAsync()).Text);
        Assert.Equal([1, 2, 3], (await ReadFrameAsync()).Binary);
    }

    [Fact]
    public async Task Frames_are_stamped_with_the_injected_clock()
    {
        await _socket.OpenAsync(Ct);
        var attempt = await _server.NextAttemptAsync(Ct);
        await ReadFrameAsync();
        _time.Advance(TimeSpan.FromSeconds(5));

        await attempt.SendTextAsync("{}", Ct);

        Assert.Equal(_time.GetUtcNow(), (await ReadFrameAsync()).ReceivedAt);
    }

    [Fact]
    public async Task No_frame_for_the_stall_time_ends_the_socket_as_stalled()
    {
        await _socket.OpenAsync(Ct);

        _time.Advance(TimeSpan.FromSeconds(60));
        var end = await _socket.Ended.WaitAsync(Guard, Ct);

        Assert.Equal(SocketEndCause.Stalled, end.Cause);
    }

    [Fact]
    public async Task Every_frame_restarts_the_stall_time()
    {
        await _socket.OpenAsync(Ct);
        var attempt = await _server.NextAttemptAsync(Ct);
        await ReadFrameAsync();
        _time.Advance(TimeSpan.FromSeconds(50));
        await attempt.SendTextAsync("""{"event":"pong"}""", Ct);
        await ReadFrameAsync();

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(_socket.Ended.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        var end = await _socket.Ended.WaitAsync(Guard, Ct);

        Assert.Equal(SocketEndCause.Stalled, end.Cause);
    }

    [Fact]
    public async Task A_server_close_reports_its_code_and_a_redacted_reason()
    {
        await _socket.OpenAsync(Ct);
        var attempt = await _server.NextAttemptAsync(Ct);

        await attempt.CloseAsync(4429, $"Evicted {Key}", Ct);
        var end = await _socket.Ended.WaitAsync(Guard, Ct);

        Assert.Equal(new SocketEnd(SocketEndCause.ServerClosed, 4429, "Evicted tk_***", ""), end);
    }

    [Fact]
    public async Task A_dropped_connection_is_lost_without_a_close_code()
    {
        await _socket.OpenAsync(Ct);
        var attempt = await _server.NextAttemptAsync(Ct);

        attempt.Abort();
        var end = await _socket.Ended.WaitAsync(Guard, Ct);

        Assert.Equal(SocketEndCause.Lost, end.Cause);
        Assert.Equal(1006, end.EffectiveCode);
    }

    [Fact]
    public async Task A_refused_handshake_carries_the_http_status_and_no_key()
    {
        _server.RejectNextWith(401);

        var refused = await Assert.ThrowsAsync<UpstreamHandshakeException>(() => _socket.OpenAsync(Ct));

        Assert.Equal(401, refused.HttpStatus);
        Assert.DoesNotContain(Key, refused.ToString());
    }

    [Fact]
    public async Task Closing_it_ourselves_sends_1000()
    {
        await _socket.OpenAsync(Ct);
        var attempt = await _server.NextAttemptAsync(Ct);

        await _socket.CloseAsync(SocketEndCause.ClosedByUs, "reconnect");
        await attempt.Ended.WaitAsync(Guard, Ct);

        Assert.Equal(1000, attempt.ClientCloseCode);
    }
}

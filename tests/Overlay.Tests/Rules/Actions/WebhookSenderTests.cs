using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Rules;
using Overlay.Web.Rules.Actions;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Model;

namespace Overlay.Tests.Rules.Actions;

/// <summary>The webhook action against a real receiver on 127.0.0.1: the body, the HMAC, retries and refusals.</summary>
public sealed class WebhookSenderTests : IAsyncDisposable
{
    private readonly TimerWatchingClock _time = new(EventTestData.Start);
    private readonly ServiceProvider _services;
    private readonly WebhookSender _sender;
    private FakeWebhookReceiver? _receiver;

    public WebhookSenderTests()
    {
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        _sender = new WebhookSender(_services.GetRequiredService<IHttpClientFactory>(), Options.Create(new RulesOptions { WebhookRetries = 2 }), _time);
    }

    private static readonly Rule Rule = RuleKit.Rule(42, TriggerKind.Gift) with { Name = "Lion → Discord" };

    private static readonly FiredEvent Fired = new(TriggerKind.Gift, EventTestData.Start)
    {
        User = RuleKit.Viewer("ana", level: 12), GiftId = "6369", GiftName = "Lion", Count = 2, Diamonds = 59_998,
    };

    [Fact]
    public async Task The_body_holds_the_event_and_the_rule_and_is_signed_with_the_secret()
    {
        var ct = TestContext.Current.CancellationToken;
        _receiver = await FakeWebhookReceiver.StartAsync(ct);

        var problem = await _sender.SendAsync(new RuleAction { Kind = ActionKind.Webhook, Url = _receiver.Url.ToString(), Secret = "s3cret" }, Rule, Fired, ct);
        var got = await _receiver.NextAsync(ct);

        Assert.Null(problem);
        using var body = JsonDocument.Parse(got.Body);
        Assert.Equal("Lion → Discord", body.RootElement.GetProperty("rule").GetProperty("name").GetString());
        Assert.Equal("Gift", body.RootElement.GetProperty("event").GetProperty("type").GetString());
        Assert.Equal("ANA", body.RootElement.GetProperty("event").GetProperty("user").GetProperty("nickname").GetString());
        Assert.Equal(59_998, body.RootElement.GetProperty("event").GetProperty("diamonds").GetInt64());
        Assert.Equal(WebhookSignature.For(got.Body, "s3cret"), got.Headers[WebhookSignature.Header]);
        Assert.StartsWith("sha256=", got.Headers[WebhookSignature.Header]);
        Assert.DoesNotContain("s3cret", got.Text);
    }

    [Fact]
    public void The_signature_is_the_hex_hmac_sha256_of_the_body_with_the_secret()
    {
        // Computed independently: python3 -c "import hmac,hashlib;print(hmac.new(b'key',b'{\"a\":1}',hashlib.sha256).hexdigest())"
        Assert.Equal("sha256=88a67f24bbcdaed0e6c997404bb79a743baf44c6bab2f4c27328e3009d22e342", WebhookSignature.For("{\"a\":1}"u8, "key"));
    }

    [Fact]
    public async Task Without_a_secret_no_signature_header_is_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        _receiver = await FakeWebhookReceiver.StartAsync(ct);

        await _sender.SendAsync(new RuleAction { Kind = ActionKind.Webhook, Url = _receiver.Url.ToString() }, Rule, Fired, ct);
        var got = await _receiver.NextAsync(ct);

        Assert.False(got.Headers.ContainsKey(WebhookSignature.Header));
    }

    [Fact]
    public async Task A_5xx_is_retried_after_a_backoff_and_then_succeeds()
    {
        var ct = TestContext.Current.CancellationToken;
        _receiver = await FakeWebhookReceiver.StartAsync(ct);
        _receiver.AnswerNext(503);

        var sending = _sender.SendAsync(new RuleAction { Kind = ActionKind.Webhook, Url = _receiver.Url.ToString() }, Rule, Fired, ct);
        var first = await _receiver.NextAsync(ct);
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1), ct);
        _time.Advance(TimeSpan.FromSeconds(1));
        var second = await _receiver.NextAsync(ct);

        Assert.Null(await sending);
        Assert.Equal(first.Text, second.Text);
    }

    [Fact]
    public async Task Retries_are_limited_and_the_last_answer_is_reported()
    {
        var ct = TestContext.Current.CancellationToken;
        _receiver = await FakeWebhookReceiver.StartAsync(ct);
        _receiver.AnswerNext(500, 500, 500, 500);

        var sending = _sender.SendAsync(new RuleAction { Kind = ActionKind.Webhook, Url = _receiver.Url.ToString() }, Rule, Fired, ct);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await _receiver.NextAsync(ct);
            if (attempt < 2)
            {
                await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1 << attempt), ct);
                _time.Advance(TimeSpan.FromSeconds(1 << attempt));
            }
        }

        Assert.Equal("The webhook answered 500 Internal Server Error. (tried 3 times)", await sending);
        Assert.Equal(0, _receiver.Count);
    }

    [Fact]
    public async Task A_4xx_is_final()
    {
        var ct = TestContext.Current.CancellationToken;
        _receiver = await FakeWebhookReceiver.StartAsync(ct);
        _receiver.AnswerNext(404);

        var problem = await _sender.SendAsync(new RuleAction { Kind = ActionKind.Webhook, Url = _receiver.Url.ToString() }, Rule, Fired, ct);

        Assert.Equal("The webhook answered 404 Not Found.", problem);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/")]
    public async Task Only_http_and_https_urls_are_called(string url)
    {
        var problem = await _sender.SendAsync(new RuleAction { Kind = ActionKind.Webhook, Url = url }, Rule, Fired, TestContext.Current.CancellationToken);

        Assert.Equal("The webhook URL is not an http:// or https:// address.", problem);
    }

    [Fact]
    public async Task A_receiver_that_never_answers_times_out()
    {
        var ct = TestContext.Current.CancellationToken;
        _receiver = await FakeWebhookReceiver.StartAsync(ct);
        _receiver.Hold = true;
        var sender = new WebhookSender(_services.GetRequiredService<IHttpClientFactory>(), Options.Create(new RulesOptions { WebhookRetries = 0, TimeoutSeconds = 3 }), _time);

        var sending = sender.SendAsync(new RuleAction { Kind = ActionKind.Webhook, Url = _receiver.Url.ToString() }, Rule, Fired, ct);
        await _receiver.NextAsync(ct);
        _time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal("The webhook did not answer within 3 s.", await sending);
    }

    public async ValueTask DisposeAsync()
    {
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
        await _services.DisposeAsync();
    }
}

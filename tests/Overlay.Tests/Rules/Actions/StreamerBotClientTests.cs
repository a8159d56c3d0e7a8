using Microsoft.Extensions.Options;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Rules;
using Overlay.Web.Rules.Actions;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Model;

namespace Overlay.Tests.Rules.Actions;

/// <summary>The Streamer.bot action against a fake Streamer.bot WebSocket server on 127.0.0.1.</summary>
public sealed class StreamerBotClientTests : IAsyncDisposable
{
    private readonly StreamerBotClient _client = new(Options.Create(new RulesOptions()), TimeProvider.System);
    private FakeStreamerBot? _bot;

    private static readonly Rule Rule = RuleKit.Rule(3, TriggerKind.Gift) with { Name = "Lion → dance" };

    private static readonly FiredEvent Fired = new(TriggerKind.Gift, EventTestData.Start) { User = RuleKit.Viewer("ana"), GiftName = "Lion", Count = 1, Diamonds = 29_999 };

    [Fact]
    public async Task DoAction_by_name_carries_the_event_as_args_and_succeeds_on_ok()
    {
        var ct = TestContext.Current.CancellationToken;
        _bot = await FakeStreamerBot.StartAsync(ct);
        _bot.KnownActions.Add("Dance");

        var problem = await _client.DoActionAsync(Action(name: "Dance"), Rule, Fired, ct);
        var request = await _bot.NextRequestAsync(ct);

        Assert.Null(problem);
        Assert.Equal("DoAction", (string?)request["request"]);
        Assert.Equal("Dance", (string?)request["action"]!["name"]);
        Assert.Null(request["action"]!["id"]);
        Assert.Equal("Lion", (string?)request["args"]!["giftName"]);
        Assert.Equal("ANA", (string?)request["args"]!["nickname"]);
        Assert.False(string.IsNullOrEmpty((string?)request["id"]));
    }

    [Fact]
    public async Task DoAction_by_id_wins_over_the_name()
    {
        var ct = TestContext.Current.CancellationToken;
        _bot = await FakeStreamerBot.StartAsync(ct);
        _bot.KnownActions.Add("9c6203fd-363f-4834-983e-b10423c568ea");

        var problem = await _client.DoActionAsync(Action(id: "9c6203fd-363f-4834-983e-b10423c568ea", name: "Other"), Rule, Fired, ct);
        var request = await _bot.NextRequestAsync(ct);

        Assert.Null(problem);
        Assert.Equal("9c6203fd-363f-4834-983e-b10423c568ea", (string?)request["action"]!["id"]);
    }

    [Fact]
    public async Task An_unknown_action_reports_streamer_bots_error()
    {
        var ct = TestContext.Current.CancellationToken;
        _bot = await FakeStreamerBot.StartAsync(ct);

        var problem = await _client.DoActionAsync(Action(name: "Missing"), Rule, Fired, ct);

        Assert.Equal("Streamer.bot refused the action: Action not found.", problem);
    }

    [Fact]
    public async Task A_server_with_authentication_is_refused_with_what_to_change()
    {
        var ct = TestContext.Current.CancellationToken;
        _bot = await FakeStreamerBot.StartAsync(ct);
        _bot.RequireAuth = true;

        var problem = await _client.DoActionAsync(Action(name: "Dance"), Rule, Fired, ct);

        Assert.Contains("asks for a password", problem);
    }

    [Fact]
    public async Task Streamer_bot_not_running_says_so()
    {
        var ct = TestContext.Current.CancellationToken;

        var problem = await _client.DoActionAsync(Action(name: "Dance") with { StreamerBotUrl = "ws://127.0.0.1:9/" }, Rule, Fired, ct);

        Assert.StartsWith("Streamer.bot could not be reached at 127.0.0.1:9", problem);
    }

    private RuleAction Action(string id = "", string name = "") =>
        new() { Kind = ActionKind.StreamerBot, StreamerBotUrl = _bot?.Url.ToString() ?? "ws://127.0.0.1:9/", ActionId = id, ActionName = name };

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}

using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Model;
using static Overlay.Tests.Infrastructure.RuleKit;

namespace Overlay.Tests.Rules.Engine;

/// <summary>Running a rule's actions in order: the screen, TTS, goals, OBS, the budget, errors, and no way back to the hub.</summary>
public sealed class RuleRunnerTests : IDisposable
{
    private readonly ActionKit _kit = new(actionsPerSecond: 3);

    private static readonly FiredEvent Gift = new(TriggerKind.Gift, EventTestData.Start)
    {
        User = Viewer("ana") with { Nickname = "<b>ana</b>" }, GiftName = "Rose", Count = 5, Diamonds = 5,
    };

    [Fact]
    public async Task Show_media_queues_the_gif_text_and_sound_on_the_screen_as_text()
    {
        var rule = With(new RuleAction { ImageFile = "party.gif", SoundFile = "chime.wav", Volume = 40, Text = "{nickname} sent {giftName} ×{count}", Seconds = 4 });

        await _kit.Runner.RunAsync(new RuleRun(rule, Gift), TestContext.Current.CancellationToken);

        var item = _kit.Screen.Current.Current!;
        Assert.Equal("/images/party.gif", item.ImageUrl);
        Assert.Equal("/sounds/chime.wav", item.Sound!.Url);
        Assert.Equal(0.4, item.Sound.Volume);
        Assert.Equal("<b>ana</b> sent Rose ×5", item.Text);
        Assert.Equal(4000, item.DisplayMilliseconds);
        Assert.Null(_kit.Status.For(rule.Id).LastError);
    }

    [Fact]
    public async Task Items_on_one_screen_wait_for_each_other()
    {
        var rule = With(new RuleAction { Text = "first", Seconds = 2 }, new RuleAction { Kind = ActionKind.PlaySound, SoundFile = "chime.wav", Seconds = 1 });

        await _kit.Runner.RunAsync(new RuleRun(rule, Gift), TestContext.Current.CancellationToken);
        var first = _kit.Screen.Current;
        _kit.Time.Advance(TimeSpan.FromSeconds(2));
        var second = _kit.Screen.Current;
        _kit.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(("first", 1), (first.Current!.Text, first.Queued));
        Assert.Equal(("", "/sounds/chime.wav", false), (second.Current!.Text, second.Current.Sound!.Url, second.Current.HasVisual));
        Assert.Null(_kit.Screen.Current.Current);
    }

    [Fact]
    public async Task A_missing_screen_or_file_is_shown_as_the_rules_last_error_and_the_next_action_still_runs()
    {
        var rule = With(new RuleAction { Screen = "nope", Text = "x" }, new RuleAction { Kind = ActionKind.Speak, Text = "Thanks {nickname}" });

        await _kit.Runner.RunAsync(new RuleRun(rule, Gift), TestContext.Current.CancellationToken);

        Assert.Equal("Action 1 (ShowMedia): There is no actions screen 'nope' (Widgets → New widget → Actions screen).", _kit.Status.For(rule.Id).LastError);
        Assert.Equal([("Thanks <b>ana</b>", (string?)null, (string?)null)], _kit.Speech.Said);
        Assert.Equal(1, _kit.RuleMetrics.Snapshot().Failed);
    }

    [Fact]
    public async Task Obs_actions_call_obs_and_a_source_shown_for_n_seconds_is_hidden_again()
    {
        var rule = With(
            new RuleAction { Kind = ActionKind.Obs, Obs = ObsOperation.ShowSource, Source = "Confetti", Seconds = 5 },
            new RuleAction { Kind = ActionKind.Obs, Obs = ObsOperation.SetText, Source = "Last gift", Text = "{nickname}: {giftName}" },
            new RuleAction { Kind = ActionKind.Obs, Obs = ObsOperation.SaveReplayBuffer });
        var ct = TestContext.Current.CancellationToken;

        await _kit.Runner.RunAsync(new RuleRun(rule, Gift), ct);
        var before = _kit.Obs.Calls;
        _kit.Time.Advance(TimeSpan.FromSeconds(5));
        await _kit.Obs.WaitForCallAsync("visible -/Confetti False", ct);

        Assert.Equal(["visible -/Confetti True", "text Last gift <b>ana</b>: Rose", "replay"], before);
        Assert.Equal("visible -/Confetti False", _kit.Obs.Calls[^1]);
    }

    [Fact]
    public async Task An_obs_problem_is_the_rules_last_error()
    {
        _kit.Obs.Answer = new Overlay.Web.Obs.ObsResult("OBS is not connected.");
        var rule = With(new RuleAction { Kind = ActionKind.Obs, Obs = ObsOperation.SwitchScene, Scene = "Dance" });

        await _kit.Runner.RunAsync(new RuleRun(rule, Gift), TestContext.Current.CancellationToken);

        Assert.Equal("Action 1 (Obs): OBS: OBS is not connected.", _kit.Status.For(rule.Id).LastError);
    }

    [Fact]
    public async Task Past_the_global_budget_actions_are_skipped_and_counted_until_the_next_second()
    {
        var rule = With(Enumerable.Range(1, 4).Select(i => new RuleAction { Kind = ActionKind.Speak, Text = "n" + i }).ToArray());
        var ct = TestContext.Current.CancellationToken;

        await _kit.Runner.RunAsync(new RuleRun(rule, Gift), ct);
        var skipped = _kit.Status.For(rule.Id).LastSkipped;
        _kit.Time.Advance(TimeSpan.FromSeconds(1));
        await _kit.Runner.RunAsync(new RuleRun(rule with { Actions = [rule.Actions[0]] }, Gift), ct);

        Assert.Equal(["n1", "n2", "n3", "n1"], _kit.Speech.Said.Select(s => s.Text));
        Assert.Equal(1, _kit.RuleMetrics.Snapshot().OverBudget);
        Assert.Contains("over 3 actions per second", skipped);
    }

    [Fact]
    public async Task Wait_holds_the_next_action_for_its_seconds()
    {
        var rule = With(new RuleAction { Kind = ActionKind.Speak, Text = "one" }, new RuleAction { Kind = ActionKind.Wait, Seconds = 3 },
            new RuleAction { Kind = ActionKind.Speak, Text = "two" });
        var ct = TestContext.Current.CancellationToken;

        var running = _kit.Runner.RunAsync(new RuleRun(rule, Gift), ct);
        await _kit.Time.WaitForTimerAsync(TimeSpan.FromSeconds(3), ct);
        var during = _kit.Speech.Said.Count;
        _kit.Time.Advance(TimeSpan.FromSeconds(3));
        await running;

        Assert.Equal(1, during);
        Assert.Equal(2, _kit.Speech.Said.Count);
    }

    [Fact]
    public async Task Goal_actions_add_the_events_amount_or_set_the_progress()
    {
        var add = With(new RuleAction { Kind = ActionKind.Goal, Goal = "like-goal", AmountFromEvent = true });
        var set = With(new RuleAction { Kind = ActionKind.Goal, Goal = "like-goal", GoalChange = GoalChange.Set, Amount = 42 });
        var ct = TestContext.Current.CancellationToken;

        await _kit.Runner.RunAsync(new RuleRun(add, Gift), ct);
        var added = _kit.Goal.Current.Current;
        await _kit.Runner.RunAsync(new RuleRun(set, Gift), ct);

        Assert.Equal(5, added);
        Assert.Equal(42, _kit.Goal.Current.Current);
    }

    [Fact]
    public async Task No_action_publishes_anything_to_the_hub()
    {
        using var recorder = new HubRecorder(_kit.Hub);
        var rule = With(
            new RuleAction { Text = "hi" }, new RuleAction { Kind = ActionKind.PlaySound, SoundFile = "chime.wav" },
            new RuleAction { Kind = ActionKind.Speak, Text = "hi" }, new RuleAction { Kind = ActionKind.Goal, Goal = "like-goal", Amount = 500 },
            new RuleAction { Kind = ActionKind.Obs, Obs = ObsOperation.Hotkey, Hotkey = "x" }) with { Id = 9 };

        await _kit.Runner.RunAsync(new RuleRun(rule, Gift), TestContext.Current.CancellationToken);

        Assert.Empty(recorder.All);
    }

    private static Rule With(params RuleAction[] actions) => RuleKit.Rule(1, TriggerKind.Gift) with { Actions = actions };

    public void Dispose() => _kit.Dispose();
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Overlay.Tests.Widgets;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Media;
using Overlay.Web.Rules;
using Overlay.Web.Rules.Actions;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Widgets;
using Overlay.Web.Widgets.Kinds;
using Overlay.Widgets.ActionsScreen;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Tests.Infrastructure;

/// <summary>
/// The rule runner with real actions on a fake clock: one actions screen ("actions-screen"), one like goal
/// ("like-goal", target 100), media folders with a sound and a GIF, and recording OBS and TTS fakes.
/// </summary>
public sealed class ActionKit : IDisposable
{
    private readonly GoalProgressFixture _goals = new();
    private readonly ServiceProvider _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();

    public ActionKit(int actionsPerSecond = 20)
    {
        Time = new TimerWatchingClock(EventTestData.Start);
        var web = SoundsRoot.Create("chime.wav");
        Directory.CreateDirectory(Path.Combine(web, "images"));
        File.WriteAllBytes(Path.Combine(web, "images", "party.gif"), [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]);
        Screen = new ActionsScreenState(new ActionsScreenSettings(), Time, Metrics, NullLogger<ActionsScreenState>.Instance);
        Goal = new LikeGoalState("like-goal", new LikeGoalSettings { Target = 100, AutoNext = true }, Hub, _goals.Progress, NullLogger<LikeGoalState>.Instance);
        Registry.Add(WidgetKinds.ActionsScreen.Handle(new WidgetInstance("actions-screen", WidgetKinds.ActionsScreen, "Screen 1"), Screen));
        Registry.Add(WidgetKinds.LikeGoal.Handle(new WidgetInstance("like-goal", WidgetKinds.LikeGoal, "Likes"), Goal));
        var options = Options.Create(new RulesOptions { ActionsPerSecond = actionsPerSecond, WebhookRetries = 0 });
        Executor = new ActionExecutor(Registry, new AlertMedia(new SoundLibrary(web), new ImageLibrary(web), new VideoLibrary(web)), Speech, Obs,
            new WebhookSender(_services.GetRequiredService<IHttpClientFactory>(), options, Time), new StreamerBotClient(options, Time), Origin, Time,
            NullLogger<ActionExecutor>.Instance);
        Status = new RuleStatusBoard(Time);
        Runner = new RuleRunner(Executor, new ActionBudget(Time, actionsPerSecond), RuleMetrics, Status, new ThrottledLog(Time), options,
            NullLogger<RuleRunner>.Instance);
    }

    public TimerWatchingClock Time { get; }

    public EventHub Hub { get; } = EventTestData.Hub();

    public OverlayMetrics Metrics { get; } = new();

    public RuleMetrics RuleMetrics { get; } = new();

    public WidgetRegistry Registry { get; } = new();

    public ActionOrigin Origin { get; } = new();

    public RecordingObs Obs { get; } = new();

    public RecordingSpeech Speech { get; } = new();

    public ActionsScreenState Screen { get; }

    public LikeGoalState Goal { get; }

    public ActionExecutor Executor { get; }

    public RuleRunner Runner { get; }

    public RuleStatusBoard Status { get; }

    public void Dispose()
    {
        Screen.Dispose();
        Goal.Dispose();
        _goals.Dispose();
        _services.Dispose();
    }
}

using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Overlay.Web.Rules.Actions;
using Overlay.Web.Rules.Model;

namespace Overlay.Web.Rules.Engine;

/// <summary>
/// Runs rules' actions off the event path: runs are queued here and up to <see cref="RulesOptions.ConcurrentRuns"/>
/// run at once, each its actions in order. A slow webhook or a wait holds only its own run. Each action but "wait"
/// costs one unit of the global <see cref="ActionBudget"/>; an action past it is skipped, counted and logged.
/// A failing action is shown beside its rule and the rule goes on with the next one.
/// </summary>
public sealed partial class RuleRunner : BackgroundService
{
    public const int Capacity = 1024;

    private readonly Channel<RuleRun> _runs;
    private readonly ActionExecutor _executor;
    private readonly ActionBudget _budget;
    private readonly RuleMetrics _metrics;
    private readonly RuleStatusBoard _status;
    private readonly ThrottledLog _throttle;
    private readonly ILogger<RuleRunner> _logger;
    private readonly SemaphoreSlim _slots;

    public RuleRunner(ActionExecutor executor, ActionBudget budget, RuleMetrics metrics, RuleStatusBoard status, ThrottledLog throttle,
        IOptions<RulesOptions> options, ILogger<RuleRunner> logger)
    {
        _executor = executor;
        _budget = budget;
        _metrics = metrics;
        _status = status;
        _throttle = throttle;
        _logger = logger;
        _slots = new SemaphoreSlim(options.Value.ConcurrentRuns);
        _runs = Channel.CreateBounded<RuleRun>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            _ => metrics.CountQueueFull());
    }

    /// <summary>Queues a run; never blocks (a full queue drops it, counted).</summary>
    public void Enqueue(RuleRun run) => _runs.Writer.TryWrite(run);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        try
        {
            await foreach (var run in _runs.Reader.ReadAllAsync(stoppingToken))
            {
                await _slots.WaitAsync(stoppingToken);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        await RunAsync(run, stoppingToken);
                    }
                    finally
                    {
                        _slots.Release();
                    }
                }, CancellationToken.None));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await Task.WhenAll(running);
    }

    /// <summary>Runs one rule's actions in order (the loop calls it; tests may too).</summary>
    public async Task RunAsync(RuleRun run, CancellationToken cancellationToken)
    {
        var rule = run.Rule;
        _metrics.CountFired();
        _status.Fired(rule.Id);
        string? lastProblem = null;
        foreach (var (action, index) in rule.Actions.Select((a, i) => (a, i + 1)))
        {
            if (action.Kind != ActionKind.Wait && !_budget.TryTake())
            {
                _metrics.CountOverBudget();
                _status.Skipped(rule.Id, $"Action {index} skipped: all rules together are over {_budget.PerSecond} actions per second.");
                if (_throttle.ShouldLog("budget", out var suppressed))
                {
                    LogOverBudget(_logger, rule.Name, _budget.PerSecond, suppressed);
                }
                continue;
            }
            string? problem;
            try
            {
                problem = await _executor.RunAsync(action, rule, run.Fired, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogActionCrashed(_logger, ex, rule.Name, index);
                problem = $"The action failed unexpectedly ({ex.GetType().Name}).";
            }
            if (action.Kind != ActionKind.Wait)
            {
                _metrics.CountAction();
            }
            if (problem is not null)
            {
                lastProblem = $"Action {index} ({action.Kind}): {problem}";
                _metrics.CountFailed();
                _status.Failed(rule.Id, lastProblem);
                if (_throttle.ShouldLog($"fail:{rule.Id}:{index}", out var suppressed))
                {
                    LogActionFailed(_logger, rule.Name, lastProblem, suppressed);
                }
            }
        }
        if (lastProblem is null)
        {
            _status.Succeeded(rule.Id);
        }
    }

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Rule {Rule}: an action was skipped, all rules together are over {PerSecond} actions per second ({Suppressed} more not logged in the last 10 s)")]
    private static partial void LogOverBudget(ILogger logger, string rule, int perSecond, long suppressed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rule {Rule}: {Problem} ({Suppressed} more not logged in the last 10 s)")]
    private static partial void LogActionFailed(ILogger logger, string rule, string problem, long suppressed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rule {Rule}: action {Index} threw; the rule goes on")]
    private static partial void LogActionCrashed(ILogger logger, Exception ex, string rule, int index);
}

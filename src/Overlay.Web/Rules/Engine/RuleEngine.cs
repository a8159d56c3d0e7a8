using System.Threading.Channels;
using Overlay.Web.Events;

namespace Overlay.Web.Rules.Engine;

/// <summary>
/// Actions &amp; Events, off the event path: the hub handler only writes the event into a bounded channel (a full
/// one drops it, counted), and this loop matches rules and hands their runs to the <see cref="RuleRunner"/>. So a
/// slow rule, webhook or OBS never delays an alert. Goals reaching their target and Test buttons come in through
/// <see cref="Post"/>. Subscribes before the pipeline starts publishing (AddRules comes before AddPipeline).
/// </summary>
public sealed class RuleEngine : BackgroundService, IRuleInputs
{
    public const int Capacity = 4096;

    private readonly EventHub _hub;
    private readonly RuleBook _book;
    private readonly RuleDispatcher _dispatcher;
    private readonly RuleRunner _runner;
    private readonly TimeProvider _time;
    private readonly Channel<RuleInput> _inputs;
    private IDisposable? _subscription;

    public RuleEngine(EventHub hub, RuleBook book, RuleDispatcher dispatcher, RuleRunner runner, RuleMetrics metrics, TimeProvider time)
    {
        _hub = hub;
        _book = book;
        _dispatcher = dispatcher;
        _runner = runner;
        _time = time;
        _inputs = Channel.CreateBounded<RuleInput>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            _ => metrics.CountQueueFull());
    }

    public bool Post(RuleInput input) => _inputs.Writer.TryWrite(input);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = _hub.Subscribe(OnEvent);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var input in _inputs.Reader.ReadAllAsync(stoppingToken))
            {
                // Even with no rules the matcher follows the stream (LIVE, like total), so a rule added later starts right.
                foreach (var run in _dispatcher.Dispatch(input, _book.All))
                {
                    _runner.Enqueue(run);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    // On the pipeline's thread: only what a trigger can use, and only a channel write.
    private void OnEvent(OverlayEvent evt)
    {
        if (evt is GiftComboEvent { Phase: ComboPhase.Finished } or FollowEvent or ShareEvent or SubscribeEvent or MemberEvent
            or ChatEvent or LikeEvent or ViewerCountEvent or RoomInfoEvent or StreamEndEvent or BattleEvent or BattleArmiesEvent)
        {
            _inputs.Writer.TryWrite(new EventInput(evt, _time.GetUtcNow()));
        }
    }
}

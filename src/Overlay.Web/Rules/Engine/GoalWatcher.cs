using Overlay.Web.Widgets;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Web.Rules.Engine;

/// <summary>
/// Watches every goal widget's view (any metric) and tells the engine when its progress reaches the target it had:
/// with "next step" on the target moves up at once, so "reached" is progress arriving at the previous target.
/// A change made by a rule's own goal action (<see cref="ActionOrigin"/>) is never a trigger: no loops. Follows
/// the registry, so new goals and goals rebuilt by a settings change are watched too; their first view is a
/// starting point, never a trigger.
/// </summary>
public sealed class GoalWatcher(WidgetRegistry widgets, IRuleInputs engine, ActionOrigin origin, TimeProvider time) : IHostedService, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Watched> _watched = new(StringComparer.OrdinalIgnoreCase);
    private IDisposable? _registrySubscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _registrySubscription = widgets.Subscribe(Rebind);
        Rebind();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _registrySubscription?.Dispose();
        lock (_gate)
        {
            foreach (var watched in _watched.Values)
            {
                watched.Subscription.Dispose();
            }
            _watched.Clear();
        }
    }

    private void Rebind()
    {
        lock (_gate)
        {
            var goals = widgets.All.Where(h => h.Source is IViewSource<GoalView>).ToDictionary(h => h.Instance.Slug, StringComparer.OrdinalIgnoreCase);
            foreach (var (slug, watched) in _watched.ToList())
            {
                if (!goals.TryGetValue(slug, out var handle) || !ReferenceEquals(handle.Source, watched.Source))
                {
                    watched.Subscription.Dispose();
                    _watched.Remove(slug);
                }
            }
            foreach (var (slug, handle) in goals)
            {
                if (_watched.ContainsKey(slug))
                {
                    continue;
                }
                var source = (IViewSource<GoalView>)handle.Source;
                var watched = new Watched(source, source.Current);
                watched.Subscription = source.Subscribe(() => OnChanged(slug, watched));
                watched.Last = source.Current;
                _watched[slug] = watched;
            }
        }
    }

    private void OnChanged(string slug, Watched watched)
    {
        var now = watched.Source.Current;
        GoalView before;
        lock (watched)
        {
            before = watched.Last;
            watched.Last = now;
        }
        var reached = before.Target > 0 && before.Current < before.Target && now.Current >= before.Target && now.Metric == before.Metric;
        if (reached && !origin.InAction)
        {
            engine.Post(new GoalReachedInput(slug, now.Title, now.Current, before.Target, time.GetUtcNow()));
        }
    }

    private sealed class Watched(IViewSource<GoalView> source, GoalView last)
    {
        public IViewSource<GoalView> Source { get; } = source;

        public GoalView Last { get; set; } = last;

        public IDisposable Subscription { get; set; } = EmptyDisposable.Instance;
    }

    private sealed class EmptyDisposable : IDisposable
    {
        public static EmptyDisposable Instance { get; } = new();

        public void Dispose()
        {
        }
    }
}

using System.Collections.Immutable;

namespace Overlay.Web.State;

/// <summary>
/// Every widget instance the app serves, by slug. Readers get an immutable snapshot; instances can be added and
/// removed while pages are open (the admin does that).
/// </summary>
public sealed class WidgetRegistry
{
    private readonly Lock _gate = new();
    private Action[] _handlers = [];

    private ImmutableDictionary<string, WidgetHandle> _bySlug =
        ImmutableDictionary.Create<string, WidgetHandle>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<WidgetHandle> All =>
        [.. Volatile.Read(ref _bySlug).Values.OrderBy(h => h.Instance.Kind).ThenBy(h => h.Instance.Name, StringComparer.Ordinal)];

    public WidgetHandle? Find(string slug) => Volatile.Read(ref _bySlug).GetValueOrDefault(slug);

    public void Add(WidgetHandle handle)
    {
        ImmutableInterlocked.Update(ref _bySlug, d => d.SetItem(handle.Instance.Slug, handle));
        Notify();
    }

    /// <summary>
    /// Called after any instance is added, replaced (new settings) or removed, so an open page can pick up its
    /// new state without a reload. Handlers must be quick; they run on the caller's thread.
    /// </summary>
    public IDisposable Subscribe(Action changed)
    {
        lock (_gate)
        {
            _handlers = [.. _handlers, changed];
        }
        return new Subscription(() =>
        {
            lock (_gate)
            {
                _handlers = [.. _handlers.Where(h => h != changed)];
            }
        });
    }

    private void Notify()
    {
        foreach (var handler in Volatile.Read(ref _handlers))
        {
            handler();
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                dispose();
            }
        }
    }

    public bool Remove(string slug, out WidgetHandle? removed)
    {
        removed = null;
        WidgetHandle? found = null;
        var changed = ImmutableInterlocked.Update(ref _bySlug, d =>
        {
            found = d.GetValueOrDefault(slug);
            return d.Remove(slug);
        });
        removed = found;
        if (changed)
        {
            Notify();
        }
        return changed;
    }
}

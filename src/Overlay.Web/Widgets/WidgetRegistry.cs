using System.Collections.Immutable;
using Overlay.Web.Events;

namespace Overlay.Web.Widgets;

/// <summary>
/// Every widget instance the app serves, by slug. Readers get an immutable snapshot; instances can be added and
/// removed while pages are open (the admin does that).
/// </summary>
public sealed class WidgetRegistry
{
    private readonly HandlerList<Action> _handlers = new();

    private ImmutableDictionary<string, WidgetHandle> _bySlug =
        ImmutableDictionary.Create<string, WidgetHandle>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<WidgetHandle> All =>
        [.. Volatile.Read(ref _bySlug).Values.OrderBy(h => WidgetKinds.Order(h.Instance.Kind)).ThenBy(h => h.Instance.Name, StringComparer.Ordinal)];

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
    public IDisposable Subscribe(Action changed) => _handlers.Add(changed);

    private void Notify()
    {
        foreach (var handler in _handlers.Snapshot)
        {
            handler();
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

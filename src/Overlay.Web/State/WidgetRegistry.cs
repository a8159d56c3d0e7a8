using System.Collections.Immutable;

namespace Overlay.Web.State;

/// <summary>
/// Every widget instance the app serves, by slug. Readers get an immutable snapshot; instances can be added and
/// removed while pages are open (the admin does that).
/// </summary>
public sealed class WidgetRegistry
{
    private ImmutableDictionary<string, WidgetHandle> _bySlug =
        ImmutableDictionary.Create<string, WidgetHandle>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<WidgetHandle> All =>
        [.. Volatile.Read(ref _bySlug).Values.OrderBy(h => h.Instance.Kind).ThenBy(h => h.Instance.Name, StringComparer.Ordinal)];

    public WidgetHandle? Find(string slug) => Volatile.Read(ref _bySlug).GetValueOrDefault(slug);

    public void Add(WidgetHandle handle) =>
        ImmutableInterlocked.Update(ref _bySlug, d => d.SetItem(handle.Instance.Slug, handle));

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
        return changed;
    }
}

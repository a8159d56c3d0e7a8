using System.Collections;

namespace Overlay.Widgets.Shared;

/// <summary>
/// An immutable list that equals another with the same items in the same order. A settings record that keeps its
/// lists as <see cref="ValueList{T}"/> gets a correct generated Equals: a saved and reloaded instance equals the
/// one it came from, and a field added later is compared without anyone remembering to.
/// </summary>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    public ValueList(IEnumerable<T> items) => _items = [.. items];

    public static ValueList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Null stays null (the validator reports a missing list); any other list is copied.</summary>
    public static ValueList<T>? From(IReadOnlyList<T>? items) => items switch
    {
        null => null,
        ValueList<T> list => list,
        { Count: 0 } => Empty,
        _ => new ValueList<T>(items),
    };
}

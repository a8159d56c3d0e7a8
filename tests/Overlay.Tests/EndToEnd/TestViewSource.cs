
using Overlay.Web.Widgets;

namespace Overlay.Tests.EndToEnd;

/// <summary>A widget state the test drives by hand: set a view, and every open page is told.</summary>
public sealed class TestViewSource<TView>(TView initial) : IViewSource<TView> where TView : class
{
    private readonly Lock _lock = new();
    private readonly List<Action> _subscribers = [];
    private TView _current = initial;
    private volatile bool _broken;

    public TView Current => _broken ? throw new InvalidOperationException("Test state is broken.") : Volatile.Read(ref _current);

    public void Set(TView view)
    {
        _broken = false;
        Volatile.Write(ref _current, view);
        NotifyAll();
    }

    /// <summary>Makes <see cref="Current"/> throw, as a state bug would, and tells the pages.</summary>
    public void Break()
    {
        _broken = true;
        NotifyAll();
    }

    private void NotifyAll()
    {
        Action[] subscribers;
        lock (_lock)
        {
            subscribers = [.. _subscribers];
        }
        foreach (var changed in subscribers)
        {
            changed();
        }
    }

    public IDisposable Subscribe(Action changed)
    {
        lock (_lock)
        {
            _subscribers.Add(changed);
        }
        return new Unsubscriber(this, changed);
    }

    private sealed class Unsubscriber(TestViewSource<TView> source, Action changed) : IDisposable
    {
        public void Dispose()
        {
            lock (source._lock)
            {
                source._subscribers.Remove(changed);
            }
        }
    }
}

namespace Overlay.Bench.Targets;

/// <summary>Something the browsers watch: the app or the relay baseline, each in its own process.</summary>
public interface ITarget : IAsyncDisposable
{
    string Name { get; }

    ChildProcess Process { get; }

    /// <summary>The page that shows <paramref name="widget"/>, or null when this target has no such page.</summary>
    Uri? PageUrl(string widget);
}

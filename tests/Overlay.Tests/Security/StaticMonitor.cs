using Microsoft.Extensions.Options;

namespace Overlay.Tests.Security;

/// <summary>An options monitor with a fixed value, for unit tests of classes that read options live.</summary>
public sealed class StaticMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}

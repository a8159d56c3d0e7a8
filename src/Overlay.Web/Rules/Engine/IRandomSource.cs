namespace Overlay.Web.Rules.Engine;

/// <summary>Where a rule's "chance in %" draws from; tests pass a fixed sequence.</summary>
public interface IRandomSource
{
    /// <summary>A number in [0, 100).</summary>
    double NextPercent();
}

/// <summary>The app's source: <see cref="Random.Shared"/>, which is thread-safe.</summary>
public sealed class SharedRandomSource : IRandomSource
{
    public double NextPercent() => Random.Shared.NextDouble() * 100;
}

namespace Overlay.Bench.Micro;

/// <summary>The benchmark classes `micro` runs.</summary>
public static class MicroBenchmarks
{
    public static Type[] Types { get; } = [typeof(ParserBenchmarks), typeof(ComboBenchmarks)];
}

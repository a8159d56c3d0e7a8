using System.Collections.Concurrent;

namespace Overlay.Bench.Load;

/// <summary>When each token left the generator, in <see cref="BenchClock"/> milliseconds.</summary>
public sealed class SendLog
{
    private readonly ConcurrentDictionary<string, double> _sent = new();

    public void Record(string token, double sentMs) => _sent[token] = sentMs;

    public bool TryGet(string token, out double sentMs) => _sent.TryGetValue(token, out sentMs);
}

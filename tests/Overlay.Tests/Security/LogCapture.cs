using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Overlay.Tests.Security;

/// <summary>Collects the app's log lines (the real logging pipeline, a fake sink) for assertions.</summary>
public sealed class LogCapture
{
    private readonly FakeLogCollector _collector = new();

    public void Register(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder) =>
        builder.Logging.AddProvider(new FakeLoggerProvider(_collector));

    /// <summary>Messages from loggers whose category ends with <paramref name="category"/>.</summary>
    public IReadOnlyList<string> Messages(string category) =>
        [.. _collector.GetSnapshot().Where(r => r.Category?.EndsWith(category, StringComparison.Ordinal) == true).Select(r => r.Message)];

    public IReadOnlyList<string> All => [.. _collector.GetSnapshot().Select(r => r.Message)];
}

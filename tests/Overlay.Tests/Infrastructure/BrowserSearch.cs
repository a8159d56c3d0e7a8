namespace Overlay.Tests.Infrastructure;

/// <summary>What <see cref="BrowserLocator"/> found: an executable, or the one line telling the developer what to install.</summary>
public sealed record BrowserSearch(string? ExecutablePath, string Problem)
{
    public static BrowserSearch Found(string path) => new(path, "");

    public static BrowserSearch Missing(string problem) => new(null, problem);
}

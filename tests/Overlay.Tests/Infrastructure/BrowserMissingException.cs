namespace Overlay.Tests.Infrastructure;

/// <summary>
/// Fails a browser test when no browser is installed. The message is the whole report: the stack trace is empty
/// so each failing test prints one line naming what to install, not forty lines of Playwright internals.
/// </summary>
public sealed class BrowserMissingException(string message) : Exception(message)
{
    public override string? StackTrace => null;
}

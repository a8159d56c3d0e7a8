namespace Overlay.Bench;

/// <summary>The harness itself could not do its job (as opposed to a target being missed): exit code 1.</summary>
public sealed class HarnessException(string message, Exception? inner = null) : Exception(message, inner);

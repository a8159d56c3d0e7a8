namespace Overlay.Web.Storage;

/// <summary>
/// The settings store cannot be used. The message is written for the streamer (which file, what to do) and is
/// safe to show on the admin page: it never holds a key or a stack trace.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

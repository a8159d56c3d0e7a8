namespace Overlay.Web.Backup;

/// <summary>A backup file that cannot be imported; the message is shown to the streamer as it is.</summary>
public sealed class BackupFormatException(string message) : Exception(message);

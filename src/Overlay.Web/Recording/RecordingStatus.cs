namespace Overlay.Web.Recording;

/// <summary>What the admin shows about the current (or last) recording.</summary>
public sealed record RecordingStatus(bool IsRecording, string FilePath, long Frames, long Bytes, string Note)
{
    public static RecordingStatus None { get; } = new(false, "", 0, 0, "");

    public string FileName => Path.GetFileName(FilePath);
}

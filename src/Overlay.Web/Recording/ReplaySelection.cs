namespace Overlay.Web.Recording;

/// <summary>A recording to play as the upstream, and how fast.</summary>
public sealed record ReplaySelection(string FilePath, ReplaySpeed Speed)
{
    public string FileName => Path.GetFileName(FilePath);
}

/// <summary>How the current (or last) replay run went: frames sent, lines skipped, whether the file is done.</summary>
public sealed record ReplayProgress(ReplaySelection Selection, long Sent, long Skipped, bool Finished, string Problem = "");

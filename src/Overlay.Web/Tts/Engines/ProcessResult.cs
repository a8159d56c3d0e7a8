namespace Overlay.Web.Tts.Engines;

/// <summary>How a process ended: its exit code (-1 when killed), its output cut to the runner's bound, and whether it ran out of time.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, bool TimedOut);

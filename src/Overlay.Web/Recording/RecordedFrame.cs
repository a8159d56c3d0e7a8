namespace Overlay.Web.Recording;

/// <summary>
/// One line of a recording: <c>{"t":1234,"frame":"{\"event\":\"chat\",…}"}</c>. <paramref name="T"/> is milliseconds
/// since the recording started; <paramref name="Frame"/> is the upstream text frame exactly as received.
/// </summary>
public sealed record RecordedFrame(long T, string Frame);

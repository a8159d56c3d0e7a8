namespace Overlay.Web.Obs.Client;

/// <summary>How an identified session ended: OBS's close code (null when the connection just dropped) and reason.</summary>
public sealed record ObsSessionEnd(int? CloseCode, string? Reason, bool ClosedByUs = false);

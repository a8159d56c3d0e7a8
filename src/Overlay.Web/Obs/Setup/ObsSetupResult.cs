namespace Overlay.Web.Obs.Setup;

/// <summary>What a one-click setup did, in a sentence for the admin's snackbar.</summary>
public sealed record ObsSetupResult(bool Ok, string Message);

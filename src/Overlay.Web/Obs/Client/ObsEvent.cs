using System.Text.Json.Nodes;

namespace Overlay.Web.Obs.Client;

/// <summary>An event from OBS (op 5): its eventType and eventData.</summary>
public sealed record ObsEvent(string Type, JsonObject Data);

using System.Text.Json.Serialization;

namespace Overlay.Web.Diagnostics;

/// <summary>Our own JSON (health, local APIs): source-generated, web casing, enums as names.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(Overlay.Web.EventApi.ApiMessage))]
[JsonSerializable(typeof(Overlay.Web.Recording.RecordedFrame))]
public sealed partial class OverlayJsonContext : JsonSerializerContext;

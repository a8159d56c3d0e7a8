using System.Text.Json.Serialization;

namespace Overlay.Web.Diagnostics;

/// <summary>Our own JSON (health, local APIs): source-generated, web casing, enums as names.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(HealthReport))]
public sealed partial class OverlayJsonContext : JsonSerializerContext;

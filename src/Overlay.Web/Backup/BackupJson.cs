using System.Text.Json.Nodes;

namespace Overlay.Web.Backup;

/// <summary>Reads a backup's untrusted JSON without throwing: a wrong type is null, for a clear message by the caller.</summary>
public static class BackupJson
{
    public static string? Text(JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    public static long? Integer(JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.TryGetValue<long>(out var number) ? number : null;

    public static bool? Flag(JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.TryGetValue<bool>(out var flag) ? flag : null;
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Overlay.Web.Obs.Protocol;

/// <summary>
/// One message in the v5 base object shape <c>{"op": number, "d": object}</c>. OBS is on this PC or the LAN, not
/// a trusted party: a message that is too big, not JSON or not that shape is a <see cref="JsonException"/>.
/// </summary>
public sealed record ObsMessage(int Op, JsonObject Data)
{
    /// <summary>Far above any answer the app asks for (a scene list with hundreds of sources is tens of kB).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public static ObsMessage Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes)
        {
            throw new JsonException($"An OBS message of {utf8.Length} bytes is larger than {MaxBytes}.");
        }
        try
        {
            if (JsonNode.Parse(utf8) is JsonObject root
                && root["op"] is JsonValue op && op.TryGetValue(out int code)
                && root["d"] is JsonObject data)
            {
                return new ObsMessage(code, data);
            }
        }
        catch (InvalidOperationException ex)
        {
            // A lone-surrogate escape in a string.
            throw new JsonException("An OBS message held text that is not valid.", ex);
        }
        throw new JsonException("An OBS message was not of the form {\"op\": number, \"d\": object}.");
    }

    public static string Identify(int rpcVersion, string? authentication, int eventSubscriptions)
    {
        var data = new JsonObject { ["rpcVersion"] = rpcVersion, ["eventSubscriptions"] = eventSubscriptions };
        if (authentication is not null)
        {
            data["authentication"] = authentication;
        }
        return Write(ObsOpCode.Identify, data);
    }

    public static string Request(string requestType, string requestId, JsonObject? requestData)
    {
        var data = new JsonObject { ["requestType"] = requestType, ["requestId"] = requestId };
        if (requestData is not null)
        {
            data["requestData"] = requestData;
        }
        return Write(ObsOpCode.Request, data);
    }

    public static string Write(int op, JsonObject data) => new JsonObject { ["op"] = op, ["d"] = data }.ToJsonString();

    public string? String(string name) => Read.String(Data, name);

    /// <summary>Tolerant readers for fields inside a message's data: a missing or mistyped field is null.</summary>
    public static class Read
    {
        public static string? String(JsonObject? o, string name) =>
            o?[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

        public static int? Int(JsonObject? o, string name) =>
            o?[name] is JsonValue v && v.TryGetValue(out int i) ? i : null;

        public static bool? Bool(JsonObject? o, string name) =>
            o?[name] is JsonValue v && v.TryGetValue(out bool b) ? b : null;

        public static JsonObject? Object(JsonObject? o, string name) => o?[name] as JsonObject;

        public static IEnumerable<JsonObject> Objects(JsonObject? o, string name) =>
            (o?[name] as JsonArray)?.OfType<JsonObject>() ?? [];
    }
}

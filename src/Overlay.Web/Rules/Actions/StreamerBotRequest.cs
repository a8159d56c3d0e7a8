using System.Text.Json;

namespace Overlay.Web.Rules.Actions;

/// <summary>Streamer.bot's WebSocket request to run an action: <c>{"request":"DoAction","action":{"id"|"name"},"args":{…},"id":…}</c>.</summary>
public sealed record StreamerBotRequest(string Request, StreamerBotActionRef Action, IReadOnlyDictionary<string, string> Args, string Id);

/// <summary>The action by id (a GUID) or, when the id is empty, by name; the empty one is left out.</summary>
public sealed record StreamerBotActionRef(
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Id,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Name);

internal static class StreamerBotReply
{
    /// <summary>The reply's "id" and "status" ("ok" / "error") and "error", or nulls for other messages (Hello, events).</summary>
    public static (string? Id, string? Status, string? Error, bool AuthRequired) Read(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null, false);
            }
            string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var auth = Text("request") == "Hello" && root.TryGetProperty("authentication", out var a) && a.ValueKind == JsonValueKind.Object;
            return (Text("id"), Text("status"), Text("error"), auth);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return (null, null, null, false);
        }
    }
}

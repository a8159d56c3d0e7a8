using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Overlay.Web.Protocol;

/// <summary>
/// Moves the send times in a recorded frame (top-level and data <c>timestamp</c>/<c>createTime</c>, §3–§4) by one
/// offset per replay run, chosen so the run's first timestamped frame reads as sent now. Gaps between frames stay
/// as recorded. A frame it cannot read goes out unchanged, for the parser to judge.
/// </summary>
public static class FrameTimeShift
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] Fields = ["timestamp", "createTime"];

    public static string ToReplayTime(string frame, DateTimeOffset now, ref long? shiftMillis)
    {
        try
        {
            if (JsonNode.Parse(frame) is not JsonObject root)
            {
                return frame;
            }
            var changed = Shift(root, now, ref shiftMillis);
            if (root["data"] is JsonObject data)
            {
                changed |= Shift(data, now, ref shiftMillis);
            }
            return changed ? root.ToJsonString(Relaxed) : frame;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            return frame;
        }
    }

    private static bool Shift(JsonObject obj, DateTimeOffset now, ref long? shiftMillis)
    {
        var changed = false;
        foreach (var name in Fields)
        {
            if (obj[name] is not JsonValue value)
            {
                continue;
            }
            var isText = value.GetValueKind() == JsonValueKind.String;
            if (!(isText ? long.TryParse(value.GetValue<string>(), out var ms) : value.TryGetValue(out ms)) || ms <= 0)
            {
                continue;
            }
            shiftMillis ??= now.ToUnixTimeMilliseconds() - ms;
            var moved = ms + shiftMillis.Value;
            obj[name] = isText ? JsonValue.Create(moved.ToString(System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(moved);
            changed = true;
        }
        return changed;
    }
}

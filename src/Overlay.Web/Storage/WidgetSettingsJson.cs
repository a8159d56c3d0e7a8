using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Overlay.Web.Storage;

/// <summary>
/// Widget settings to and from the stored JSON. Reading never throws: a hand-edited or older row that does not
/// parse yields the defaults (the widget still works), and properties missing from the row keep their defaults.
/// </summary>
public static class WidgetSettingsJson
{
    public static string Serialize<T>(T settings, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(settings, typeInfo);

    public static T Deserialize<T>(string json, JsonTypeInfo<T> typeInfo) where T : new()
    {
        try
        {
            // The source generator sets every init-only property, so a property absent from the JSON (a row saved
            // before that setting existed) would become 0 instead of its default. Laying the row over the
            // serialised defaults keeps them.
            var merged = JsonSerializer.SerializeToNode(new T(), typeInfo) as JsonObject ?? [];
            if (JsonNode.Parse(json) is not JsonObject stored)
            {
                return new T();
            }
            foreach (var (name, value) in stored)
            {
                var existing = merged.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Key;
                merged[existing ?? name] = value?.DeepClone();
            }
            return merged.Deserialize(typeInfo) ?? new T();
        }
        catch (JsonException)
        {
            return new T();
        }
    }
}

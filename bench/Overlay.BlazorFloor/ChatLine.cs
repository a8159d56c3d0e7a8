using System.Text.Json;

namespace Overlay.BlazorFloor;

/// <summary>"nickname: comment" of a chat frame, as the relays' page shows it; null for any other frame.</summary>
public static class ChatLine
{
    public static string? Read(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame);
        using var doc = JsonDocument.ParseValue(ref reader);
        var root = doc.RootElement;
        if (!root.TryGetProperty("event", out var name) || name.GetString() != "chat")
        {
            return null;
        }
        var data = root.GetProperty("data");
        return $"{data.GetProperty("user").GetProperty("nickname").GetString()}: {data.GetProperty("comment").GetString()}";
    }
}

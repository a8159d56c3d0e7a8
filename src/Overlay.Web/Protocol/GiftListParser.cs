using System.Text.Json;

namespace Overlay.Web.Protocol;

/// <summary>
/// Reads the provider's gift list (protocol.md §10 "Gift list (REST)"):
/// <c>{ "status_code": 0, "data": { "gifts": [ { "id", "name", "diamond_count", "icon", "type" } ] } }</c>.
/// Tolerant like the frame readers: numbers or numeric strings, an icon as a URL or as <c>{ "url_list": [...] }</c>;
/// names are cleaned like any wire text and icons must be absolute http(s).
/// </summary>
public static class GiftListParser
{
    /// <summary>Gifts read at most; the catalogue holds fewer anyway.</summary>
    public const int MaxGifts = 5000;

    /// <exception cref="JsonException">The body is not JSON, or not a gift list.</exception>
    public static GiftListAnswer Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("The answer is not a JSON object.");
            }
            var status = JsonRead.OptionalCode(root, "status_code"u8) ?? JsonRead.OptionalCode(root, "statusCode"u8) ?? 0;
            var message = First(JsonRead.Text(root, "message"u8, SafeText.TitleMax), JsonRead.Text(root, "error"u8, SafeText.TitleMax));
            if (status != 0)
            {
                return new GiftListAnswer(status, message, []);
            }
            if (!JsonRead.TryGet(root, "data"u8, out var data) || data.ValueKind != JsonValueKind.Object
                || !JsonRead.TryGet(data, "gifts"u8, out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new JsonException("The answer has no data.gifts list.");
            }
            var gifts = new List<ImportedGift>();
            foreach (var item in list.EnumerateArray())
            {
                if (gifts.Count >= MaxGifts)
                {
                    break;
                }
                if (item.ValueKind == JsonValueKind.Object && Gift(item) is { } gift)
                {
                    gifts.Add(gift);
                }
            }
            return new GiftListAnswer(0, message, gifts);
        }
        catch (InvalidOperationException ex)
        {
            // GetString on a lone-surrogate escape: as broken as bad JSON.
            throw new JsonException("The answer holds broken text.", ex);
        }
    }

    private static ImportedGift? Gift(JsonElement item)
    {
        var id = JsonRead.Id(item, "id"u8);
        var name = JsonRead.Text(item, "name"u8, SafeText.NameMax);
        if (id.Length == 0 || name.Length == 0)
        {
            return null;
        }
        int? diamonds = JsonRead.OptionalCount(item, "diamond_count"u8) ?? JsonRead.OptionalCount(item, "diamondCount"u8);
        return new ImportedGift(id, name, diamonds is >= 0 ? diamonds : null, Icon(item));
    }

    private static string? Icon(JsonElement item)
    {
        foreach (var name in new[] { "icon"u8.ToArray(), "image"u8.ToArray() })
        {
            if (!JsonRead.TryGet(item, name, out var icon))
            {
                continue;
            }
            if (icon.ValueKind == JsonValueKind.String)
            {
                return SafeText.HttpUrl(icon.GetString()!);
            }
            if (icon.ValueKind == JsonValueKind.Object && JsonRead.TryGet(icon, "url_list"u8, out var urls) && urls.ValueKind == JsonValueKind.Array)
            {
                return urls.EnumerateArray().Where(u => u.ValueKind == JsonValueKind.String)
                    .Select(u => SafeText.HttpUrl(u.GetString()!)).FirstOrDefault(u => u is not null);
            }
        }
        return null;
    }

    private static string First(string a, string b) => a.Length > 0 ? a : b;
}

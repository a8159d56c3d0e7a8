namespace Overlay.Web.Protocol;

public static partial class WireFrameWriter
{
    /// <summary>
    /// A finished gift of any catalogue gift in one frame (repeatEnd, §5): the id as the wire sends it, a number
    /// when it is one, else a string; a learned "name:…" id is left out, as the frame it came from had none.
    /// </summary>
    public static string CatalogGift(string msgId, User user, DateTimeOffset at, string giftId, string giftName, int diamonds, int count, string? pictureUrl) =>
        Event("gift", msgId, user, at, d =>
        {
            if (long.TryParse(giftId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var numeric))
            {
                d["giftId"] = numeric;
            }
            else if (!giftId.StartsWith("name:", StringComparison.Ordinal))
            {
                d["giftId"] = giftId;
            }
            d["giftName"] = giftName;
            d["diamondCount"] = diamonds;
            d["repeatCount"] = count;
            d["repeatEnd"] = true;
            d["giftType"] = 1;
            d["groupId"] = msgId;
            if (pictureUrl is not null)
            {
                d["giftPictureUrl"] = pictureUrl;
            }
        });
}

using Overlay.Web.Protocol;
using Overlay.Web.Storage;

namespace Overlay.Web.Admin;

/// <summary>Test gifts of any catalogue gift (the test panel's gift picker and the gift grid's "send a test gift").</summary>
public sealed partial class TestEventSender
{
    public const int MaxTestGiftCount = 999;

    /// <summary>One finished combo of <paramref name="gift"/> ×<paramref name="count"/>, from the test viewer.</summary>
    public bool SendCatalogGift(CatalogGift gift, int count = 1) =>
        Write(WireFrameWriter.CatalogGift(NewId(), Tester, Now, gift.GiftId, gift.Name, gift.Diamonds,
            Math.Clamp(count, 1, MaxTestGiftCount), gift.PictureUrl));
}

using Overlay.Web.Events;

namespace Overlay.Web.Pipeline;

/// <summary>protocol.md §5 step 2: sender identity + giftId + groupId ("" when missing).</summary>
public readonly record struct ComboKey(string Sender, string GiftId, string GroupId)
{
    public static ComboKey Of(GiftEvent gift) => new(gift.User.IdentityKey, gift.GiftId, gift.GroupId);
}

using Overlay.Web.Protocol;
using Overlay.Web.Storage;

namespace Overlay.Web.Gifts;

/// <summary>The provider's gift list (protocol.md §10 "Gift list (REST)") merged into the learned catalogue.</summary>
public sealed partial class GiftCatalog
{
    /// <summary>
    /// Adds or completes gifts from the provider's list: a name, value and picture the list has replace the learned
    /// ones (the list is the provider's own word); a field it lacks keeps what was learned, and so do first and last
    /// seen. A gift never seen on stream counts as seen now, so the bound keeps it like a fresh one. Returns how many
    /// gifts the list held.
    /// </summary>
    public int Import(IReadOnlyList<ImportedGift> gifts)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            foreach (var gift in gifts.Take(MaxGifts))
            {
                var known = _gifts.GetValueOrDefault(gift.Id);
                var merged = known is null
                    ? new CatalogGift(gift.Id, gift.Name, gift.Diamonds ?? 0, gift.PictureUrl, now, now)
                    : known with
                    {
                        Name = gift.Name.Length > 0 ? gift.Name : known.Name,
                        Diamonds = gift.Diamonds ?? known.Diamonds,
                        PictureUrl = gift.PictureUrl ?? known.PictureUrl,
                    };
                if (merged != known)
                {
                    Put(known, merged);
                }
            }
        }
        NotifyAdded();
        return Math.Min(gifts.Count, MaxGifts);
    }
}

using Overlay.Web.Events;

namespace Overlay.Web.Pipeline;

/// <summary>One running gift streak inside <see cref="GiftComboTracker"/>, which guards it with its lock.</summary>
internal sealed class OpenCombo(ComboKey key, GiftEvent first, long sequence)
{
    public ComboKey Key { get; } = key;
    public long Sequence { get; } = sequence;
    public ITimer Timer { get; set; } = null!;
    public GiftEvent Latest { get; private set; } = first;
    public int Count { get; private set; }

    /// <summary>A combo is backlog only while every frame of it was (§6): one live frame makes it alert.</summary>
    public bool IsBacklog { get; private set; } = true;

    /// <summary>§5 step 4c: highest count, newest names and picture. True when the count went up.</summary>
    public bool Update(GiftEvent gift)
    {
        Latest = gift;
        IsBacklog &= gift.IsBacklog;
        var before = Count;
        Count = Math.Max(Count, Math.Max(gift.RepeatCount, 1));
        return Count > before;
    }
}

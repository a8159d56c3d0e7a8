using System.Diagnostics.CodeAnalysis;
using Overlay.Web.Events;
using Overlay.Widgets.ChatTicker;

namespace Overlay.Web.Widgets;

/// <summary>
/// The last <see cref="ChatTickerSettings.MaxRows"/> chat lines (never more than 200), newest last, after the
/// instance's filters. Backlog chat is shown: it is text, not an alert or a sound (protocol.md §6). A sticker sent
/// on its own (§4 emote) is a row with its image when <see cref="ChatTickerSettings.ShowEmotes"/> is on. With a
/// message lifetime, one timer on <see cref="TimeProvider"/> removes rows as they expire (the page fades each just
/// before). New settings apply in place (<see cref="WidgetState{TView, TSettings}.Reconfigure"/>), new filters to
/// the rows already on screen too. A page that fell behind catches up through the rows a viewer could have read
/// (<see cref="TryCatchUp"/>).
/// </summary>
public sealed class ChatTickerState : WidgetState<ChatTickerView, ChatTickerSettings>, IViewCatchUp<ChatTickerView>
{
    /// <summary>A row this long on the list before newer rows pushed it out was readable: no page may skip it.</summary>
    public static readonly TimeSpan ReadableFor = TimeSpan.FromMilliseconds(250);

    // A page further behind than this (or than MaxCatchUps such rows) has been stalled, not slow: it jumps to now.
    private static readonly TimeSpan CatchUpWindow = TimeSpan.FromSeconds(2);
    private const int MaxCatchUps = 32;

    // Rows closer together than one frame of OBS's default 30 fps are a busy chat: they appear without sliding in
    // (ChatLine.Burst), whether or not they share a render.
    private static readonly TimeSpan BurstGap = TimeSpan.FromMilliseconds(33);

    private readonly TimeProvider _time;
    private readonly ITimer _expiry;
    private readonly StreamGifters _gifters = new();
    // One entry per row on screen, oldest first: when it was added (rows share one lifetime) and who sent it, so a
    // new filter can check it again.
    private readonly Queue<RowSource> _rows = new();
    // Readable rows pushed out, oldest first, each with the last view that held it. Under the lock.
    private readonly Queue<CatchUp> _catchUps = new();
    private DateTimeOffset _lastAddedAt = DateTimeOffset.MinValue;
    private ChatTickerSettings _settings;
    private ChatFilter _filter;
    private long _nextId;

    public ChatTickerState(ChatTickerSettings settings, EventHub hub, TimeProvider time, ILogger<ChatTickerState> logger)
        : base(Lifetime(settings) == 0 ? ChatTickerView.Empty : ChatTickerView.Empty with { LifetimeSeconds = Lifetime(settings) }, logger)
    {
        _time = time;
        _settings = settings with { MaxRows = Math.Clamp(settings.MaxRows, 1, ChatTickerSettings.MaxRowsLimit) };
        _filter = new ChatFilter(_settings);
        _expiry = time.CreateTimer(_ => RemoveExpired(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Start(hub);
    }

    protected override IEnumerable<string> Validate(ChatTickerSettings settings) => WidgetKinds.ChatTicker.Validate(settings, "Chat ticker");

    /// <summary>
    /// Keeps the rows on screen that the new filters still show, dropping the oldest when the new limit is smaller,
    /// so a word blocked mid-stream also leaves the screen.
    /// </summary>
    protected override void Apply(ChatTickerSettings settings)
    {
        lock (Gate)
        {
            _settings = settings;
            _filter = new ChatFilter(settings);
            var sources = _rows.ToDictionary(r => r.Id);
            var kept = View.Lines.Where(l => sources.TryGetValue(l.Id, out var row) && Shows(row.User, l.Comment, row.EmoteOnly)).ToList();
            _rows.Clear();
            kept.ForEach(l => _rows.Enqueue(sources[l.Id]));
            _catchUps.Clear(); // Older views may hold rows the new filters hide.
            Publish(kept);
            ScheduleExpiry();
        }
        Notify();
        RemoveExpired(); // A shorter lifetime may have expired rows already.
    }

    protected override void OnDisposed() => _expiry.Dispose();

    protected override void OnEvent(OverlayEvent evt)
    {
        if (evt is ChatDeletedEvent deleted)
        {
            Remove(deleted.DeletedMsgId);
            return;
        }
        ViewerUser? user = null;
        var comment = "";
        IReadOnlyList<string> emoteUrls = [];
        if (evt is ChatEvent chat)
        {
            (user, comment, emoteUrls) = (chat.User, chat.Comment, chat.EmoteUrls);
        }
        else if (evt is EmoteEvent { ImageUrl: { } url } emote) // One whose image was not an http(s) URL has nothing to show.
        {
            (user, emoteUrls) = (emote.User, [url]);
        }
        lock (Gate)
        {
            if (user is null)
            {
                _gifters.Observe(evt);
                return;
            }
            var emoteOnly = evt is EmoteEvent;
            if (!Shows(user, comment, emoteOnly))
            {
                return;
            }
            var now = _time.GetUtcNow();
            var line = new ChatLine(++_nextId, user.DisplayName, comment, user.AvatarUrl, user.IsModerator, user.IsSubscriber)
            {
                Highlight = HighlightOf(user),
                EmoteUrls = emoteUrls,
                Burst = now - _lastAddedAt < BurstGap,
            };
            _lastAddedAt = now;
            var (msgId, uuid) = evt is ChatEvent c ? (c.MsgId, c.MessageUuid) : ("", "");
            Add(new RowSource(line.Id, now, user, emoteOnly, msgId, uuid), line);
        }
        Notify();
    }

    /// <summary>A moderator deleted a message (§10 imDelete): its row leaves at once, matched by msgId or messageUuid.</summary>
    private void Remove(string deletedId)
    {
        lock (Gate)
        {
            // Older views may hold the message even once it left the screen: none of them is shown any more.
            _catchUps.Clear();
            var gone = _rows.Where(r => r.MsgId == deletedId || r.MessageUuid == deletedId).Select(r => r.Id).ToHashSet();
            if (gone.Count == 0)
            {
                return;
            }
            var kept = _rows.Where(r => !gone.Contains(r.Id)).ToList();
            _rows.Clear();
            kept.ForEach(_rows.Enqueue);
            Publish([.. View.Lines.Where(l => !gone.Contains(l.Id))]);
            ScheduleExpiry();
        }
        Notify();
    }

    private bool Shows(ViewerUser user, string comment, bool emoteOnly) => (!emoteOnly || _settings.ShowEmotes) && _filter.Shows(user, comment);

    private ChatHighlight HighlightOf(ViewerUser user) =>
        _settings.HighlightModerators && user.IsModerator ? ChatHighlight.Moderator
        : _gifters.IsTop(user, _settings.HighlightTopGifters) ? ChatHighlight.TopGifter
        : ChatHighlight.None;

    /// <summary>Appends <paramref name="line"/> in one copy of the newest rows that stay. Under the lock.</summary>
    private void Add(RowSource source, ChatLine line)
    {
        var lines = View.Lines;
        var keep = Math.Min(lines.Count, _settings.MaxRows - 1);
        var next = new ChatLine[keep + 1];
        for (var i = 0; i < keep; i++)
        {
            next[i] = lines[lines.Count - keep + i];
        }
        next[keep] = line;
        NoteReadablePushedOut(lines.Count - keep, source.AddedAt);
        _rows.Enqueue(source);
        Publish(next);
        if (_rows.Count == 1)
        {
            ScheduleExpiry();
        }
    }

    /// <summary>
    /// The oldest <paramref name="count"/> rows are about to be pushed out of the current view: remember it for each
    /// one that stayed at least <see cref="ReadableFor"/>. Under the lock.
    /// </summary>
    private void NoteReadablePushedOut(int count, DateTimeOffset now)
    {
        var oldestAddedAt = _rows.TryPeek(out var oldest) ? oldest.AddedAt : now;
        var left = count;
        // The queue's own enumerator, not LINQ: this runs for every chat line.
        foreach (var row in _rows)
        {
            if (left-- == 0)
            {
                break;
            }
            if (now - row.AddedAt >= ReadableFor)
            {
                _catchUps.Enqueue(new CatchUp(row.Id, now, oldestAddedAt, View));
            }
        }
        while (_catchUps.TryPeek(out var first) && (_catchUps.Count > MaxCatchUps || now - first.PushedOutAt > CatchUpWindow))
        {
            _catchUps.Dequeue();
        }
    }

    /// <summary>
    /// For a page that fell behind: the last view that held the oldest readable row it never showed. Rows only ever
    /// join at the end with rising ids, so a row newer than everything the page showed is one it never showed.
    /// </summary>
    public bool TryCatchUp(ChatTickerView shown, [NotNullWhen(true)] out ChatTickerView? older)
    {
        var newestShown = shown.Lines.Count > 0 ? shown.Lines[^1].Id : 0;
        lock (Gate)
        {
            var now = _time.GetUtcNow();
            var lifetime = Lifetime(_settings);
            foreach (var catchUp in _catchUps)
            {
                // With a message lifetime, a view holding a row that has expired since is not shown again.
                var expired = lifetime > 0 && catchUp.OldestAddedAt.AddSeconds(lifetime) <= now;
                if (catchUp.RowId > newestShown && now - catchUp.PushedOutAt <= CatchUpWindow && !expired)
                {
                    older = catchUp.View;
                    return true;
                }
            }
        }
        older = null;
        return false;
    }

    /// <summary>Sets the view to the newest <c>MaxRows</c> of <paramref name="lines"/> and forgets the times of dropped rows. Under the lock.</summary>
    private void Publish(IReadOnlyList<ChatLine> lines)
    {
        var keep = lines.Count > _settings.MaxRows ? [.. lines.Skip(lines.Count - _settings.MaxRows)] : lines;
        var firstKept = keep.Count > 0 ? keep[0].Id : long.MaxValue;
        while (_rows.TryPeek(out var oldest) && oldest.Id < firstKept)
        {
            _rows.Dequeue();
        }
        View = new ChatTickerView(keep) { LifetimeSeconds = Lifetime(_settings) };
    }

    private void RemoveExpired()
    {
        lock (Gate)
        {
            var lifetime = Lifetime(_settings);
            if (lifetime == 0)
            {
                return;
            }
            var now = _time.GetUtcNow();
            var removed = 0;
            while (_rows.TryPeek(out var oldest) && oldest.AddedAt.AddSeconds(lifetime) <= now)
            {
                _rows.Dequeue();
                removed++;
            }
            if (removed == 0)
            {
                ScheduleExpiry();
                return;
            }
            var firstKept = _rows.TryPeek(out var next) ? next.Id : long.MaxValue;
            Publish([.. View.Lines.Where(l => l.Id >= firstKept)]);
            ScheduleExpiry();
        }
        Notify();
    }

    /// <summary>Arms the timer for the oldest row's expiry, or stops it. Under the lock.</summary>
    private void ScheduleExpiry()
    {
        var lifetime = Lifetime(_settings);
        if (lifetime == 0 || !_rows.TryPeek(out var oldest))
        {
            _expiry.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }
        var due = oldest.AddedAt.AddSeconds(lifetime) - _time.GetUtcNow();
        _expiry.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    private static int Lifetime(ChatTickerSettings s) => Math.Clamp(s.MessageLifetimeSeconds, 0, ChatTickerSettings.MaxLifetimeSeconds);

    private readonly record struct CatchUp(long RowId, DateTimeOffset PushedOutAt, DateTimeOffset OldestAddedAt, ChatTickerView View);

    private readonly record struct RowSource(long Id, DateTimeOffset AddedAt, ViewerUser User, bool EmoteOnly, string MsgId, string MessageUuid);
}

using Overlay.Web.Events;
using Overlay.Widgets.ChatTicker;

namespace Overlay.Web.State;

/// <summary>
/// The last <see cref="ChatTickerSettings.MaxRows"/> chat lines (never more than 200), newest last, after the
/// instance's filters. Backlog chat is shown: it is text, not an alert or a sound (protocol.md §6). With a message
/// lifetime, one timer on <see cref="TimeProvider"/> removes rows as they expire (the page fades each just before).
/// New settings apply in place (<see cref="Reconfigure"/>).
/// </summary>
public sealed class ChatTickerState : WidgetState<ChatTickerView, ChatTickerSettings>
{
    private readonly TimeProvider _time;
    private readonly ITimer _expiry;
    private readonly StreamGifters _gifters = new();
    // When each row on screen was added, oldest first (rows are added in order and share one lifetime).
    private readonly Queue<(long Id, DateTimeOffset AddedAt)> _added = new();
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

    protected override IEnumerable<string> Validate(ChatTickerSettings settings) => WidgetSettingsValidator.Validate(settings, "Chat ticker");

    /// <summary>Keeps the rows on screen, dropping the oldest when the new limit is smaller. Filters apply to new messages.</summary>
    protected override void Apply(ChatTickerSettings settings)
    {
        lock (Gate)
        {
            _settings = settings;
            _filter = new ChatFilter(settings);
            Publish(View.Lines);
            ScheduleExpiry();
        }
        Notify();
        RemoveExpired(); // A shorter lifetime may have expired rows already.
    }

    protected override void OnDisposed() => _expiry.Dispose();

    protected override void OnEvent(OverlayEvent evt)
    {
        if (evt is not ChatEvent chat)
        {
            lock (Gate)
            {
                _gifters.Observe(evt);
            }
            return;
        }
        lock (Gate)
        {
            if (!_filter.Shows(chat))
            {
                return;
            }
            var line = new ChatLine(++_nextId, chat.User.DisplayName, chat.Comment, chat.User.AvatarUrl, chat.User.IsModerator, chat.User.IsSubscriber)
            {
                Highlight = HighlightOf(chat.User),
                EmoteUrls = chat.EmoteUrls,
            };
            _added.Enqueue((line.Id, _time.GetUtcNow()));
            Publish([.. View.Lines, line]);
            if (_added.Count == 1)
            {
                ScheduleExpiry();
            }
        }
        Notify();
    }

    private ChatHighlight HighlightOf(ViewerUser user) =>
        _settings.HighlightModerators && user.IsModerator ? ChatHighlight.Moderator
        : _gifters.IsTop(user, _settings.HighlightTopGifters) ? ChatHighlight.TopGifter
        : ChatHighlight.None;

    /// <summary>Sets the view to the newest <c>MaxRows</c> of <paramref name="lines"/> and forgets the times of dropped rows. Under the lock.</summary>
    private void Publish(IReadOnlyList<ChatLine> lines)
    {
        var keep = lines.Count > _settings.MaxRows ? [.. lines.Skip(lines.Count - _settings.MaxRows)] : lines;
        var firstKept = keep.Count > 0 ? keep[0].Id : long.MaxValue;
        while (_added.TryPeek(out var oldest) && oldest.Id < firstKept)
        {
            _added.Dequeue();
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
            while (_added.TryPeek(out var oldest) && oldest.AddedAt.AddSeconds(lifetime) <= now)
            {
                _added.Dequeue();
                removed++;
            }
            if (removed == 0)
            {
                ScheduleExpiry();
                return;
            }
            var lines = View.Lines;
            var firstKept = _added.TryPeek(out var next) ? next.Id : long.MaxValue;
            Publish([.. lines.Where(l => l.Id >= firstKept)]);
            ScheduleExpiry();
        }
        Notify();
    }

    /// <summary>Arms the timer for the oldest row's expiry, or stops it. Under the lock.</summary>
    private void ScheduleExpiry()
    {
        var lifetime = Lifetime(_settings);
        if (lifetime == 0 || !_added.TryPeek(out var oldest))
        {
            _expiry.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }
        var due = oldest.AddedAt.AddSeconds(lifetime) - _time.GetUtcNow();
        _expiry.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    private static int Lifetime(ChatTickerSettings s) => Math.Clamp(s.MessageLifetimeSeconds, 0, ChatTickerSettings.MaxLifetimeSeconds);
}

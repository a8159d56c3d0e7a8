using Overlay.Web.Events;
using Overlay.Widgets.ChatTicker;

namespace Overlay.Web.State;

/// <summary>
/// The last <see cref="ChatTickerSettings.MaxRows"/> chat lines (never more than 200), newest last, after the
/// instance's filters. Backlog chat is shown: it is text, not an alert or a sound (protocol.md §6). With a message
/// lifetime, one timer on <see cref="TimeProvider"/> removes rows as they expire (the page fades each just before).
/// New settings apply in place (<see cref="Reconfigure"/>).
/// </summary>
public sealed class ChatTickerState : IViewSource<ChatTickerView>, IReconfigurable<ChatTickerSettings>, IDisposable
{
    // Rows closer together than one frame of OBS's default 30 fps are a busy chat: they appear without sliding in
    // (ChatLine.Burst), whether or not they share a render.
    private static readonly TimeSpan BurstGap = TimeSpan.FromMilliseconds(33);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly ChangeNotifier _changed;
    private readonly IDisposable _subscription;
    private readonly ITimer _expiry;
    private readonly StreamGifters _gifters = new();
    // When each row on screen was added, oldest first (rows are added in order and share one lifetime).
    private readonly Queue<(long Id, DateTimeOffset AddedAt)> _added = new();
    private DateTimeOffset _lastAddedAt = DateTimeOffset.MinValue;
    private ChatTickerSettings _settings;
    private ChatFilter _filter;
    private ChatTickerView _current = ChatTickerView.Empty;
    private long _nextId;

    public ChatTickerState(ChatTickerSettings settings, EventHub hub, TimeProvider time, ILogger<ChatTickerState> logger)
    {
        _time = time;
        _settings = settings with { MaxRows = Math.Clamp(settings.MaxRows, 1, ChatTickerSettings.MaxRowsLimit) };
        _filter = new ChatFilter(_settings);
        _current = Lifetime(_settings) == 0 ? ChatTickerView.Empty : ChatTickerView.Empty with { LifetimeSeconds = Lifetime(_settings) };
        _changed = new ChangeNotifier(logger);
        _expiry = time.CreateTimer(_ => RemoveExpired(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _subscription = hub.Subscribe(OnEvent);
    }

    public ChatTickerView Current => Volatile.Read(ref _current);

    public IDisposable Subscribe(Action changed) => _changed.Subscribe(changed);

    /// <summary>Keeps the rows on screen, dropping the oldest when the new limit is smaller. Filters apply to new messages.</summary>
    public void Reconfigure(ChatTickerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = string.Join(" ", WidgetSettingsValidator.Validate(settings, "Chat ticker"));
        if (problems.Length > 0)
        {
            throw new ArgumentException(problems, nameof(settings));
        }
        lock (_gate)
        {
            _settings = settings;
            _filter = new ChatFilter(settings);
            Publish(_current.Lines);
            ScheduleExpiry();
        }
        _changed.Notify();
        RemoveExpired(); // A shorter lifetime may have expired rows already.
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _expiry.Dispose();
    }

    private void OnEvent(OverlayEvent evt)
    {
        if (evt is not ChatEvent chat)
        {
            lock (_gate)
            {
                _gifters.Observe(evt);
            }
            return;
        }
        lock (_gate)
        {
            if (!_filter.Shows(chat))
            {
                return;
            }
            var now = _time.GetUtcNow();
            var line = new ChatLine(++_nextId, chat.User.DisplayName, chat.Comment, chat.User.AvatarUrl, chat.User.IsModerator, chat.User.IsSubscriber)
            {
                Highlight = HighlightOf(chat.User),
                EmoteUrls = chat.EmoteUrls,
                Burst = now - _lastAddedAt < BurstGap,
            };
            _lastAddedAt = now;
            _added.Enqueue((line.Id, now));
            Publish([.. _current.Lines, line]);
            if (_added.Count == 1)
            {
                ScheduleExpiry();
            }
        }
        _changed.Notify();
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
        Volatile.Write(ref _current, new ChatTickerView(keep) { LifetimeSeconds = Lifetime(_settings) });
    }

    private void RemoveExpired()
    {
        lock (_gate)
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
            var lines = _current.Lines;
            var firstKept = _added.TryPeek(out var next) ? next.Id : long.MaxValue;
            Publish([.. lines.Where(l => l.Id >= firstKept)]);
            ScheduleExpiry();
        }
        _changed.Notify();
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

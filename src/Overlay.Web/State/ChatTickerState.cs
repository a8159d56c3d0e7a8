using Overlay.Web.Events;
using Overlay.Widgets.ChatTicker;

namespace Overlay.Web.State;

/// <summary>
/// The last <see cref="ChatTickerSettings.MaxRows"/> chat lines (never more than 200), newest last. Backlog chat is
/// shown: it is text, not an alert or a sound (protocol.md §6). New settings apply in place (<see cref="Reconfigure"/>).
/// </summary>
public sealed class ChatTickerState : IViewSource<ChatTickerView>, IReconfigurable<ChatTickerSettings>, IDisposable
{
    private readonly Lock _gate = new();
    private int _maxRows;
    private readonly ChangeNotifier _changed;
    private readonly IDisposable _subscription;
    private ChatTickerView _current = ChatTickerView.Empty;
    private long _nextId;

    public ChatTickerState(ChatTickerSettings settings, EventHub hub, ILogger<ChatTickerState> logger)
    {
        _maxRows = Math.Clamp(settings.MaxRows, 1, ChatTickerSettings.MaxRowsLimit);
        _changed = new ChangeNotifier(logger);
        _subscription = hub.Subscribe(OnEvent);
    }

    public ChatTickerView Current => Volatile.Read(ref _current);

    public IDisposable Subscribe(Action changed) => _changed.Subscribe(changed);

    /// <summary>Keeps the rows on screen, dropping the oldest when the new limit is smaller.</summary>
    public void Reconfigure(ChatTickerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = string.Join(" ", WidgetSettingsValidator.Validate(settings, "Chat ticker"));
        if (problems.Length > 0)
        {
            throw new ArgumentException(problems, nameof(settings));
        }
        bool trimmed;
        lock (_gate)
        {
            _maxRows = settings.MaxRows;
            var lines = _current.Lines;
            trimmed = lines.Count > _maxRows;
            if (trimmed)
            {
                Volatile.Write(ref _current, new ChatTickerView([.. lines.Skip(lines.Count - _maxRows)]));
            }
        }
        if (trimmed)
        {
            _changed.Notify();
        }
    }

    public void Dispose() => _subscription.Dispose();

    private void OnEvent(OverlayEvent evt)
    {
        if (evt is not ChatEvent chat)
        {
            return;
        }
        lock (_gate)
        {
            var line = new ChatLine(++_nextId, chat.User.DisplayName, chat.Comment, chat.User.AvatarUrl, chat.User.IsModerator, chat.User.IsSubscriber);
            var lines = _current.Lines;
            var keep = Math.Min(lines.Count, _maxRows - 1);
            ChatLine[] next = [.. lines.Skip(lines.Count - keep), line];
            Volatile.Write(ref _current, new ChatTickerView(next));
        }
        _changed.Notify();
    }
}

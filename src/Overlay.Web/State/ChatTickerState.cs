using Overlay.Web.Events;
using Overlay.Widgets.ChatTicker;

namespace Overlay.Web.State;

/// <summary>
/// The last <see cref="ChatTickerSettings.MaxRows"/> chat lines (never more than 200), newest last. Backlog chat is
/// shown: it is text, not an alert or a sound (protocol.md §6).
/// </summary>
public sealed class ChatTickerState : IViewSource<ChatTickerView>, IDisposable
{
    private readonly Lock _gate = new();
    private readonly int _maxRows;
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
            // Plain copies: this runs for every chat line, and LINQ's Skip into a collection expression cost more.
            var next = new ChatLine[keep + 1];
            for (var i = 0; i < keep; i++)
            {
                next[i] = lines[lines.Count - keep + i];
            }
            next[keep] = line;
            Volatile.Write(ref _current, new ChatTickerView(next));
        }
        _changed.Notify();
    }
}

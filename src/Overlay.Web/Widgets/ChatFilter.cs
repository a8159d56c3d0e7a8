using System.Text.RegularExpressions;
using Overlay.Web.Events;
using Overlay.Widgets.ChatTicker;

namespace Overlay.Web.Widgets;

/// <summary>
/// Which chat messages a ticker leaves out, built once per settings: "!" commands, blocked words (whole words, any
/// case) and a minimum role. Blocked words are matched as text, never as patterns.
/// </summary>
public sealed class ChatFilter
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

    private readonly bool _hideCommands;
    private readonly ChatRole _minRole;
    private readonly Regex? _blocked;

    public ChatFilter(ChatTickerSettings settings)
    {
        _hideCommands = settings.HideCommands;
        _minRole = settings.MinRole;
        var words = SplitWords(settings.BlockedWords);
        if (words.Count > 0)
        {
            // A "word" edge is anything that is not a letter, digit or underscore, so "ass" never hides "class".
            var alternatives = string.Join("|", words.Select(Regex.Escape));
            _blocked = new Regex($@"(?<![\p{{L}}\p{{N}}_])(?:{alternatives})(?![\p{{L}}\p{{N}}_])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        }
    }

    /// <summary>The words of a blocked-words setting: separated by commas or new lines, trimmed, empties dropped.</summary>
    public static IReadOnlyList<string> SplitWords(string? text) =>
        (text ?? "").Split([',', '\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A row from <paramref name="user"/> with <paramref name="text"/> ("" for a sticker sent alone, which only the role filter can hide).</summary>
    public bool Shows(ViewerUser user, string text) =>
        !(_hideCommands && ChatTicker.IsCommand(text)) && HasRole(user) && !IsBlocked(text);

    private bool HasRole(ViewerUser user) => _minRole switch
    {
        ChatRole.Moderator => user.IsModerator,
        ChatRole.Subscriber => user.IsModerator || user.IsSubscriber,
        ChatRole.Follower => user.IsModerator || user.IsSubscriber || user.FollowRole >= 1,
        _ => true,
    };

    private bool IsBlocked(string comment)
    {
        try
        {
            return _blocked?.IsMatch(comment) == true;
        }
        catch (RegexMatchTimeoutException)
        {
            return true; // A message too costly to check is not worth showing.
        }
    }
}

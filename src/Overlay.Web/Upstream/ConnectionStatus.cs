using System.Text.Json.Serialization;
using Overlay.Web.Localization;

namespace Overlay.Web.Upstream;

/// <summary>
/// An immutable snapshot of the upstream connection, safe to show anywhere: it never holds the key or the URL.
/// </summary>
public sealed record ConnectionStatus
{
    public ConnectionState State { get; init; } = ConnectionState.Idle;
    public StopReason StopReason { get; init; }
    public WaitReason WaitReason { get; init; }
    public bool IsDemo { get; init; }
    public string UniqueId { get; init; } = "";
    public string RoomId { get; init; } = "";
    public string RoomTitle { get; init; } = "";
    public long? ViewerCount { get; init; }

    /// <summary>When the next attempt is due, while <see cref="ConnectionState.Reconnecting"/>.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }
    public int Attempt { get; init; }
    public int? LastCloseCode { get; init; }

    /// <summary>The server's close reason or limit notice text, with any key redacted.</summary>
    public string LastCloseReason { get; init; } = "";
    public DateTimeOffset? ConnectedSince { get; init; }

    /// <summary>A one-line, human sentence; the admin page shows it translated. /healthz carries the English.</summary>
    [JsonIgnore]
    public LocalText SummaryText { get; init; } = new("Not started");

    /// <summary>The sentence in English, for /healthz and the log.</summary>
    public string Summary => SummaryText.ToString();
}

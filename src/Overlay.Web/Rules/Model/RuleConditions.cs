using Overlay.Widgets.ChatTicker;

namespace Overlay.Web.Rules.Model;

/// <summary>What must also hold for a triggered rule to run. The defaults let everything through.</summary>
public sealed record RuleConditions
{
    public const int MaxCooldownSeconds = 86_400;

    /// <summary>The least the viewer must be (events without a viewer pass only "everyone").</summary>
    public ChatRole MinRole { get; set; } = ChatRole.Everyone;

    /// <summary>The viewer's gifter level (1–50) must be at least this; 0 for any.</summary>
    public int MinLevel { get; set; }

    /// <summary>After running, the rule waits this long; 0 for none.</summary>
    public int CooldownSeconds { get; set; }

    /// <summary>The cooldown counts per viewer instead of for everyone.</summary>
    public bool CooldownPerViewer { get; set; }

    /// <summary>Only while the stream is LIVE (a roomInfo seen and no end since).</summary>
    public bool OnlyWhileLive { get; set; }

    /// <summary>The chance, 1–100, that the rule runs when everything else holds.</summary>
    public int ChancePercent { get; set; } = 100;
}

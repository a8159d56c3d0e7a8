using System.ComponentModel.DataAnnotations;

namespace Overlay.Web.Components.Pages.Widgets;

/// <summary>The <c>Render</c> config section: how often a widget page may send a diff to its browser.</summary>
public sealed class RenderOptions
{
    public const string SectionName = "Render";

    /// <summary>
    /// A busy widget (see <see cref="BusyChangesPerSecond"/>) renders at most once per this many milliseconds, all
    /// changes in between in one diff. 0 renders every change as soon as the browser has applied the previous one.
    /// </summary>
    [Range(0, 1000, ErrorMessage = "Render:MinIntervalMilliseconds must be between 0 and 1000.")]
    public int MinIntervalMilliseconds { get; set; } = 33;

    /// <summary>
    /// A widget whose changes come slower than this renders each one as soon as the browser has applied the
    /// previous diff; faster, it is busy and batches per <see cref="MinIntervalMilliseconds"/>. 0 = always busy.
    /// </summary>
    [Range(0, 100_000, ErrorMessage = "Render:BusyChangesPerSecond must be between 0 and 100000.")]
    public double BusyChangesPerSecond { get; set; } = 150;

    /// <summary>
    /// How many diffs may be on their way to the browser before the next change waits for an acknowledgement. 1 makes
    /// every change wait a round trip behind the one before it; Blazor itself buffers at most 10.
    /// </summary>
    [Range(1, 10, ErrorMessage = "Render:DiffsInFlight must be between 1 and 10.")]
    public int DiffsInFlight { get; set; } = 2;
}

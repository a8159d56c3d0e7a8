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
}

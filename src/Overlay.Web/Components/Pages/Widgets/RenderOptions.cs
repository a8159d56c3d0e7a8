using System.ComponentModel.DataAnnotations;

namespace Overlay.Web.Components.Pages.Widgets;

/// <summary>The <c>Render</c> config section: how often a widget page may send a diff to its browser.</summary>
public sealed class RenderOptions
{
    public const string SectionName = "Render";

    /// <summary>
    /// A widget renders the first change after a quiet spell at once, and further changes at most once per this
    /// many milliseconds, all in one diff. 0 renders every change as soon as the previous render is done.
    /// </summary>
    [Range(0, 1000, ErrorMessage = "Render:MinIntervalMilliseconds must be between 0 and 1000.")]
    public int MinIntervalMilliseconds { get; set; } = 33;
}

namespace Overlay.Web.Components.Pages.Widgets;

/// <summary>What a kind's component may take from the page that hosts it: the page's query overrides and whether the circuit runs.</summary>
public sealed record WidgetPageContext(PageOverrides Overrides, bool Interactive);

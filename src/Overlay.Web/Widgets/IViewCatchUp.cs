namespace Overlay.Web.Widgets;

/// <summary>
/// A view source whose pages should not jump straight to the latest view when they fell behind: a page that last
/// showed <c>shown</c> renders <see cref="NextToShow"/> first, then asks again, until it reaches the current view.
/// </summary>
public interface IViewCatchUp<TView> where TView : class
{
    /// <summary>The view to render after <paramref name="shown"/>: the current one, or an older one the page must not skip.</summary>
    TView NextToShow(TView shown);
}

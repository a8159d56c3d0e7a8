namespace Overlay.Web.Widgets;

/// <summary>
/// A view source whose pages should not jump straight to the latest view when they fell behind: a page that last
/// showed <c>shown</c> renders the older view first, then asks again, until there is none and it shows the current one.
/// </summary>
public interface IViewCatchUp<TView> where TView : class
{
    /// <summary>An older view to render after <paramref name="shown"/> before the current one, if the page must not skip it.</summary>
    bool TryCatchUp(TView shown, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TView? older);
}

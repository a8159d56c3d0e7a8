namespace Overlay.Web.Widgets;

/// <summary>
/// Server-side state of one widget instance, seen as an immutable view record that a page renders.
/// <see cref="Subscribe"/> callbacks run on the pipeline thread: a page only marks itself dirty there.
/// </summary>
public interface IViewSource<out TView> where TView : class
{
    TView Current { get; }

    IDisposable Subscribe(Action changed);
}

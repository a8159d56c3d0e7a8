
using Overlay.Web.Widgets;

namespace Overlay.Tests.Infrastructure;

/// <summary>Awaits the first view of a widget's state that satisfies a condition: a real signal, not a poll.</summary>
public static class ViewWaiter
{
    public static async Task<TView> WaitForAsync<TView>(
        this IViewSource<TView> source, Func<TView, bool> condition, CancellationToken cancellationToken, TimeSpan? guard = null)
        where TView : class
    {
        var found = new TaskCompletionSource<TView>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            var view = source.Current;
            if (condition(view))
            {
                found.TrySetResult(view);
            }
        }
        using var subscription = source.Subscribe(Check);
        Check();
        return await found.Task.WaitAsync(guard ?? TimeSpan.FromSeconds(10), cancellationToken);
    }

    public static IViewSource<TView> Source<TView>(this RunningApp app, string slug) where TView : class =>
        (IViewSource<TView>)(app.Get<WidgetRegistry>().Find(slug)?.Source
            ?? throw new InvalidOperationException($"No widget '{slug}'"));
}

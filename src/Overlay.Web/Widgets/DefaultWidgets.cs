using Microsoft.Extensions.Options;

namespace Overlay.Web.Widgets;

/// <summary>
/// Registers one instance of each widget kind at start, with the settings of the <c>Widgets</c> section, so
/// /widgets/gift-alert, /widgets/chat-ticker and /widgets/like-goal work before anyone opens the admin.
/// Registered before the pipeline, so the widgets are subscribed before the first event is published.
/// </summary>
public sealed class DefaultWidgets(WidgetRegistry registry, WidgetStateFactory factory, IOptions<WidgetOptions> options) : IHostedService
{
    public static readonly IReadOnlyList<WidgetInstance> Instances =
    [
        new("gift-alert", WidgetKind.GiftAlert, "Gift alert"),
        new("chat-ticker", WidgetKind.ChatTicker, "Chat ticker"),
        new("like-goal", WidgetKind.LikeGoal, "Like goal"),
    ];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var instance in Instances)
        {
            registry.Add(factory.Create(instance, options.Value));
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var instance in Instances)
        {
            if (registry.Remove(instance.Slug, out var handle) && handle?.Source is IDisposable state)
            {
                state.Dispose();
            }
        }
        return Task.CompletedTask;
    }
}

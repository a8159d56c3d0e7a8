using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Tts;
using Overlay.Widgets.Tts;

namespace Overlay.Tests.Tts;

/// <summary>ISpeechRequests, the port the rules engine calls: text goes through the enabled TTS widgets' queues.</summary>
public sealed class SpeechRequestsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<RunningApp> StartAsync(bool enabled) =>
        RunningApp.StartAsync(new Dictionary<string, string?>(QuietUpstream.Settings()) { ["Widgets:Tts:Enabled"] = enabled ? "true" : "false" },
            // A fake clock, so nothing finishes playing while the test looks at the queue.
            b => b.Services.AddSingleton<TimeProvider>(new FakeTimeProvider()), cancellationToken: Ct);

    [Fact]
    public async Task Text_is_queued_on_the_enabled_widget_by_slug_or_on_all()
    {
        await using var app = await StartAsync(enabled: true);
        var requests = app.Get<ISpeechRequests>();

        Assert.True(requests.Enqueue("the first rule", widgetSlug: "tts"));
        Assert.True(requests.Enqueue("the second rule"));
        Assert.False(requests.Enqueue("nobody has this widget", widgetSlug: "no-such-widget"));

        if (!Espeak.Installed)
        {
            // Taken, then dropped for want of an engine: counted, never stuck in the queue.
            await app.Source<TtsView>("tts").WaitForAsync(v => v.Waiting.Count == 0
                && app.Get<Overlay.Web.Tts.Synthesis.SpeechMaker>().Status.Failures.GetValueOrDefault("NoEngine") == 2, Ct);
            return;
        }
        var view = await app.Source<TtsView>("tts").WaitForAsync(v => v.Current is not null && v.Waiting.Count == 1 && v.Waiting[0].Ready, Ct);
        Assert.Equal(("the first rule", "the second rule", "request"), (view.Current!.Text, view.Waiting[0].Text, view.Waiting[0].Source));
    }

    [Fact]
    public async Task Nothing_is_taken_while_the_widget_is_off_or_when_the_text_is_filtered_out()
    {
        await using var off = await StartAsync(enabled: false);
        Assert.False(off.Get<ISpeechRequests>().Enqueue("hello"));

        await using var on = await StartAsync(enabled: true);
        Assert.False(on.Get<ISpeechRequests>().Enqueue("😂😂 https://spam.example"));
    }
}

using Overlay.Tests.EndToEnd;
using Overlay.Web.Widgets;
using Microsoft.Extensions.DependencyInjection;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.Shared;

namespace Overlay.Tests.Widgets;

public sealed class WidgetInstanceServiceTests
{
    [Fact]
    public async Task Created_widget_is_served_and_survives_a_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = TestContentRoot.Create();
        string slug;
        await using (var app = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct))
        {
            slug = app.Get<WidgetInstanceService>().Create(WidgetKinds.ChatTicker, "Chat (big)").Instance.Slug;
            Assert.NotNull(app.Get<WidgetRegistry>().Find(slug));
        }

        await using var restarted = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct);

        Assert.Equal("chat-big", slug);
        Assert.Equal("Chat (big)", restarted.Get<WidgetRegistry>().Find(slug)?.Instance.Name);
    }

    [Fact]
    public async Task Deleted_default_widget_stays_deleted_after_a_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = TestContentRoot.Create();
        await using (var app = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct))
        {
            Assert.True(app.Get<WidgetInstanceService>().Delete("gift-alert"));
        }

        await using var restarted = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct);

        Assert.Null(restarted.Get<WidgetRegistry>().Find("gift-alert"));
        Assert.NotNull(restarted.Get<WidgetRegistry>().Find("chat-ticker"));
    }

    [Fact]
    public async Task New_settings_apply_to_the_running_widget()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var service = app.Get<WidgetInstanceService>();

        service.UpdateSettings("chat-ticker", new ChatTickerSettings { MaxRows = 1 });
        var sender = app.Get<TestEventSender>();
        sender.SendChat("first");
        sender.SendChat("second");
        var view = await app.Source<ChatTickerView>("chat-ticker").WaitForAsync(v => v.Lines.Any(l => l.Comment == "second"), ct);

        Assert.Equal("second", Assert.Single(view.Lines).Comment);
        Assert.Equal(new ChatTickerSettings { MaxRows = 1 }, service.Find("chat-ticker")?.Settings);
    }

    [Fact]
    public async Task Out_of_range_settings_are_refused_and_the_widget_keeps_running_unchanged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var service = app.Get<WidgetInstanceService>();
        var before = app.Get<WidgetRegistry>().Find("chat-ticker");

        Assert.Throws<ArgumentException>(() => service.UpdateSettings("chat-ticker", new ChatTickerSettings { MaxRows = 0 }));

        Assert.Same(before, app.Get<WidgetRegistry>().Find("chat-ticker"));
    }

    [Fact]
    public async Task Widget_registered_by_something_else_is_left_alone()
    {
        var ct = TestContext.Current.CancellationToken;
        var registry = new WidgetRegistry();
        var foreign = WidgetKinds.ChatTicker.Handle(new WidgetInstance("e2e-chat", WidgetKinds.ChatTicker, "e2e"), new TestViewSource<ChatTickerView>(ChatTickerView.Empty));
        registry.Add(foreign);

        await using var app = await RunningApp.StartAsync(
            QuietUpstream.Settings(), builder => builder.Services.AddSingleton(registry), cancellationToken: ct);

        Assert.Same(foreign, app.Get<WidgetRegistry>().Find("e2e-chat"));
        Assert.DoesNotContain(app.Get<WidgetInstanceService>().List(), e => e.Instance.Slug == "e2e-chat");
    }

    [Fact]
    public async Task Duplicate_gets_its_own_slug_and_the_same_settings()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var service = app.Get<WidgetInstanceService>();
        service.UpdateSettings("chat-ticker", new ChatTickerSettings { MaxRows = 7 });

        var copy = service.Duplicate("chat-ticker");

        Assert.Equal("chat-ticker-copy", copy.Instance.Slug);
        Assert.Equal(new ChatTickerSettings { MaxRows = 7 }, copy.Settings);
        Assert.NotNull(app.Get<WidgetRegistry>().Find(copy.Instance.Slug));
    }

    [Fact]
    public async Task New_settings_go_to_the_live_state_in_place_so_chat_rows_stay_and_pages_are_told()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = TestContentRoot.Create();
        var look = new WidgetLook { AccentColor = "#00ff88" };
        await using (var app = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct))
        {
            var registry = app.Get<WidgetRegistry>();
            var before = registry.Find("chat-ticker")!;
            var sender = app.Get<TestEventSender>();
            sender.SendChat("one");
            sender.SendChat("two");
            await app.Source<ChatTickerView>("chat-ticker").WaitForAsync(v => v.Lines.Count == 2, ct);
            var announced = 0;
            using var _ = registry.Subscribe(() => announced++);

            app.Get<WidgetInstanceService>().UpdateSettings("chat-ticker", new ChatTickerSettings { MaxRows = 5, Look = look });

            var after = registry.Find("chat-ticker")!;
            Assert.Same(before.Source, after.Source);
            Assert.Equal(["one", "two"], ((ChatTickerState)after.Source).Current.Lines.Select(l => l.Comment));
            Assert.Equal(look, Assert.IsType<WidgetHandle<ChatTickerSettings, ChatTickerView>>(after).Settings.Look);
            Assert.Equal(1, announced);
        }

        await using var restarted = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct);

        Assert.Equal(new ChatTickerSettings { MaxRows = 5, Look = look }, (restarted.Get<WidgetRegistry>().Find("chat-ticker") as WidgetHandle<ChatTickerSettings, ChatTickerView>)?.Settings);
    }

}

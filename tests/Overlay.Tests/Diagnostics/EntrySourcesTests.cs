using System.Text.Json;
using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Diagnostics;

/// <summary>§10 member entrySource/entryAction: counted in /healthz and shown in the admin as "where viewers come from".</summary>
public sealed class EntrySourcesTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Joins_are_counted_by_source_and_action_in_healthz()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        var last = h.App.Get<Overlay.Web.Events.EventHub>().WaitForAsync(e => e is Overlay.Web.Events.MemberEvent { DedupeId: "j4" }, Ct);

        await socket.SendTextAsync(Join("j1", "homepage_hot-live_cell", "draw"), Ct);
        await socket.SendTextAsync(Join("j2", "homepage_hot-live_cell", "draw"), Ct);
        await socket.SendTextAsync(Join("j3", "follow-tab", "click"), Ct);
        await socket.SendTextAsync(Frames.Member().From("old").Id("j4"), Ct);
        await last;
        using var http = new HttpClient { BaseAddress = h.App.BaseUri };
        using var health = JsonDocument.Parse(await http.GetStringAsync("healthz", Ct));

        var entries = health.RootElement.GetProperty("entries");
        Assert.Equal(2, entries.GetProperty("sources").GetProperty("homepage_hot-live_cell").GetInt64());
        Assert.Equal(1, entries.GetProperty("sources").GetProperty("follow-tab").GetInt64());
        Assert.Equal(1, entries.GetProperty("sources").GetProperty("unknown").GetInt64());
        Assert.Equal(2, entries.GetProperty("actions").GetProperty("draw").GetInt64());
    }

    [Fact]
    public void A_flood_of_made_up_sources_is_bounded()
    {
        var metrics = new OverlayMetrics();

        for (var i = 0; i < 1000; i++)
        {
            metrics.CountEntry("source-" + i, "draw");
        }

        Assert.Equal(OverlayMetrics.MaxEntrySources + 1, metrics.EntrySources.Count);
        Assert.Equal(1000 - OverlayMetrics.MaxEntrySources, metrics.EntrySources["other"]);
    }

    [Fact]
    [Trait("Category", "Browser")]
    public async Task The_admin_shows_where_viewers_come_from()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await socket.SendTextAsync(Join("j1", "homepage_hot-live_cell", "draw"), Ct);
        await socket.SendTextAsync(Join("j2", "share-link", "click"), Ct);
        await using var context = await browser.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();

        await page.GotoAsync(h.App.Url("admin").ToString());

        await Expect(page.GetByTestId("entry-sources")).ToContainTextAsync("For You feed");
        await Expect(page.GetByTestId("entry-sources")).ToContainTextAsync("Shared link");
        await Expect(page.GetByTestId("entry-actions")).ToContainTextAsync("recommended by TikTok: 50%");
    }

    private static string Join(string id, string source, string action) =>
        Frames.Member().From("v-" + id).Id(id).Set("entrySource", source).Set("entryAction", action).Set("entryType", "rec");
}

using System.Text;
using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using Overlay.Web.Gifts;
using Overlay.Web.Protocol;

namespace Overlay.Tests.Gifts;

/// <summary>giftPanelUpdate (protocol.md §10): the room's gift list changed, so the imported list is fetched again, once per burst.</summary>
public sealed class GiftPanelUpdateTests
{
    private const string ListPath = "/webcast/gift_info";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void A_gift_panel_update_frame_becomes_its_own_event()
    {
        var result = new FrameParser().Parse((string)Frames.Event("giftPanelUpdate").Id("p-1"));

        Assert.IsType<GiftPanelUpdatedEvent>(result.Event);
        Assert.Equal("giftPanelUpdate", result.EventName);
    }

    [Fact]
    public async Task A_burst_of_gift_panel_updates_over_the_socket_fetches_the_list_once_after_the_quiet_time()
    {
        await using var api = await FakeHttpServer.StartAsync(Ct);
        api.Map(ListPath, c => FakeHttpServer.WriteAsync(c, "application/json",
            Encoding.UTF8.GetBytes("""{"status_code":0,"data":{"gifts":[{"id":5655,"name":"Rose","diamond_count":1}]}}""")));
        await using var h = await UpstreamHarness.StartAsync(Ct, new Dictionary<string, string?>
        {
            ["GiftList:BaseUrl"] = api.BaseUri.ToString(),
            ["GiftList:DebounceSeconds"] = "30",
        });
        var importer = h.App.Get<GiftListImporter>();
        using var waiter = new GiftImportWaiter(importer);
        await waiter.FirstAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        var updates = h.App.Get<EventHub>().WaitForCountAsync(e => e is GiftPanelUpdatedEvent, 3, Ct);

        for (var i = 0; i < 3; i++)
        {
            await socket.SendTextAsync(Frames.Event("giftPanelUpdate").Id("panel-" + i), Ct);
        }
        await updates;
        Assert.Equal(1, api.Hits(ListPath));
        h.Time.Advance(TimeSpan.FromSeconds(30));
        var second = await waiter.NextAsync(Ct);

        Assert.Equal(GiftImportState.Imported, second.State);
        Assert.Equal(2, api.Hits(ListPath));
        Assert.DoesNotContain(UpstreamHarness.PlantedKey, second.Message);
    }
}

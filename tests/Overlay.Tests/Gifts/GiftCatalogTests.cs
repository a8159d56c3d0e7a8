using Microsoft.Extensions.Logging.Abstractions;
using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using Overlay.Tests.Storage;
using Overlay.Web.Events;
using Overlay.Web.Gifts;
using Overlay.Web.Storage;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Gifts;

/// <summary>The learned gift catalogue: from real frames, bounded, saved in batches, kept across restarts.</summary>
public sealed class GiftCatalogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Gifts_from_the_upstream_are_learned_and_kept_across_a_restart()
    {
        var root = TestContentRoot.Create();
        await using (var h = await UpstreamHarness.StartAsync(Ct, contentRoot: root))
        {
            var socket = await h.NextConnectedAttemptAsync(Ct);
            var combo = h.App.Get<EventHub>().WaitForAsync(e => e is GiftComboEvent { Phase: ComboPhase.Finished, GiftName: "Lion" }, Ct);
            await socket.SendTextAsync(Frames.Gift("Rose", giftId: 5655, diamonds: 1).From("ana").Group("g").Id("r1").Repeat(3).Ended(), Ct);
            await socket.SendTextAsync(Frames.Gift("Lion", giftId: 6369, diamonds: 29_999).From("bo").Id("l1").Repeat(1).Ended(), Ct);
            await combo;

            Assert.Equal(["Lion", "Rose"], h.App.Get<GiftCatalog>().All.Select(g => g.Name));
        }

        await using var again = await UpstreamHarness.StartAsync(Ct, contentRoot: root);

        var lion = again.App.Get<GiftCatalog>().All.First();
        Assert.Equal("Lion", lion.Name);
        Assert.Equal((29_999, 2), (lion.Diamonds, again.App.Get<GiftCatalog>().All.Count));
    }

    [Fact]
    public async Task Opponent_room_gifts_are_not_learned()
    {
        using var temp = new TempStore();
        var hub = Hub();
        using var catalog = new GiftCatalog(hub, new GiftCatalogRepository(temp.Open()), temp.Time, NullLogger<GiftCatalog>.Instance);
        await catalog.StartAsync(Ct);

        hub.Publish(new OpponentGiftEvent(User("them"), "5655", "Lion", 29_999, 1, null));

        Assert.Empty(catalog.All);
    }

    [Fact]
    public async Task The_catalogue_is_bounded_and_forgets_the_least_recently_seen()
    {
        using var temp = new TempStore();
        var hub = Hub();
        using var catalog = new GiftCatalog(hub, new GiftCatalogRepository(temp.Open()), temp.Time, NullLogger<GiftCatalog>.Instance);
        await catalog.StartAsync(Ct);

        for (var i = 0; i <= GiftCatalog.MaxGifts; i++)
        {
            temp.Time.Advance(TimeSpan.FromMilliseconds(1));
            hub.Publish(Combo("g" + i, "Gift " + i, 1));
        }

        Assert.Equal(GiftCatalog.MaxGifts, catalog.All.Count);
        Assert.Null(catalog.Find("g0"));
        Assert.NotNull(catalog.Find("g" + GiftCatalog.MaxGifts));
    }

    [Fact]
    public async Task Changes_are_saved_in_one_batch_every_five_seconds_with_the_newest_name_and_first_seen_kept()
    {
        using var temp = new TempStore();
        var store = temp.Open();
        var repository = new GiftCatalogRepository(store);
        var hub = Hub();
        using var catalog = new GiftCatalog(hub, repository, temp.Time, NullLogger<GiftCatalog>.Instance);
        await catalog.StartAsync(Ct);
        var firstSeen = temp.Time.GetUtcNow();

        hub.Publish(Combo("5655", "Rose", 1));
        Assert.Empty(repository.LoadAll(10));
        temp.Time.Advance(TimeSpan.FromSeconds(2));
        hub.Publish(Combo("5655", "Rose (new name)", 1));
        temp.Time.Advance(GiftCatalog.SaveInterval - TimeSpan.FromSeconds(2));

        var saved = Assert.Single(repository.LoadAll(10));
        Assert.Equal("Rose (new name)", saved.Name);
        Assert.Equal(firstSeen, saved.FirstSeen);
        Assert.Equal(firstSeen + TimeSpan.FromSeconds(2), saved.LastSeen);
    }

    [Fact]
    public async Task Listeners_hear_of_new_gifts_and_imports_but_not_of_gifts_seen_again()
    {
        using var temp = new TempStore();
        var hub = Hub();
        using var catalog = new GiftCatalog(hub, new GiftCatalogRepository(temp.Open()), temp.Time, NullLogger<GiftCatalog>.Instance);
        await catalog.StartAsync(Ct);
        var heard = 0;
        using var subscription = catalog.SubscribeAdded(() => heard++);

        hub.Publish(Combo("5655", "Rose", 1));
        hub.Publish(Combo("5655", "Rose", 1));
        catalog.Import([new("6369", "Lion", 29_999, null)]);

        Assert.Equal(2, heard);
    }

    private static GiftComboEvent Combo(string id, string name, int diamonds) =>
        new(User("ana"), id, name, "https://example.com/" + id + ".png", diamonds, 1, ComboPhase.Finished, 1);
}

using Overlay.Tests.Infrastructure;
using Overlay.Web.Widgets;
using Overlay.Widgets.Captions;
using Overlay.Widgets.PkBattle;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>
/// The PK battle (active with boosters, and ended) and the captions at OBS canvas sizes: their text inside the
/// canvas at a readable size. Screenshots land next to the others (bin/…/widget-screenshots/), transparent and
/// over the footage-like backdrop, for a human to look at.
/// </summary>
[Trait("Category", "Browser")]
public sealed class PkCaptionsScreenshotTests(BrowserFixture browser)
{
    private const string LongName = "Captain Extraordinarily Long Display Name Of Doom 🚀";

    private static readonly PkBattleView ActivePk = PkBattleView.Hidden with
    {
        Phase = PkPhase.Active,
        Left = new PkSide("Us", 12_480,
            [new PkContributor("Sunny ☀️", 6_200, true), new PkContributor(LongName, 3_900, false), new PkContributor("ليلى 🌙", 1_200, false)]),
        Right = new PkSide("Opponent", 9_310, [new PkContributor("Rival Fan ⚔️", 5_000, true), new PkContributor("Opponent's Bestie", 2_100, false)]),
        MillisecondsLeft = 154_000,
        Boosters = [new PkBooster(1, "booster_x2", 2, "Mika 🌸", null)],
        OpponentGifts = [new PkOpponentGift(2, "Rival Fan ⚔️", "Rose", 5, null)],
    };

    private static readonly PkBattleView EndedPk = ActivePk with
    {
        Phase = PkPhase.Ended, MillisecondsLeft = null, Outcome = PkOutcome.LeftWins, Boosters = [], OpponentGifts = [],
    };

    private static readonly CaptionsView Talking = new(
    [
        new CaptionLine(1, "Hello everyone welcome to the stream", true),
        new CaptionLine(2, "Thank you so much for the roses, let's go", false),
    ], CaptionStyle.Both);

    public static TheoryData<string, string, int, int> Cases()
    {
        var data = new TheoryData<string, string, int, int>();
        foreach (var (w, h) in new[] { (1920, 1080), (800, 600), (1080, 1920) })
        {
            data.Add("e2e-pk", ".pk-battle .score, .pk-battle .clock, .pk-battle .contributor .nickname, .pk-battle .effect, .pk-battle .tag", w, h);
            data.Add("e2e-pk-ended", ".pk-battle .score, .pk-battle .result", w, h);
            data.Add("e2e-captions", ".captions .line", w, h);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Widget_text_is_inside_the_canvas_and_readable(string slug, string textSelector, int width, int height)
    {
        await using var app = await WidgetApp.StartAsync(
        [
            WidgetApp.Handle("e2e-pk", WidgetKinds.PkBattle, new TestViewSource<PkBattleView>(ActivePk)),
            WidgetApp.Handle("e2e-pk-ended", WidgetKinds.PkBattle, new TestViewSource<PkBattleView>(EndedPk)),
            WidgetApp.Handle("e2e-captions", WidgetKinds.Captions, new TestViewSource<CaptionsView>(Talking)),
        ]);
        await using var context = await browser.NewContextAsync(width, height);
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl(slug));
        var texts = page.Locator(textSelector);
        await Expect(texts.First).ToBeVisibleAsync();
        await WidgetScreenshotTests.WaitForEntranceAsync(page);

        var outside = new List<string>();
        foreach (var text in await texts.AllAsync())
        {
            var box = (await text.BoundingBoxAsync())!;
            var fontSize = await text.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
            if (box.X < 0 || box.Y < 0 || box.X + box.Width > width || box.Y + box.Height > height || box.Width < 1 || fontSize < 12)
            {
                outside.Add($"{await text.TextContentAsync()} at {box.X},{box.Y} {box.Width}×{box.Height}, {fontSize}px");
            }
        }
        await WidgetScreenshotTests.SaveAsync(page, $"{slug[4..]}-{width}x{height}");

        Assert.Empty(outside);
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Infrastructure;

/// <summary>Opening a widget page in the browser and waiting until its circuit runs, so later changes reach it live.</summary>
public static class LiveWidgetPage
{
    public static async Task<IPage> OpenAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        await GotoAsync(page, url);
        return page;
    }

    public static async Task GotoAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await Expect(page.Locator("html[data-connection='up'] .widget[data-live]")).ToBeAttachedAsync();
    }
}

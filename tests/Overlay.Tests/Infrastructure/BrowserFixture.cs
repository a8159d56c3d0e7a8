using Microsoft.Playwright;
using Overlay.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(BrowserFixture))]

namespace Overlay.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole test run, started by the first test that asks for a page, so unit,
/// component and socket tests run on a machine without a browser. <see cref="BrowserLocator"/> picks the
/// executable; Playwright never downloads one. Each test opens its own context, so tests share no cookies or pages.
/// Tests that use it carry <c>[Trait("Category", "Browser")]</c>.
/// </summary>
public sealed class BrowserFixture : IAsyncDisposable
{
    private static readonly string[] Args =
    [
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The shared browser, started on first use.</summary>
    /// <exception cref="BrowserMissingException">No browser is installed; the message says what to install.</exception>
    public async Task<IBrowser> BrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _browser ??= await LaunchNewAsync([]);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// A second Chromium with extra switches, for the few tests that need a browser-wide policy (e.g.
    /// <c>--autoplay-policy=no-user-gesture-required</c>, as in OBS). The caller closes it.
    /// </summary>
    public async Task<IBrowser> LaunchAsync(params string[] extraArgs)
    {
        await _gate.WaitAsync();
        try
        {
            return await LaunchNewAsync(extraArgs);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A fresh context (no shared cookies or cache) at an OBS-like size, 1920×1080 unless told.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1920, int height = 1080) =>
        NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height } });

    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options) => await (await BrowserAsync()).NewContextAsync(options);

    // Under _gate.
    private async Task<IBrowser> LaunchNewAsync(string[] extraArgs)
    {
        var search = BrowserLocator.ForThisMachine.Find();
        if (search.ExecutablePath is null)
        {
            throw new BrowserMissingException(search.Problem);
        }
        if (_playwright is null)
        {
            // Playwright's 5 s default is shorter than a circuit start on a loaded 2-core machine with many browser
            // tests in parallel; a wait that succeeds returns as soon as its condition holds, so this only costs on failure.
            Assertions.SetDefaultExpectTimeout(15_000);
            _playwright = await Playwright.CreateAsync();
        }
        return await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = search.ExecutablePath,
            Headless = true,
            Args = [.. Args, .. extraArgs],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        _gate.Dispose();
    }
}

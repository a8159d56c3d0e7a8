using Microsoft.Playwright;
using Overlay.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(BrowserFixture))]

namespace Overlay.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole test run: Debian's /usr/bin/chromium (or CHROMIUM_PATH). Playwright never
/// downloads a browser here. Each test opens its own context, so tests do not share cookies or pages.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    private static readonly string[] Args =
    [
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await LaunchAsync();
    }

    /// <summary>
    /// A second Chromium with extra switches, for the few tests that need a browser-wide policy (e.g.
    /// <c>--autoplay-policy=no-user-gesture-required</c>, as in OBS). The caller closes it.
    /// </summary>
    public Task<IBrowser> LaunchAsync(params string[] extraArgs) =>
        (_playwright ?? throw new InvalidOperationException("Playwright has not started.")).Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = [.. Args, .. extraArgs],
        });

    /// <summary>A fresh context (no shared cookies or cache) at an OBS-like size, 1920×1080 unless told.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1920, int height = 1080) =>
        Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}

using Microsoft.Playwright;

namespace Overlay.Bench.Browser;

/// <summary>
/// Headless Debian Chromium driven by Playwright. Never downloads a browser: the executable is the system one,
/// and the flags keep Chromium off the network except for the loopback pages.
/// </summary>
public sealed class BrowserProbe : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly string _script;

    private BrowserProbe(IPlaywright playwright, IBrowser browser, string script)
    {
        _playwright = playwright;
        _browser = browser;
        _script = script;
    }

    public static async Task<BrowserProbe> StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new HarnessException($"{ChromiumPath} not found (apt-get install chromium)");
        }
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            return new BrowserProbe(playwright, browser, LoadScript());
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Opens <paramref name="url"/> in its own context with the probe installed before any page script.</summary>
    public async Task<ProbePage> OpenAsync(string target, string widget, Uri url)
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 800, Height = 600 } });
        await page.AddInitScriptAsync(_script);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");
        await page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        return new ProbePage(target, widget, page, cdp);
    }

    /// <summary>Starts a trace of the whole browser; every open page's renderer is in it.</summary>
    public Task<TraceRecorder> StartTraceAsync() => TraceRecorder.StartAsync(_browser);

    private static string LoadScript()
    {
        using var stream = typeof(BrowserProbe).Assembly.GetManifestResourceStream("probe.js")
            ?? throw new HarnessException("probe.js is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _browser.CloseAsync();
        }
        finally
        {
            _playwright.Dispose();
        }
    }
}

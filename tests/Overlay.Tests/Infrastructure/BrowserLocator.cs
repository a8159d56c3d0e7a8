namespace Overlay.Tests.Infrastructure;

/// <summary>
/// Finds a Chromium-family browser for the browser tests, in this order: <c>CHROMIUM_PATH</c>; Debian's, Chrome's
/// and Edge's standard paths on Linux, Windows and macOS; then Playwright's own installed browsers (the
/// ms-playwright cache). Playwright cannot download a browser on every machine (no network on CI runners, none
/// here), so the tests never ask it to.
/// </summary>
public sealed class BrowserLocator(Func<string, string?> environment, Func<string, bool> fileExists, Func<string, IEnumerable<string>> directories)
{
    public const string Variable = "CHROMIUM_PATH";

    /// <summary>What to do when nothing is found: one line, because it is printed once per browser test.</summary>
    public const string InstallHint =
        "No Chromium, Chrome or Edge found for the browser tests: install one (Debian: apt install chromium), " +
        "or run 'pwsh tests/Overlay.Tests/bin/Debug/net10.0/playwright.ps1 install chromium', or set " + Variable +
        " to its executable. To run everything else: dotnet test --filter Category!=Browser";

    public static BrowserLocator ForThisMachine { get; } = new(Environment.GetEnvironmentVariable, File.Exists,
        folder => Directory.Exists(folder) ? Directory.EnumerateDirectories(folder) : []);

    /// <summary>The executable to launch, or the one-line reason there is none.</summary>
    public BrowserSearch Find()
    {
        // An explicit path is the developer's choice: when it is wrong, say so rather than quietly use another browser.
        if (environment(Variable) is { Length: > 0 } chosen)
        {
            return fileExists(chosen)
                ? BrowserSearch.Found(chosen)
                : BrowserSearch.Missing($"{Variable} is '{chosen}', which does not exist: point it at a Chromium, Chrome or Edge executable, or unset it to search the standard paths.");
        }
        var found = StandardPaths().Concat(PlaywrightBrowsers()).FirstOrDefault(fileExists);
        return found is null ? BrowserSearch.Missing(InstallHint) : BrowserSearch.Found(found);
    }

    private IEnumerable<string> StandardPaths()
    {
        // Linux: Debian/Ubuntu packages, then Google's and Microsoft's.
        yield return "/usr/bin/chromium";
        yield return "/usr/bin/chromium-browser";
        yield return "/usr/bin/google-chrome";
        yield return "/usr/bin/google-chrome-stable";
        yield return "/opt/google/chrome/chrome";
        yield return "/usr/bin/microsoft-edge";
        yield return "/usr/bin/microsoft-edge-stable";
        yield return "/opt/microsoft/msedge/msedge";
        // Windows: machine-wide installs, then Chrome's per-user install.
        foreach (var root in new[] { environment("ProgramFiles"), environment("ProgramFiles(x86)"), environment("LOCALAPPDATA") })
        {
            if (root is { Length: > 0 })
            {
                yield return Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe");
                yield return Path.Combine(root, "Chromium", "Application", "chrome.exe");
                yield return Path.Combine(root, "Microsoft", "Edge", "Application", "msedge.exe");
            }
        }
        // macOS.
        yield return "/Applications/Chromium.app/Contents/MacOS/Chromium";
        yield return "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
        yield return "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
    }

    // Where 'playwright install chromium' puts its builds: PLAYWRIGHT_BROWSERS_PATH, else the per-OS cache folder.
    private IEnumerable<string> PlaywrightBrowsers()
    {
        var home = environment("HOME") ?? environment("USERPROFILE");
        string?[] caches =
        [
            environment("PLAYWRIGHT_BROWSERS_PATH"),
            home is null ? null : Path.Combine(home, ".cache", "ms-playwright"),
            home is null ? null : Path.Combine(home, "Library", "Caches", "ms-playwright"),
            environment("LOCALAPPDATA") is { Length: > 0 } local ? Path.Combine(local, "ms-playwright") : null,
        ];
        string[][] inside =
        [
            ["chrome-linux", "chrome"], ["chrome-linux64", "chrome"],
            ["chrome-win", "chrome.exe"], ["chrome-win64", "chrome.exe"],
            ["chrome-mac", "Chromium.app", "Contents", "MacOS", "Chromium"],
            ["chrome-mac-arm64", "Google Chrome for Testing.app", "Contents", "MacOS", "Google Chrome for Testing"],
            ["chrome-mac-x64", "Google Chrome for Testing.app", "Contents", "MacOS", "Google Chrome for Testing"],
        ];
        foreach (var cache in caches)
        {
            if (cache is not { Length: > 0 })
            {
                continue;
            }
            // Newest build first: the folders are chromium-1140, chromium-1155…
            foreach (var build in directories(cache).Where(d => Path.GetFileName(d).StartsWith("chromium-", StringComparison.Ordinal))
                         .OrderByDescending(d => d, StringComparer.Ordinal))
            {
                foreach (var parts in inside)
                {
                    yield return Path.Combine([build, .. parts]);
                }
            }
        }
    }
}

namespace Overlay.Tests.Infrastructure;

public sealed class BrowserLocatorTests
{
    private static BrowserLocator Locator(Dictionary<string, string> environment, HashSet<string> files, params string[] playwrightBuilds) =>
        new(name => environment.GetValueOrDefault(name), files.Contains,
            folder => playwrightBuilds.Where(b => Path.GetDirectoryName(b) == folder));

    [Fact]
    public void Chromium_path_wins_over_every_standard_path()
    {
        var locator = Locator(new() { [BrowserLocator.Variable] = "/opt/mine/chrome" }, ["/opt/mine/chrome", "/usr/bin/chromium"]);

        Assert.Equal("/opt/mine/chrome", locator.Find().ExecutablePath);
    }

    [Fact]
    public void A_chromium_path_that_does_not_exist_is_reported_in_one_line_without_falling_back()
    {
        var search = Locator(new() { [BrowserLocator.Variable] = "/nonexistent" }, ["/usr/bin/chromium"]).Find();

        Assert.Null(search.ExecutablePath);
        Assert.Contains("CHROMIUM_PATH is '/nonexistent'", search.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', search.Problem);
    }

    [Fact]
    public void Debian_chromium_comes_before_chrome_and_edge()
    {
        var search = Locator([], ["/usr/bin/google-chrome", "/usr/bin/chromium", "/usr/bin/microsoft-edge"]).Find();

        Assert.Equal("/usr/bin/chromium", search.ExecutablePath);
    }

    [Fact]
    public void Edge_on_windows_is_found_under_program_files()
    {
        var edge = Path.Combine("C:/Program Files (x86)", "Microsoft", "Edge", "Application", "msedge.exe");

        var search = Locator(new() { ["ProgramFiles(x86)"] = "C:/Program Files (x86)" }, [edge]).Find();

        Assert.Equal(edge, search.ExecutablePath);
    }

    [Fact]
    public void Chrome_on_macos_is_found_in_applications()
    {
        const string chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";

        Assert.Equal(chrome, Locator([], [chrome]).Find().ExecutablePath);
    }

    [Fact]
    public void Playwrights_newest_installed_chromium_is_the_last_resort()
    {
        var cache = Path.Combine("/home/dev", ".cache", "ms-playwright");
        var older = Path.Combine(cache, "chromium-1140");
        var newer = Path.Combine(cache, "chromium-1155");
        var newerChrome = Path.Combine(newer, "chrome-linux", "chrome");

        var search = Locator(new() { ["HOME"] = "/home/dev" }, [Path.Combine(older, "chrome-linux", "chrome"), newerChrome], older, newer).Find();

        Assert.Equal(newerChrome, search.ExecutablePath);
    }

    [Fact]
    public void No_browser_anywhere_names_what_to_install_in_one_line()
    {
        var search = Locator(new() { ["HOME"] = "/home/dev" }, []).Find();

        Assert.Null(search.ExecutablePath);
        Assert.Equal(BrowserLocator.InstallHint, search.Problem);
        Assert.Contains("apt install chromium", search.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', search.Problem);
    }
}

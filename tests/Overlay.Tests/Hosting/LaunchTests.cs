using Overlay.Tests.Infrastructure;
using Overlay.Web.Hosting;

namespace Overlay.Tests.Hosting;

public sealed class LaunchTests
{
    [Fact]
    public void A_published_folder_is_its_own_content_root_even_when_started_from_inside_the_repository()
    {
        var published = TestContentRoot.Create();
        Directory.CreateDirectory(Path.Combine(published, "wwwroot"));
        File.WriteAllText(Path.Combine(published, "appsettings.json"), "{}");
        var repository = ContentRootLocator.Locate();

        Assert.Equal(published, ContentRootLocator.Locate(published, workingDirectory: repository));
    }

    [Fact]
    public void A_build_output_finds_the_repository_top_level()
    {
        var buildOutput = AppContext.BaseDirectory;

        var root = ContentRootLocator.Locate(buildOutput, workingDirectory: Path.GetTempPath());

        Assert.True(File.Exists(Path.Combine(root, ContentRootLocator.MarkerFile)), root);
        Assert.False(ContentRootLocator.IsPublishedCopy(buildOutput));
    }

    [Fact]
    public void No_browser_is_our_argument_and_never_reaches_the_host()
    {
        var (hostArgs, open) = AdminBrowser.ReadArguments(["--urls", "http://localhost:6000", "--no-browser"]);

        Assert.False(open);
        Assert.Equal(["--urls", "http://localhost:6000"], hostArgs);
        Assert.True(AdminBrowser.ReadArguments([]).Open);
    }

    [Fact]
    public void The_browser_is_opened_with_the_url_as_one_argument_and_not_at_all_without_a_desktop()
    {
        const string url = "http://localhost:5080/admin";
        var desktop = AdminBrowser.Command(url, name => name == "DISPLAY" ? ":0" : null);

        Assert.NotNull(desktop);
        if (OperatingSystem.IsWindows())
        {
            Assert.True(desktop.UseShellExecute);
            Assert.Equal(url, desktop.FileName);
        }
        else
        {
            Assert.False(desktop.UseShellExecute);
            Assert.Equal([url], desktop.ArgumentList);
        }
        if (OperatingSystem.IsLinux())
        {
            Assert.Null(AdminBrowser.Command(url, _ => null));
        }
    }
}

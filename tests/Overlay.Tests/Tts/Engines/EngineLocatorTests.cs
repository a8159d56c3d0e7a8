using Overlay.Web.Tts.Engines;

namespace Overlay.Tests.Tts.Engines;

public sealed class EngineLocatorTests
{
    private static EngineLocator Locator() => new(new ProcessRunner(TimeProvider.System), TimeSpan.FromSeconds(5));

    [Fact]
    public void With_nothing_on_the_path_no_engine_is_found_except_windows_voices()
    {
        var engine = Locator().Find("");

        if (OperatingSystem.IsWindows())
        {
            Assert.IsType<SapiEngine>(engine);
        }
        else
        {
            Assert.Null(engine);
        }
    }

    [Fact]
    public void The_engine_for_the_os_is_picked_from_the_path()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var folder = Directory.CreateTempSubdirectory("overlay-path-").FullName;
        try
        {
            var name = OperatingSystem.IsMacOS() ? SayEngine.Executable : EspeakEngine.Executable;
            File.WriteAllText(Path.Combine(folder, name), "");

            var engine = Locator().Find($"/nonexistent{Path.PathSeparator}{folder}");

            Assert.Equal(name, engine?.Name);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_missing_hint_says_what_to_install() =>
        Assert.StartsWith("No speech engine found", EngineLocator.MissingHint, StringComparison.Ordinal);
}

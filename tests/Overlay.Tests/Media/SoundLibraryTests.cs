using Overlay.Web.Media;
using Overlay.Tests.Infrastructure;

namespace Overlay.Tests.Media;

public sealed class SoundLibraryTests
{
    [Fact]
    public void Lists_audio_files_in_the_sounds_folder_only()
    {
        var root = SoundsRoot.Create("chime.wav", "b.mp3");
        File.WriteAllText(Path.Combine(root, "sounds", "notes.txt"), "x");
        File.WriteAllBytes(Path.Combine(root, "outside.wav"), SoundsRoot.SilentWav());

        var library = new SoundLibrary(root);

        Assert.Equal(["b.mp3", "chime.wav"], library.List());
    }

    [Fact]
    public void Gives_a_url_only_for_a_listed_file()
    {
        var root = SoundsRoot.Create("chime.wav");
        File.WriteAllBytes(Path.Combine(root, "outside.wav"), SoundsRoot.SilentWav());
        var library = new SoundLibrary(root);

        Assert.Equal("/sounds/chime.wav", library.UrlFor("chime.wav"));
        Assert.Null(library.UrlFor("../outside.wav"));
        Assert.Null(library.UrlFor("missing.wav"));
    }

    [Fact]
    public void Missing_folder_lists_nothing()
    {
        Assert.Empty(new SoundLibrary(Path.Combine(Path.GetTempPath(), "overlay-tests", Guid.NewGuid().ToString("N"))).List());
    }
}

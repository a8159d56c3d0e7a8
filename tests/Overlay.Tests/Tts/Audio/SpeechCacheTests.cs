using Overlay.Tests.Infrastructure;
using Overlay.Web.Tts.Audio;

namespace Overlay.Tests.Tts.Audio;

public sealed class SpeechCacheTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("overlay-cache-").FullName;

    private string Folder => Path.Combine(_root, SpeechCache.FolderName);

    private static string Id(string text) => SpeechCache.IdFor("engine", null, 100, text);

    private static string Add(SpeechCache cache, string text, double seconds)
    {
        var id = Id(text);
        var temp = cache.TempPath(id);
        File.WriteAllBytes(temp, TestWav.Tone(seconds, 8000));
        Assert.NotNull(cache.Commit(id, temp));
        return id;
    }

    [Fact]
    public void The_folder_sits_beside_the_settings_file() =>
        Assert.Equal(Path.Combine(_root, "tts-cache"), SpeechCache.FolderFor(Path.Combine(_root, "overlay.db")));

    [Fact]
    public void Ids_are_stable_hashes_of_engine_voice_rate_and_text()
    {
        Assert.Equal(Id("hello"), Id("hello"));
        Assert.NotEqual(Id("hello"), SpeechCache.IdFor("engine", "en-gb", 100, "hello"));
        Assert.NotEqual(Id("hello"), SpeechCache.IdFor("engine", null, 120, "hello"));
        Assert.Matches("^[0-9a-f]{32}$", Id("hello"));
    }

    [Fact]
    public void A_committed_clip_is_found_with_its_duration()
    {
        var cache = new SpeechCache(Folder, 10_000_000);

        var id = Add(cache, "hi", 1);

        var found = cache.Find(id);
        Assert.Equal(TimeSpan.FromSeconds(1), found?.Info.Duration);
        Assert.True(File.Exists(found?.Path));
    }

    [Fact]
    public void The_least_recently_used_clips_go_first_when_the_bytes_run_over()
    {
        // Each 1 s 8 kHz clip is 16,044 bytes: three fit in 50,000, four do not.
        var cache = new SpeechCache(Folder, 50_000);
        var a = Add(cache, "a", 1);
        var b = Add(cache, "b", 1);
        var c = Add(cache, "c", 1);
        Assert.NotNull(cache.Find(a)); // a is now more recent than b.

        var d = Add(cache, "d", 1);

        Assert.Null(cache.Find(b));
        Assert.All([a, c, d], id => Assert.NotNull(cache.Find(id)));
        Assert.False(File.Exists(Path.Combine(Folder, b + ".wav")));
        Assert.True(cache.TotalBytes <= 50_000);
    }

    [Fact]
    public void Output_that_is_not_a_wav_or_is_bigger_than_the_cache_is_refused_and_deleted()
    {
        var cache = new SpeechCache(Folder, 20_000);
        var bad = cache.TempPath(Id("bad"));
        File.WriteAllText(bad, "<html>not audio</html>");
        var huge = cache.TempPath(Id("huge"));
        File.WriteAllBytes(huge, TestWav.Tone(5, 8000));

        Assert.Null(cache.Commit(Id("bad"), bad));
        Assert.Null(cache.Commit(Id("huge"), huge));

        Assert.Empty(Directory.GetFiles(Folder));
    }

    [Theory]
    [InlineData("../overlay")]
    [InlineData("..%2Foverlay")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("")]
    public void Only_ids_the_cache_made_are_found(string id)
    {
        var cache = new SpeechCache(Folder, 1_000_000);
        Add(cache, "hi", 0.5);
        File.WriteAllBytes(Path.Combine(Folder, "0123456789abcdef0123456789abcdef.wav"), TestWav.Tone(0.5, 8000)); // Not written by this cache.

        Assert.Null(cache.Find(id));
        Assert.Null(cache.Find("0123456789abcdef0123456789abcdef"));
    }

    [Fact]
    public void Clips_from_an_earlier_run_count_and_leftover_temp_files_are_removed()
    {
        var first = new SpeechCache(Folder, 1_000_000);
        var id = Add(first, "kept", 0.5);
        File.WriteAllText(first.TempPath(Id("interrupted")), "half");

        var second = new SpeechCache(Folder, 1_000_000);

        Assert.NotNull(second.Find(id));
        Assert.Empty(Directory.GetFiles(Folder, "*.tmp"));
    }

    [Fact]
    public void The_folder_is_owner_only_on_unix()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var cache = new SpeechCache(Folder, 1_000_000);

        cache.TempPath(Id("x"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Folder));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

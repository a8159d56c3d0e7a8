using Overlay.Web.Media;
using Overlay.Web.Settings;
using Overlay.Web.Widgets;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using Overlay.Widgets.GiftAlert;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

/// <summary>Videos and per-type accent colours in composed alerts; hostile video names never become a URL.</summary>
public sealed class AlertComposerMediaTests : IDisposable
{
    private readonly string _webRoot = SoundsRoot.Create();
    private readonly AlertMedia _media;

    public AlertComposerMediaTests()
    {
        Directory.CreateDirectory(Path.Combine(_webRoot, "videos"));
        File.WriteAllBytes(Path.Combine(_webRoot, "videos", "ring.webm"), [0x1a, 0x45, 0xdf, 0xa3]);
        File.WriteAllBytes(Path.Combine(_webRoot, "videos", "big.mp4"), [0]);
        File.WriteAllBytes(Path.Combine(_webRoot, "secret.webm"), [0]);
        _media = new AlertMedia(new SoundLibrary(_webRoot), new ImageLibrary(_webRoot), new VideoLibrary(_webRoot));
    }

    [Fact]
    public void A_type_shows_its_video_and_accent_colour()
    {
        var settings = new GiftAlertSettings { Follow = new AlertTypeSettings { VideoFile = "ring.webm", AccentColor = " #12ab34 " } };

        var alert = AlertComposer.Compose(new FollowEvent(User("ana")), settings, 1, _media)!;

        Assert.Equal("/videos/ring.webm", alert.VideoUrl);
        Assert.Equal("#12ab34", alert.AccentColor);
    }

    [Fact]
    public void A_variation_video_and_accent_win_over_the_gift_ones_and_empty_keeps_the_built_in_colour()
    {
        var settings = new GiftAlertSettings
        {
            GiftVideoFile = "ring.webm",
            GiftAccentColor = "gold",
            Variations = [new GiftVariation { MinDiamonds = 100, VideoFile = "big.mp4", AccentColor = "red" }],
        };

        var small = AlertComposer.Compose(Finished("ana", 5), settings, 1, _media)!;
        var big = AlertComposer.Compose(Finished("bo", 500), settings, 2, _media)!;
        var plain = AlertComposer.Compose(new ShareEvent(User("cy")), settings, 3, _media)!;

        Assert.Equal(("/videos/ring.webm", "gold"), (small.VideoUrl, small.AccentColor));
        Assert.Equal(("/videos/big.mp4", "red"), (big.VideoUrl, big.AccentColor));
        Assert.Equal((null, null), (plain.VideoUrl, plain.AccentColor));
    }

    [Theory]
    [InlineData("../secret.webm")]
    [InlineData("videos/ring.webm")]
    [InlineData("ring.webm.exe")]
    [InlineData("/etc/passwd")]
    public void A_hostile_video_name_is_refused_by_the_validator_and_never_becomes_a_url(string name)
    {
        var settings = new GiftAlertSettings { GiftVideoFile = name, Follow = new AlertTypeSettings { VideoFile = name } };

        var problems = WidgetKinds.GiftAlert.Validate(settings, "A").ToList();

        Assert.Contains(problems, p => p.StartsWith("A:GiftVideoFile must be empty or the name of a video file", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("A:Follow:VideoFile", StringComparison.Ordinal));
        Assert.Null(new VideoLibrary(_webRoot).UrlFor(name));
        Assert.Null(AlertComposer.Compose(Finished("ana", 5), settings, 1, _media)!.VideoUrl);
    }

    [Fact]
    public void A_bad_type_accent_is_refused_by_the_validator()
    {
        var settings = new GiftAlertSettings { GiftAccentColor = "red; background: url(x)", Join = new AlertTypeSettings { AccentColor = "nope" } };

        var problems = WidgetKinds.GiftAlert.Validate(settings, "A").ToList();

        Assert.Contains(problems, p => p.StartsWith("A:GiftAccentColor", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("A:Join:AccentColor", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_webRoot, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

using Overlay.Web.Tts.Engines;

namespace Overlay.Tests.Tts.Engines;

public sealed class SapiEngineTests
{
    [Theory]
    [InlineData(100, 0)]
    [InlineData(50, -5)]
    [InlineData(200, 10)]
    [InlineData(150, 5)]
    [InlineData(10, -9)]
    [InlineData(400, 10)]
    public void The_rate_percent_maps_to_sapis_minus_10_to_10(int percent, int sapi) => Assert.Equal(sapi, SapiEngine.SapiRate(percent));

    [Fact]
    public async Task Off_windows_it_says_it_is_unavailable_instead_of_failing_obscurely()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Equal("Windows voices (SAPI)", new SapiEngine(TimeSpan.FromSeconds(5)).Name);
            return;
        }
        var engine = new SapiEngine(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<SpeechEngineException>(() =>
            engine.SynthesizeAsync(new SpeechJob("hi", null, 100), "x.wav", TestContext.Current.CancellationToken));

        Assert.Equal("Windows voices are only available on Windows.", error.Message);
    }
}

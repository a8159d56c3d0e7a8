using Overlay.Web.Hosting;

namespace Overlay.Tests.Hosting;

public sealed class StartupBannerTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080", "http://localhost:5080", true)]
    [InlineData("http://[::]:5080", "http://localhost:5080", true)]
    [InlineData("http://+:5080", "http://localhost:5080", true)]
    [InlineData("http://*:5080/", "http://localhost:5080", true)]
    [InlineData("http://127.0.0.1:5080/", "http://127.0.0.1:5080", false)]
    [InlineData("https://localhost:5443", "https://localhost:5443", false)]
    public void Printed_urls_are_ones_a_streamer_can_paste(string listening, string printed, bool everywhere)
    {
        Assert.Equal((printed, everywhere), StartupBanner.LocalRoot(listening));
    }
}

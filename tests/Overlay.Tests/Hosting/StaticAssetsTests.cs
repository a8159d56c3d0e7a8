using Overlay.Tests.Infrastructure;

namespace Overlay.Tests.Hosting;

public sealed class StaticAssetsTests
{
    [Fact]
    public async Task Widget_page_and_blazor_script_are_served_outside_development()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(cancellationToken: ct);
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        var page = await http.GetStringAsync("widgets/chat-ticker", ct);
        var script = await http.GetAsync("_framework/blazor.web.js", ct);
        var css = await http.GetAsync("Overlay.Web.styles.css", ct);

        Assert.Contains("chat-ticker", page);
        Assert.True(script.IsSuccessStatusCode, $"blazor.web.js: {(int)script.StatusCode}");
        Assert.True(css.IsSuccessStatusCode, $"styles: {(int)css.StatusCode}");
    }
}

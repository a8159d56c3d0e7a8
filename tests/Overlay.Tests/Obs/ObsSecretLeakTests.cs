using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Obs.Client;

namespace Overlay.Tests.Obs;

public sealed class ObsSecretLeakTests
{
    private const string Planted = "obs-planted-pw-5150";

    [Fact]
    public async Task The_OBS_password_is_in_no_log_line_exception_or_admin_page()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await FakeObsServer.StartAsync("the-real-one", ct);
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Logging.AddFakeLogging();
        }, cancellationToken: ct);
        var connection = app.Get<ObsConnection>();

        connection.Save(new() { Host = "127.0.0.1", Port = obs.Port, Password = Planted, Enabled = true });
        var wrong = await ObsStatusWaiter.WaitAsync(connection, s => s.State == ObsState.WrongPassword, ct);
        obs.Password = Planted;
        connection.Reconnect();
        await ObsStatusWaiter.WaitAsync(connection, s => s.IsConnected, ct);
        using var http = new HttpClient { BaseAddress = app.BaseUri };
        var page = System.Net.WebUtility.HtmlDecode(await http.GetStringAsync("admin/obs", ct));

        Assert.Contains("Saved password: saved", page);
        Assert.DoesNotContain(Planted, page);
        Assert.DoesNotContain(Planted, wrong.Summary);
        var logs = app.Services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(logs, r => r.Category == typeof(ObsConnection).FullName && r.Message.Contains("Wrong OBS password", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, r => r.Message.Contains(Planted, StringComparison.Ordinal)
            || (r.Exception?.ToString().Contains(Planted, StringComparison.Ordinal) ?? false));
    }
}

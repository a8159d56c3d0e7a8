using Overlay.BlazorFloor;
using Overlay.BlazorFloor.Components;

// Usage: dotnet Overlay.BlazorFloor.dll --urls http://127.0.0.1:<port> --upstream ws://127.0.0.1:<genPort>/
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
var upstream = builder.Configuration["upstream"]
    ?? throw new InvalidOperationException("Pass --upstream ws://127.0.0.1:<port>/");
// Run from the build output like the app: the framework script is found through the static web assets manifest.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddSingleton<ChatFeed>();
builder.Services.AddHostedService(sp =>
{
    var feed = sp.GetRequiredService<ChatFeed>();
    return new Overlay.Relay.UpstreamPump(new Uri(upstream), (frame, _) =>
    {
        if (ChatLine.Read(frame.Span) is { } line)
        {
            feed.Publish(line);
        }
        return Task.CompletedTask;
    }, sp.GetRequiredService<ILogger<ChatFeed>>());
});
// Framework defaults but for compression, which the app also turns off (loopback and LAN bytes are free).
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.DisableWebSocketCompression = true);
app.Run();

using Overlay.Relay;

// The baseline for the benchmarks: one upstream socket, every frame forwarded as is to plain JS pages.
// Usage: dotnet Overlay.Relay.dll --urls http://127.0.0.1:<port> --upstream ws://127.0.0.1:<genPort>/
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
var upstream = builder.Configuration["upstream"]
    ?? throw new InvalidOperationException("Pass --upstream ws://127.0.0.1:<port>/");
builder.Services.AddSingleton<BrowserSockets>();
builder.Services.AddHostedService(sp => new UpstreamPump(new Uri(upstream), sp.GetRequiredService<BrowserSockets>().BroadcastAsync,
    sp.GetRequiredService<ILogger<UpstreamPump>>()));

var app = builder.Build();
app.UseWebSockets();
var page = RelayPage.Load();
app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
app.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
app.Map("/ws", async (HttpContext ctx, BrowserSockets sockets) =>
{
    if (!ctx.WebSockets.IsWebSocketRequest)
    {
        return Results.BadRequest();
    }
    using var socket = await ctx.WebSockets.AcceptWebSocketAsync();
    await sockets.HoldAsync(socket, ctx.RequestAborted);
    return Results.Empty;
});
app.Run();

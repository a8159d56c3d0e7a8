using Overlay.Web.Admin;
using Microsoft.Extensions.Options;
using Overlay.Web.Components;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Web.Demo;
using Overlay.Web.Diagnostics;
using Overlay.Web.EventApi;
using Overlay.Web.Recording;
using Overlay.Web.Security;
using Overlay.Web.Protocol;
using Overlay.Web.Upstream;
using Overlay.Web.Widgets;
using Overlay.Web.Pipeline;
using Overlay.Web.Media;
using Overlay.Web.Backup;
using Overlay.Web.Gifts;
using Overlay.Web.Localization;
using Overlay.Web.Storage;
using Overlay.Web.Obs;
using Overlay.Web.Tts;
using Overlay.Web.Tts.Audio;
using Overlay.Web.Rules;
using Overlay.Web.Rules.Admin;

namespace Overlay.Web.Hosting;

public static class OverlayHostExtensions
{
    public static WebApplicationBuilder AddOverlay(this WebApplicationBuilder builder)
    {
        // At Debug/Trace Websocket.Client logs every frame, and a frame's URL carries the key.
        builder.Logging.AddFilter("Websocket.Client", LogLevel.Warning);
        // HttpClient logs every request's URL at Information (a webhook's path can hold its token), and offline every
        // failed gift-picture fetch as a stack trace; the callers log their own one-line outcome.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        // A bad setting is reported once, plainly, by Program.cs (StartupErrors) rather than as a host stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        // In Development (dotnet run) MapStaticAssets would otherwise serve any file under wwwroot that its
        // manifest lacks, of any type, past the media folders' type allowlist (Security/MediaContentTypes).
        builder.Configuration["DisableStaticAssetNotFoundRuntimeFallback"] = "true";
        // Every registration, one Add{Folder} per folder. Order matters only for hosted services, which start in
        // registration order: widgets subscribe to the hub before the pipeline publishes (AddWidgets, AddPipeline).
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OverlayMetrics>();
        services.AddProtocol();
        services.AddUpstream();
        services.AddStorage();
        services.AddMedia();
        services.AddTts();
        services.AddWidgets();
        services.AddGifts();
        services.AddRules();
        services.AddPipeline();
        services.AddDemo();
        services.AddEventApi();
        services.AddRecording();
        services.AddObs();
        services.AddAdmin();
        services.AddBackup();
        services.AddAdminLocalization();
        services.AddSecurity();
        services.AddHostedService<StartupBanner>();

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddOptions<RenderOptions>().BindConfiguration(RenderOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        // TimeProvider.System on purpose, not the injected TimeProvider: see RenderClock.
        builder.Services.AddSingleton(sp =>
        {
            var render = sp.GetRequiredService<IOptions<RenderOptions>>().Value;
            return new RenderClock(TimeProvider.System, TimeSpan.FromMilliseconds(render.MinIntervalMilliseconds),
                render.BusyChangesPerSecond, render.DiffsInFlight);
        });
        // Tests and `dotnet run` outside Development still need the Razor class library's CSS and the framework
        // script, which are served from the build output through the static web assets manifest.
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }

    public static WebApplication MapOverlay(this WebApplication app)
    {
        // One WebSocket middleware for the circuits, the demo and replay upstreams and the event API, ahead of the
        // security checks so they can tell a socket from a page on both HTTP/1.1 and HTTP/2.
        app.UseWebSockets();
        app.UseSecurity();
        app.MapAdmin();
        app.UseRequestLocalization();
        app.MapLanguage();
        app.UseMediaFolders();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealth();
        app.MapSpeechAudio();
        app.MapGiftImages();
        app.MapRulesExport();
        app.MapDemoUpstream();
        app.MapEventApi();
        app.MapReplayUpstream();
        // SecurityHeadersMiddleware sends the whole policy, frame-ancestors included; one header instead of two.
        // No WebSocket compression: every page is on this PC or its LAN, where bytes are free, and deflating each
        // diff on the server and inflating it in OBS cost CPU per event (a profile at 100 chat lines/s).
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o =>
        {
            o.ContentSecurityFrameAncestorsPolicy = null;
            o.DisableWebSocketCompression = true;
        });
        return app;
    }
}

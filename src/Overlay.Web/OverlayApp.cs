using Overlay.Web.Hosting;

namespace Overlay.Web;

/// <summary>Builds the whole app. Program.cs runs it; tests build it with their own settings on a free port.</summary>
public static class OverlayApp
{
    /// <param name="args">Command-line arguments (e.g. <c>--urls</c>).</param>
    /// <param name="contentRoot">Where appsettings.json and wwwroot/ live; null finds the repository's top level.</param>
    /// <param name="configure">Lets tests replace services (e.g. TimeProvider) or add configuration.</param>
    public static WebApplication Create(string[] args, string? contentRoot = null, Action<WebApplicationBuilder>? configure = null)
    {
        var root = contentRoot ?? ContentRootLocator.Locate();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = root,
            WebRootPath = Path.Combine(root, "wwwroot"),
            // The entry assembly is the test host under `dotnet test`; static asset manifests are named for this one.
            ApplicationName = typeof(OverlayApp).Assembly.GetName().Name,
        });
        builder.AddOverlay();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapOverlay();
        return app;
    }
}

using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Overlay.Web.Upstream;

namespace Overlay.Web.Admin;

public static class AdminHostExtensions
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<StoredConnectionSettingsSource>();
        services.AddSingleton<IConnectionSettingsSource>(sp => sp.GetRequiredService<StoredConnectionSettingsSource>());
        services.AddSingleton<IPostConfigureOptions<UpstreamOptions>>(sp => sp.GetRequiredService<StoredConnectionSettingsSource>());
        services.AddSingleton<IOptionsChangeTokenSource<UpstreamOptions>>(sp => sp.GetRequiredService<StoredConnectionSettingsSource>());
        services.AddSingleton<TestEventSender>();
        services.AddSingleton<FirstRun>();
        services.AddHostedService(sp => sp.GetRequiredService<FirstRun>());
        services.AddMudServices();
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddAuthentication(AdminAuth.Scheme).AddCookie(AdminAuth.Scheme, o =>
        {
            o.Cookie.Name = AdminAuth.CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request came over HTTPS (see README "HTTPS"), so it never leaves it.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = AdminAccessPolicy.LoginPath;
            o.ExpireTimeSpan = TimeSpan.FromDays(7);
            o.SlidingExpiration = true;
        });
        return services;
    }

    /// <summary>Call first in the pipeline: the access check must run before static files and endpoints.</summary>
    public static WebApplication MapAdmin(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<AdminAccessMiddleware>();
        app.MapAdminLogin();
        app.MapGet("/", () => TypedResults.LocalRedirect("/admin"));
        return app;
    }
}

using Microsoft.AspNetCore.Localization;

namespace Overlay.Web.Localization;

/// <summary>
/// The language picker's target: remembers the choice in the culture cookie and goes back to the admin page it
/// came from. Reloading is what gives the admin's circuit the new culture. Only admin paths are accepted as the
/// way back, so the link cannot send anyone elsewhere.
/// </summary>
public static class LanguageEndpoint
{
    public const string Path = "/admin/language";

    public static string Link(string culture, string back) =>
        $"{Path}?culture={Uri.EscapeDataString(culture)}&back={Uri.EscapeDataString(back)}";

    public static IEndpointRouteBuilder MapLanguage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context, string? culture, string? back) =>
        {
            var name = AdminCultures.Find(culture);
            if (name is null)
            {
                return Results.BadRequest("Unknown language.");
            }
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.LocalRedirect(IsAdminPath(back) ? back! : "/admin");
        });
        return app;
    }

    private static bool IsAdminPath(string? back) =>
        back is not null && (back == "/admin" || back.StartsWith("/admin/", StringComparison.Ordinal) || back.StartsWith("/admin?", StringComparison.Ordinal))
        && !back.Contains("//", StringComparison.Ordinal) && !back.Contains('\\', StringComparison.Ordinal);
}

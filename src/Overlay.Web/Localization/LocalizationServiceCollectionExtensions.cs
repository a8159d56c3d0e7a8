using Microsoft.AspNetCore.Localization;

namespace Overlay.Web.Localization;

public static class LocalizationServiceCollectionExtensions
{
    /// <summary>
    /// The admin's language: the picker's cookie, else the browser's Accept-Language, else English. Widgets format
    /// with the invariant culture (and, per instance, their own language), so a circuit's culture never changes
    /// what OBS shows.
    /// </summary>
    public static IServiceCollection AddAdminLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(AdminCultures.Default);
            o.AddSupportedCultures(AdminCultures.Names);
            o.AddSupportedUICultures(AdminCultures.Names);
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }
}

using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Overlay.Web.Diagnostics;
using Overlay.Web.Localization;
using Overlay.Web.Security;

namespace Overlay.Web.Admin;

/// <summary>
/// The login form for other devices (only reachable when Admin:Password is set). Plain HTML on purpose: it must
/// work before any Blazor circuit is allowed, and it needs no MudBlazor. Its texts are in the request's language
/// (the admin's cookie or the browser's Accept-Language), like the admin's.
/// </summary>
public static class AdminLoginEndpoints
{
    public static IEndpointRouteBuilder MapAdminLogin(this IEndpointRouteBuilder app)
    {
        app.MapGet(AdminAccessPolicy.LoginPath, (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Form(context, antiforgery, SafeReturnUrl(returnUrl), error: null));

        app.MapPost(AdminAccessPolicy.LoginPath, SignInAsync).DisableAntiforgery();

        app.MapGet(AdminAccessPolicy.LogoutPath, (HttpContext context, IAntiforgery antiforgery) => LogoutForm(context, antiforgery));

        // A sign-out form posted from another site would sign the streamer out mid-stream: it needs the token too.
        app.MapPost(AdminAccessPolicy.LogoutPath, async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return (IResult)TypedResults.BadRequest();
            }
            await context.SignOutAsync(AdminAuth.Scheme);
            return TypedResults.LocalRedirect(AdminAccessPolicy.LoginPath);
        }).DisableAntiforgery();
        return app;
    }

    // Antiforgery is checked by hand: the automatic check only covers endpoints that bind parameters from the form.
    private static async Task<IResult> SignInAsync(
        HttpContext context, IAntiforgery antiforgery, IOptionsMonitor<AdminOptions> options, LoginThrottle throttle,
        RefusalLog refusals)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = SafeReturnUrl(form["returnUrl"]);
        var password = options.CurrentValue.Password;
        if (string.IsNullOrEmpty(password))
        {
            var L = Text(context);
            return Form(context, antiforgery, returnUrl, L["Remote sign-in is off: Admin:Password is not set."]);
        }
        // Per address: a device that guesses locks out only itself.
        var address = RequestPeer.Of(context).Address is { } ip ? HostNames.Address(ip) : "";
        if (throttle.LockedOutFor(address) is { TotalSeconds: > 0 } wait)
        {
            refusals.Count(RefusalReason.LoginThrottled, address);
            var minutes = (int)Math.Ceiling(wait.TotalMinutes);
            var L = Text(context);
            return Form(context, antiforgery, returnUrl, minutes == 1
                ? L["Too many wrong passwords from this device. Wait 1 minute and try again."]
                : L["Too many wrong passwords from this device. Wait {0} minutes and try again.", minutes]);
        }
        if (!AdminAuth.PasswordMatches(form["password"].ToString(), password))
        {
            throttle.RecordFailure(address);
            var L = Text(context);
            return Form(context, antiforgery, returnUrl, L["Wrong password."]);
        }
        throttle.RecordSuccess(address);
        await context.SignInAsync(AdminAuth.Scheme, AdminAuth.Principal(password));
        return TypedResults.LocalRedirect(returnUrl);
    }

    /// <summary>Only a path on this site, never "//host" or an absolute URL (open redirect).</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/admin";

    private static IStringLocalizer Text(HttpContext context) => context.RequestServices.GetRequiredService<IStringLocalizer<AdminText>>();

    private static IResult LogoutForm(HttpContext context, IAntiforgery antiforgery)
    {
        var (L, html) = (Text(context), HtmlEncoder.Default);
        return Page(context, antiforgery, L["Overlay admin sign-out"], AdminAccessPolicy.LogoutPath, before: "", fields: "",
            button: L["Sign out of this device"], after: $"<p><a href=\"/admin\">{html.Encode(L["Back to the admin"])}</a></p>",
            StatusCodes.Status200OK);
    }

    private static IResult Form(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? error)
    {
        var (L, html) = (Text(context), HtmlEncoder.Default);
        return Page(context, antiforgery, L["Overlay admin sign-in"], AdminAccessPolicy.LoginPath,
            before: error is null ? "" : $"<p class=\"error\" role=\"alert\">{html.Encode(error)}</p>",
            fields: $"""
                <input type="hidden" name="returnUrl" value="{html.Encode(returnUrl)}">
                <label for="password">{html.Encode(L["Password"])}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" autofocus required>
                """,
            button: L["Sign in"], after: "",
            error is null ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized);
    }

    /// <summary>
    /// A one-form page; the antiforgery token is the form's first field. <paramref name="title"/> and
    /// <paramref name="button"/> are plain text (encoded here); the other parts are markup built from encoded text.
    /// </summary>
    private static IResult Page(
        HttpContext context, IAntiforgery antiforgery, string title, string action, string before, string fields,
        string button, string after, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var (L, html) = (Text(context), HtmlEncoder.Default);
        // The request culture (set by request localization, as for the admin) is the page's language.
        var lang = CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : AdminCultures.Default;
        return TypedResults.Content(
            $$"""
            <!DOCTYPE html>
            <html lang="{{html.Encode(lang)}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{html.Encode(title)}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:4rem auto;padding:0 1rem}
            input,button{font:inherit;width:100%;box-sizing:border-box;margin:.4rem 0;padding:.5rem}.error{color:#b00020}</style>
            </head><body>
            <h1>{{html.Encode(L["Overlay admin"])}}</h1>
            {{before}}
            <form method="post" action="{{action}}">
            <input type="hidden" name="{{html.Encode(tokens.FormFieldName)}}" value="{{html.Encode(tokens.RequestToken ?? "")}}">
            {{fields}}
            <button type="submit">{{html.Encode(button)}}</button>
            </form>
            {{after}}
            </body></html>
            """,
            "text/html; charset=utf-8",
            statusCode: status);
    }
}

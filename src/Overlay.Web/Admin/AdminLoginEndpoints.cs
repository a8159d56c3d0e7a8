using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Overlay.Web.Diagnostics;
using Overlay.Web.Security;

namespace Overlay.Web.Admin;

/// <summary>
/// The login form for other devices (only reachable when Admin:Password is set). Plain HTML on purpose: it must
/// work before any Blazor circuit is allowed, and it needs no MudBlazor.
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
            return Form(context, antiforgery, returnUrl, "Remote sign-in is off: Admin:Password is not set.");
        }
        // Per address: a device that guesses locks out only itself.
        var address = RequestPeer.Of(context).Address is { } ip ? HostNames.Address(ip) : "";
        if (throttle.LockedOutFor(address) is { TotalSeconds: > 0 } wait)
        {
            refusals.Count(RefusalReason.LoginThrottled, address);
            var minutes = (int)Math.Ceiling(wait.TotalMinutes);
            return Form(context, antiforgery, returnUrl,
                $"Too many wrong passwords from this device. Wait {minutes} minute{(minutes == 1 ? "" : "s")} and try again.");
        }
        if (!AdminAuth.PasswordMatches(form["password"].ToString(), password))
        {
            throttle.RecordFailure(address);
            return Form(context, antiforgery, returnUrl, "Wrong password.");
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

    private static IResult LogoutForm(HttpContext context, IAntiforgery antiforgery) =>
        Page(context, antiforgery, "Overlay admin sign-out", AdminAccessPolicy.LogoutPath, before: "", fields: "",
            button: "Sign out of this device", after: "<p><a href=\"/admin\">Back to the admin</a></p>", StatusCodes.Status200OK);

    private static IResult Form(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? error)
    {
        var html = HtmlEncoder.Default;
        return Page(context, antiforgery, "Overlay admin sign-in", AdminAccessPolicy.LoginPath,
            before: error is null ? "" : $"<p class=\"error\" role=\"alert\">{html.Encode(error)}</p>",
            fields: $"""
                <input type="hidden" name="returnUrl" value="{html.Encode(returnUrl)}">
                <label for="password">Password</label>
                <input id="password" name="password" type="password" autocomplete="current-password" autofocus required>
                """,
            button: "Sign in", after: "",
            error is null ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized);
    }

    /// <summary>A one-form page; the antiforgery token is the form's first field. Only encoded text goes in.</summary>
    private static IResult Page(
        HttpContext context, IAntiforgery antiforgery, string title, string action, string before, string fields,
        string button, string after, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = HtmlEncoder.Default;
        return TypedResults.Content(
            $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:4rem auto;padding:0 1rem}
            input,button{font:inherit;width:100%;box-sizing:border-box;margin:.4rem 0;padding:.5rem}.error{color:#b00020}</style>
            </head><body>
            <h1>Overlay admin</h1>
            {{before}}
            <form method="post" action="{{action}}">
            <input type="hidden" name="{{html.Encode(tokens.FormFieldName)}}" value="{{html.Encode(tokens.RequestToken ?? "")}}">
            {{fields}}
            <button type="submit">{{button}}</button>
            </form>
            {{after}}
            </body></html>
            """,
            "text/html; charset=utf-8",
            statusCode: status);
    }
}

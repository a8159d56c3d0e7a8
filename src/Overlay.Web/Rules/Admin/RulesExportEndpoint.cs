using System.Text;

namespace Overlay.Web.Rules.Admin;

public static class RulesExportEndpoint
{
    /// <summary>No file extension on purpose: a last segment with a dot counts as a public static file (AdminAccessPolicy).</summary>
    public const string Path = "/admin/actions/export";

    /// <summary>GET: every rule as a JSON file to download, behind the admin's access check; no secrets in it.</summary>
    public static WebApplication MapRulesExport(this WebApplication app)
    {
        app.MapGet(Path, (RuleBook book, TimeProvider time, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var name = $"overlay-rules-{time.GetLocalNow():yyyy-MM-dd}.json";
            return TypedResults.File(Encoding.UTF8.GetBytes(book.Export()), "application/json", name);
        });
        return app;
    }
}

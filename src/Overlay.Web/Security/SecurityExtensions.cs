using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Overlay.Web.Security;

public static class SecurityExtensions
{
    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidator>();
        services.AddSingleton<IMachineAddresses, SystemMachineAddresses>();
        services.AddSingleton<HostAllowList>();
        services.AddSingleton<RefusalLog>();
        services.AddSingleton<CircuitLimiter>();
        services.AddScoped<CircuitHandler, CircuitLimitHandler>();
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            // Far above a real scene (a dozen OBS sources, a few admin tabs, some bots), low enough that one
            // misbehaving client cannot take every socket or all memory.
            kestrel.Limits.MaxConcurrentConnections = 1000;
            kestrel.Limits.MaxConcurrentUpgradedConnections = 500;
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        return services;
    }

    /// <summary>
    /// First in the pipeline, in this order: who is asking (<see cref="RequestPeer"/>), whether the Host is ours,
    /// the response headers, whether a socket's Origin is ours, and the circuit limits.
    /// </summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        app.UseMiddleware<RequestPeerMiddleware>();
        app.UseMiddleware<HostFilterMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<OriginPolicyMiddleware>();
        app.UseMiddleware<CircuitLimitMiddleware>();
        return app;
    }

    /// <summary>
    /// The streamer's media folders (wwwroot/sounds, images, videos), each serving only its own file types, under
    /// a sandboxing policy. Nothing else in wwwroot is served: the app's own scripts and styles come from the
    /// static web assets.
    /// </summary>
    public static WebApplication UseMediaFolders(this WebApplication app)
    {
        foreach (var (folder, extensions) in MediaContentTypes.Folders)
        {
            var path = Path.Combine(app.Environment.WebRootPath, folder);
            try
            {
                // Made when missing, so files a streamer drops in later are served without a restart.
                Directory.CreateDirectory(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = "/" + folder,
                FileProvider = new PhysicalFileProvider(path),
                ContentTypeProvider = MediaContentTypes.For(extensions),
                OnPrepareResponse = response =>
                    response.Context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy.ForMedia,
            });
        }
        return app;
    }
}

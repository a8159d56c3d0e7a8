namespace Overlay.Web.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>The sound, image and video folders under the top-level wwwroot/.</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SoundLibrary(sp.GetRequiredService<IWebHostEnvironment>().WebRootPath));
        services.AddSingleton(sp => new ImageLibrary(sp.GetRequiredService<IWebHostEnvironment>().WebRootPath));
        services.AddSingleton(sp => new VideoLibrary(sp.GetRequiredService<IWebHostEnvironment>().WebRootPath));
        services.AddSingleton<AlertMedia>();
        return services;
    }
}

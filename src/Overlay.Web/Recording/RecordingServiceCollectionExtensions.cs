using Microsoft.Extensions.Options;

namespace Overlay.Web.Recording;

public static class RecordingServiceCollectionExtensions
{
    public static IServiceCollection AddRecording(this IServiceCollection services)
    {
        services.AddOptions<RecordingOptions>().BindConfiguration(RecordingOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RecordingOptions>, RecordingOptionsValidator>();
        services.AddSingleton<RecordingsFolder>();
        services.AddSingleton<ReplayState>();
        services.AddSingleton<ReplayUpstreamEndpoint>();
        services.AddSingleton<FrameRecorder>();
        // Stopping the app finishes the recording file.
        services.AddHostedService(sp => sp.GetRequiredService<FrameRecorder>());
        return services;
    }

    public static WebApplication MapReplayUpstream(this WebApplication app)
    {
        app.Map(ReplayUpstreamEndpoint.Path, (HttpContext context, ReplayUpstreamEndpoint replay) => replay.HandleAsync(context));
        return app;
    }
}

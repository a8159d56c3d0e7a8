using Microsoft.Extensions.Options;
using Overlay.Web.Storage;
using Overlay.Web.Tts.Audio;
using Overlay.Web.Tts.Engines;
using Overlay.Web.Tts.Floor;
using Overlay.Web.Tts.Synthesis;

namespace Overlay.Web.Tts;

public static class TtsServiceCollectionExtensions
{
    /// <summary>The machine's speech engine, the audio cache beside the settings file, the sound floor and the request port.</summary>
    public static IServiceCollection AddTts(this IServiceCollection services)
    {
        services.AddOptions<TtsOptions>().BindConfiguration(TtsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ProcessRunner>();
        services.AddSingleton(sp => new EngineLocator(
            sp.GetRequiredService<ProcessRunner>(), TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<TtsOptions>>().Value.TimeoutSeconds)));
        services.AddSingleton(sp => new SpeechCache(
            SpeechCache.FolderFor(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ResolvedPath),
            sp.GetRequiredService<IOptions<TtsOptions>>().Value.CacheMegabytes * 1024L * 1024L));
        // Null when the machine has no engine: the admin and /healthz say so, and nothing else changes.
        services.AddSingleton(sp => new SpeechMaker(
            sp.GetRequiredService<EngineLocator>().Find(Environment.GetEnvironmentVariable("PATH")),
            sp.GetRequiredService<SpeechCache>(), sp.GetRequiredService<IOptions<TtsOptions>>(), sp.GetRequiredService<Diagnostics.OverlayMetrics>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SpeechMaker>>()));
        services.AddSingleton<ISpeechClips>(sp => sp.GetRequiredService<SpeechMaker>());
        services.AddHostedService(sp => sp.GetRequiredService<SpeechMaker>());
        services.AddSingleton<SoundFloor>();
        services.AddSingleton<SpeechRequests>();
        services.AddSingleton<ISpeechRequests>(sp => sp.GetRequiredService<SpeechRequests>());
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Overlay.Web.Obs;
using Overlay.Web.Tts;

namespace Overlay.Web.Rules;

/// <summary>
/// Stand-ins for the OBS and TTS features while this branch runs without them: TryAdd, so the real ones (plain
/// AddSingleton) win wherever they are registered. The lead deletes this file at merge; nothing else changes,
/// because <see cref="AddUntilMerged"/> is a partial method that compiles away without it.
/// </summary>
public static partial class RulesServiceCollectionExtensions
{
    static partial void AddUntilMerged(IServiceCollection services)
    {
        services.TryAddSingleton<IObsActions, NoObs>();
        services.TryAddSingleton<ISpeechRequests, NoSpeech>();
    }

    private sealed class NoObs : IObsActions
    {
        private static readonly Task<ObsResult> NotSetUp = Task.FromResult(new ObsResult("OBS is not set up yet"));

        public bool IsConnected => false;

        public Task<ObsResult> SwitchSceneAsync(string scene, CancellationToken cancellationToken = default) => NotSetUp;

        public Task<ObsResult> SetSourceVisibleAsync(string? scene, string source, bool visible, CancellationToken cancellationToken = default) => NotSetUp;

        public Task<ObsResult> SetTextAsync(string source, string text, CancellationToken cancellationToken = default) => NotSetUp;

        public Task<ObsResult> TriggerHotkeyAsync(string hotkeyName, CancellationToken cancellationToken = default) => NotSetUp;

        public Task<ObsResult> SetRecordingAsync(bool start, CancellationToken cancellationToken = default) => NotSetUp;

        public Task<ObsResult> SaveReplayBufferAsync(CancellationToken cancellationToken = default) => NotSetUp;
    }

    private sealed class NoSpeech : ISpeechRequests
    {
        public bool Enqueue(string text, string? voice = null, string? widgetSlug = null) => false;
    }
}

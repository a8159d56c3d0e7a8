using System.Collections.Concurrent;
using Overlay.Web.Tts.Engines;
using Overlay.Web.Tts.Synthesis;

namespace Overlay.Tests.Infrastructure;

/// <summary>
/// Speech for TTS state tests: every phrase "plays" for <see cref="Duration"/> (or null for phrases in
/// <see cref="Failing"/>), made at once; each call is recorded with the voice it asked for.
/// </summary>
public sealed class FakeSpeechClips : ISpeechClips
{
    private readonly ConcurrentQueue<(string Text, string? Voice, int Rate)> _calls = new();

    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(2);

    public HashSet<string> Failing { get; } = [];

    public IReadOnlyList<SpeechVoice> Voices { get; set; } = [];

    public string DefaultLanguage => "en";

    public IReadOnlyList<(string Text, string? Voice, int Rate)> Calls => [.. _calls];

    public Task<SpeechClipMade?> MakeAsync(string text, string? voice, int ratePercent, CancellationToken cancellationToken)
    {
        _calls.Enqueue((text, voice, ratePercent));
        var id = Overlay.Web.Tts.Audio.SpeechCache.IdFor("fake", voice, ratePercent, text);
        return Task.FromResult(Failing.Contains(text) ? null : new SpeechClipMade(id, "/tts/" + id + ".wav", Duration));
    }
}

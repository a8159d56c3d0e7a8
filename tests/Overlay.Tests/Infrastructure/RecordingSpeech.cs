using System.Collections.Concurrent;
using Overlay.Web.Tts;

namespace Overlay.Tests.Infrastructure;

/// <summary>An <see cref="ISpeechRequests"/> that keeps what it was asked to say and answers <see cref="Accepts"/>.</summary>
public sealed class RecordingSpeech : ISpeechRequests
{
    private readonly ConcurrentQueue<(string Text, string? Voice, string? Widget)> _said = new();

    public bool Accepts { get; set; } = true;

    public IReadOnlyList<(string Text, string? Voice, string? Widget)> Said => [.. _said];

    public bool Enqueue(string text, string? voice = null, string? widgetSlug = null)
    {
        _said.Enqueue((text, voice, widgetSlug));
        return Accepts;
    }
}

using Overlay.Web.Tts.Engines;

namespace Overlay.Web.Tts.Queue;

/// <summary>
/// A voice per viewer that stays the same across messages and restarts: a stable hash (FNV-1a, not the
/// per-process string hash) of the viewer's id over the installed voices of one language, so an English stream
/// does not hear a viewer in Swahili.
/// </summary>
public static class ViewerVoice
{
    public static string? Pick(string viewerKey, IReadOnlyList<SpeechVoice> voices, string language)
    {
        if (viewerKey.Length == 0 || voices.Count == 0)
        {
            return null;
        }
        var prefix = language.Split('-', '_')[0];
        var candidates = voices.Where(v => SameLanguage(v.Language, prefix)).OrderBy(v => v.Id, StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            candidates = [.. voices.OrderBy(v => v.Id, StringComparer.Ordinal)];
        }
        return candidates[(int)(Fnv1a(viewerKey) % (uint)candidates.Count)].Id;
    }

    /// <summary>The language of <paramref name="voice"/> among <paramref name="voices"/>, else <paramref name="fallback"/>.</summary>
    public static string LanguageOf(string? voice, IReadOnlyList<SpeechVoice> voices, string fallback) =>
        voices.FirstOrDefault(v => string.Equals(v.Id, voice, StringComparison.OrdinalIgnoreCase))?.Language is { Length: > 0 } language
            ? language : fallback;

    private static bool SameLanguage(string language, string prefix) =>
        language.Equals(prefix, StringComparison.OrdinalIgnoreCase)
        || (language.Length > prefix.Length && language.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && language[prefix.Length] is '-' or '_');

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }
}

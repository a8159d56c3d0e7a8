using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Overlay.Web.Storage;

namespace Overlay.Web.Tts.Audio;

/// <summary>
/// The spoken clips, as WAV files in a folder beside the settings file (owner-only on Unix), named by a hash of
/// what made them (engine, voice, rate, text), so a repeated phrase is made once. Bounded by total bytes: adding a
/// clip evicts the least recently used ones. Only files this cache wrote (and that passed the WAV check) are ever
/// handed out; an id is 32 hex digits, so a request can never name another file. Thread-safe.
/// </summary>
public sealed partial class SpeechCache
{
    public const string FolderName = "tts-cache";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly long _maxBytes;
    private long _totalBytes;
    private long _clock;

    public SpeechCache(string folder, long maxBytes)
    {
        Folder = folder;
        _maxBytes = maxBytes;
        Load();
    }

    public string Folder { get; }

    public long TotalBytes
    {
        get
        {
            lock (_gate)
            {
                return _totalBytes;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The folder beside <paramref name="settingsFile"/>.</summary>
    public static string FolderFor(string settingsFile) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settingsFile)) ?? ".", FolderName);

    /// <summary>The id of the clip for these inputs: the first 32 hex digits of their SHA-256.</summary>
    public static string IdFor(string engine, string? voice, int rate, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{engine}\n{voice}\n{rate}\n{text}")))[..32];

    public static bool IsId(string id) => IdPattern().IsMatch(id);

    /// <summary>The clip's file and length when the cache holds it; marks it used.</summary>
    public (string Path, WavInfo Info)? Find(string id)
    {
        if (!IsId(id))
        {
            return null;
        }
        lock (_gate)
        {
            if (!_entries.TryGetValue(id, out var entry))
            {
                return null;
            }
            _entries[id] = entry with { LastUsed = ++_clock };
            return (PathOf(id), entry.Info);
        }
    }

    /// <summary>A fresh temporary path in the cache folder for an engine to write to; <see cref="Commit"/> or delete it.</summary>
    public string TempPath(string id)
    {
        OwnerOnly.CreateFolder(Folder);
        return Path.Combine(Folder, $"{id}.{Guid.NewGuid():N}.tmp");
    }

    /// <summary>
    /// Takes the engine's output at <paramref name="tempPath"/> as clip <paramref name="id"/> when it is a playable
    /// WAV no bigger than the whole cache; null (and the file deleted) otherwise.
    /// </summary>
    public WavInfo? Commit(string id, string tempPath)
    {
        var info = WavInfo.Read(tempPath);
        long length;
        try
        {
            length = new FileInfo(tempPath).Length;
        }
        catch (IOException)
        {
            length = -1;
        }
        if (info is null || length <= 0 || length > _maxBytes || !IsId(id))
        {
            TryDelete(tempPath);
            return null;
        }
        lock (_gate)
        {
            var path = PathOf(id);
            try
            {
                File.Move(tempPath, path, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                TryDelete(tempPath);
                return null;
            }
            if (_entries.Remove(id, out var old))
            {
                _totalBytes -= old.Bytes;
            }
            _entries[id] = new Entry(length, info, ++_clock);
            _totalBytes += length;
            EvictOver(_maxBytes, keep: id);
        }
        return info;
    }

    // Under _gate.
    private void EvictOver(long limit, string keep)
    {
        while (_totalBytes > limit && _entries.Count > 1)
        {
            var oldest = _entries.Where(e => e.Key != keep).MinBy(e => e.Value.LastUsed);
            _entries.Remove(oldest.Key);
            _totalBytes -= oldest.Value.Bytes;
            TryDelete(PathOf(oldest.Key));
        }
    }

    // Clips from an earlier run count, oldest write first; leftovers of an interrupted write are removed.
    private void Load()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }
        try
        {
            foreach (var tmp in Directory.EnumerateFiles(Folder, "*.tmp"))
            {
                TryDelete(tmp);
            }
            var files = Directory.EnumerateFiles(Folder, "*.wav").Select(f => new FileInfo(f)).OrderBy(f => f.LastWriteTimeUtc).ToList();
            lock (_gate)
            {
                foreach (var file in files)
                {
                    var id = Path.GetFileNameWithoutExtension(file.Name);
                    if (IsId(id) && WavInfo.Read(file.FullName) is { } info)
                    {
                        _entries[id] = new Entry(file.Length, info, ++_clock);
                        _totalBytes += file.Length;
                    }
                }
                EvictOver(_maxBytes, keep: "");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder is an empty cache; writing to it reports the problem per clip.
        }
    }

    private string PathOf(string id) => Path.Combine(Folder, id + ".wav");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // In use (Windows, a page fetching it): the next start's scan counts or removes it.
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();

    private sealed record Entry(long Bytes, WavInfo Info, long LastUsed);
}

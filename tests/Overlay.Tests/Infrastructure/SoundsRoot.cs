namespace Overlay.Tests.Infrastructure;

/// <summary>A throwaway web root with a sounds/ folder holding the given (tiny, silent) files.</summary>
public static class SoundsRoot
{
    public static string Create(params string[] names) => Fill(Path.Combine(Path.GetTempPath(), "overlay-tests", Guid.NewGuid().ToString("N")), names);

    /// <summary>Adds the files under <paramref name="webRoot"/>/sounds and returns <paramref name="webRoot"/>.</summary>
    public static string Fill(string webRoot, params string[] names)
    {
        var dir = Path.Combine(webRoot, "sounds");
        Directory.CreateDirectory(dir);
        foreach (var name in names)
        {
            File.WriteAllBytes(Path.Combine(dir, name), SilentWav());
        }
        return webRoot;
    }

    /// <summary>A valid 0.2 s, 8 kHz, 8-bit mono WAV of silence, so a browser can load and play it.</summary>
    public static byte[] SilentWav()
    {
        const int samples = 1600;
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream);
        w.Write("RIFF"u8);
        w.Write(36 + samples);
        w.Write("WAVEfmt "u8);
        w.Write(16);
        w.Write((short)1);
        w.Write((short)1);
        w.Write(8000);
        w.Write(8000);
        w.Write((short)1);
        w.Write((short)8);
        w.Write("data"u8);
        w.Write(samples);
        w.Write(Enumerable.Repeat((byte)128, samples).ToArray());
        w.Flush();
        return stream.ToArray();
    }
}

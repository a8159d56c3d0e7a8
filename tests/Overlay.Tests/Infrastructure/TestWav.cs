namespace Overlay.Tests.Infrastructure;

/// <summary>Valid 16-bit mono PCM WAVs of a quiet tone, of any length, for the speech cache and fake engines.</summary>
public static class TestWav
{
    public static byte[] Tone(double seconds, int sampleRate = 22050)
    {
        var samples = (int)(seconds * sampleRate);
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream);
        w.Write("RIFF"u8);
        w.Write(36 + samples * 2);
        w.Write("WAVEfmt "u8);
        w.Write(16);
        w.Write((short)1);
        w.Write((short)1);
        w.Write(sampleRate);
        w.Write(sampleRate * 2);
        w.Write((short)2);
        w.Write((short)16);
        w.Write("data"u8);
        w.Write(samples * 2);
        for (var i = 0; i < samples; i++)
        {
            w.Write((short)(Math.Sin(i * 2 * Math.PI * 440 / sampleRate) * 2000));
        }
        w.Flush();
        return stream.ToArray();
    }
}

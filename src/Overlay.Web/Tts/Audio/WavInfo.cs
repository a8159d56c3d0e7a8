using System.Buffers.Binary;

namespace Overlay.Web.Tts.Audio;

/// <summary>
/// What a WAV file's header says: PCM format and how long it plays, read from the RIFF chunks (the "fmt " chunk's
/// byte rate and the "data" chunk's size). The server times each clip from this, so the queue needs no word from
/// the pages playing it.
/// </summary>
public sealed record WavInfo(int Channels, int SampleRate, int BitsPerSample, long DataBytes, TimeSpan Duration)
{
    /// <summary>The header of <paramref name="path"/>, or null when it is not a playable PCM WAV with sound in it.</summary>
    public static WavInfo? Read(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return Read(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static WavInfo? Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[12];
        if (stream.ReadAtLeast(header, 12, throwOnEndOfStream: false) < 12
            || !header[..4].SequenceEqual("RIFF"u8) || !header[8..12].SequenceEqual("WAVE"u8))
        {
            return null;
        }
        int channels = 0, sampleRate = 0, byteRate = 0, bits = 0;
        Span<byte> chunk = stackalloc byte[8];
        Span<byte> fmt = stackalloc byte[16];
        while (stream.ReadAtLeast(chunk, 8, throwOnEndOfStream: false) == 8)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (chunk[..4].SequenceEqual("fmt "u8))
            {
                if (size < 16 || stream.ReadAtLeast(fmt, 16, throwOnEndOfStream: false) < 16)
                {
                    return null;
                }
                var format = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
                // 1 = PCM, 0xFFFE = extensible (PCM inside); anything else a browser may not play.
                if (format is not (1 or 0xFFFE))
                {
                    return null;
                }
                channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]);
                sampleRate = BinaryPrimitives.ReadInt32LittleEndian(fmt[4..]);
                byteRate = BinaryPrimitives.ReadInt32LittleEndian(fmt[8..]);
                bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]);
                Skip(stream, size - 16 + (size & 1));
            }
            else if (chunk[..4].SequenceEqual("data"u8))
            {
                if (byteRate <= 0 || channels <= 0 || sampleRate <= 0)
                {
                    return null;
                }
                // A streamed WAV says 0 or 0xFFFFFFFF here: the data then runs to the end of the file.
                var left = stream.CanSeek ? stream.Length - stream.Position : size;
                long data = size is 0 or uint.MaxValue || size > left ? left : size;
                return data <= 0 ? null
                    : new WavInfo(channels, sampleRate, bits, data, TimeSpan.FromSeconds((double)data / byteRate));
            }
            else
            {
                Skip(stream, size + (size & 1));
            }
        }
        return null;
    }

    private static void Skip(Stream stream, long bytes)
    {
        if (stream.CanSeek)
        {
            stream.Seek(bytes, SeekOrigin.Current);
            return;
        }
        Span<byte> sink = stackalloc byte[512];
        while (bytes > 0 && stream.Read(sink[..(int)Math.Min(bytes, sink.Length)]) is var read and > 0)
        {
            bytes -= read;
        }
    }
}

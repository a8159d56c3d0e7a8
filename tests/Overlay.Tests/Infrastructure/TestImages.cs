using System.IO.Compression;

namespace Overlay.Tests.Infrastructure;

/// <summary>Small real pictures made in code: what a CDN would send, with magic bytes a browser and the sniffer accept.</summary>
public static class TestImages
{
    /// <summary>A 16×16 opaque red PNG.</summary>
    public static byte[] Png { get; } = MakePng(16, 16, 0xFF, 0x20, 0x40);

    /// <summary>Another PNG (a different colour and size), for a second gift.</summary>
    public static byte[] OtherPng { get; } = MakePng(24, 24, 0x20, 0xA0, 0xFF);

    /// <summary>A PNG of roughly <paramref name="kilobytes"/> KB (noise does not compress), for the cache's size cap.</summary>
    public static byte[] PngOfSize(int kilobytes)
    {
        var side = (int)Math.Sqrt(kilobytes * 1024 / 3.0) + 1;
        return MakePng(side, side, 0, 0, 0, noise: true);
    }

    private static byte[] MakePng(int width, int height, byte r, byte g, byte b, bool noise = false)
    {
        var random = new Random(width);
        var raw = new byte[height * (1 + width * 3)];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + width * 3);
            for (var x = 0; x < width; x++)
            {
                var at = row + 1 + x * 3;
                raw[at] = noise ? (byte)random.Next(256) : r;
                raw[at + 1] = noise ? (byte)random.Next(256) : g;
                raw[at + 2] = noise ? (byte)random.Next(256) : b;
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, (uint)width);
        WriteBigEndian(header, 4, (uint)height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        using (var data = new MemoryStream())
        {
            using (var zlib = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(raw);
            }
            Chunk(png, "IDAT", data.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, (uint)data.Length);
        png.Write(length);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(typed, 0);
        data.CopyTo(typed, 4);
        png.Write(typed);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, Crc32(typed));
        png.Write(crc);
    }

    // PNG's chunk checksum (ISO 3309 CRC-32), bit by bit: a few hundred bytes per picture.
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }

    private static void WriteBigEndian(byte[] buffer, int at, uint value) =>
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(at), value);
}

using System.Buffers.Binary;
using System.IO.Compression;

namespace Overlay.Tests.Infrastructure;

/// <summary>
/// Just enough of a PNG decoder to read pixels of a Playwright screenshot (8-bit RGB or RGBA, not interlaced),
/// so a test can check that an empty area is truly transparent.
/// </summary>
public sealed class BrowserPng
{
    private readonly byte[] _pixels;
    private readonly int _bytesPerPixel;

    private BrowserPng(int width, int height, int bytesPerPixel, byte[] pixels)
    {
        Width = width;
        Height = height;
        _bytesPerPixel = bytesPerPixel;
        _pixels = pixels;
    }

    public int Width { get; }
    public int Height { get; }

    public byte Alpha(int x, int y) => _bytesPerPixel == 4 ? _pixels[((y * Width) + x) * 4 + 3] : (byte)255;

    public static BrowserPng Decode(byte[] png)
    {
        var span = png.AsSpan();
        if (!span[..8].SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }))
        {
            throw new InvalidDataException("Not a PNG.");
        }
        int width = 0, height = 0, bytesPerPixel = 0;
        using var compressed = new MemoryStream();
        for (var at = 8; at < span.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(span[at..]);
            var type = System.Text.Encoding.ASCII.GetString(span.Slice(at + 4, 4));
            var data = span.Slice(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0 || (data[9] != 6 && data[9] != 2))
                {
                    throw new InvalidDataException("Only 8-bit RGB/RGBA, non-interlaced PNGs are supported.");
                }
                bytesPerPixel = data[9] == 6 ? 4 : 3;
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }
            at += 12 + length;
        }
        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        return new BrowserPng(width, height, bytesPerPixel, Unfilter(inflated.ToArray(), width, height, bytesPerPixel));
    }

    // PNG filters each scanline against the previous one (RFC 2083 §6); undo that row by row.
    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var src = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var up = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? row[i - bpp] : 0, above = up[i], upLeft = i >= bpp ? up[i - bpp] : 0;
                row[i] = (byte)(src[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => above,
                    3 => (left + above) / 2,
                    4 => Paeth(left, above, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                });
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

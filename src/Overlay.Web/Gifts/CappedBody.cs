namespace Overlay.Web.Gifts;

/// <summary>Reads an HTTP body up to a cap, whatever Content-Length claims; null when it is bigger.</summary>
public static class CappedBody
{
    public static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            return null;
        }
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                return null; // Stop reading: a huge body never fills memory or disk.
            }
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }
}

using System.Net.Http.Headers;

namespace Overlay.Web.Gifts;

/// <summary>
/// Fetches one picture into a file: a success status, a declared image type, a body no bigger than the cap (checked
/// while reading, whatever Content-Length claims) and first bytes that really are PNG, JPEG, GIF or WebP.
/// The caller's token carries the timeout.
/// </summary>
public sealed class GiftImageDownloader(IHttpClientFactory clients)
{
    public const string ClientName = "gift-images";

    public async Task<ImageDownload> DownloadAsync(Uri url, string file, long maxBytes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("image/webp"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("image/png"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("image/*", 0.8));
        using var response = await clients.CreateClient(ClientName)
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return ImageDownload.Failed($"the server answered {(int)response.StatusCode}");
        }
        var declared = response.Content.Headers.ContentType?.MediaType;
        if (!ImageSniffer.IsAllowedDeclared(declared))
        {
            return ImageDownload.Failed($"not a picture ({Shorten(declared ?? "no content type")})");
        }
        var body = await CappedBody.ReadAsync(response.Content, maxBytes, cancellationToken);
        if (body is null)
        {
            return ImageDownload.Failed($"bigger than {maxBytes / 1024} KB");
        }
        if (ImageSniffer.Sniff(body) is not { } type)
        {
            return ImageDownload.Failed("the body is not a PNG, JPEG, GIF or WebP picture");
        }
        await WriteOwnerOnlyAsync(file, body, cancellationToken);
        return new ImageDownload(type, body.Length, "");
    }

    private static async Task WriteOwnerOnlyAsync(string file, byte[] body, CancellationToken cancellationToken)
    {
        var part = file + ".part";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        await using (var stream = new FileStream(part, options))
        {
            await stream.WriteAsync(body, cancellationToken);
        }
        File.Move(part, file, overwrite: true);
    }

    private static string Shorten(string text) => new([.. text.Take(60).Select(c => char.IsControl(c) ? '?' : c)]);
}

using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Overlay.Web.Protocol;
using Overlay.Web.Upstream;

namespace Overlay.Web.Gifts;

/// <summary>
/// One request for the provider's gift list (protocol.md §10 "Gift list (REST)"), with a timeout on
/// <see cref="TimeProvider"/> and a body cap. Every failure becomes a sentence for the admin, never an exception;
/// the sentence never holds the key (the provider's own message is redacted too, in case it quotes the request).
/// </summary>
public sealed class GiftListClient(IHttpClientFactory clients, IOptions<GiftListOptions> options, TimeProvider time)
{
    public const string ClientName = "gift-list";

    public async Task<(IReadOnlyList<ImportedGift>? Gifts, GiftListProblem? Problem)> FetchAsync(
        Uri baseUri, string uniqueId, string apiKey, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = RequestUri(baseUri, uniqueId, apiKey);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.TimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var code = (int)response.StatusCode;
            switch (response.StatusCode)
            {
                case HttpStatusCode.Unauthorized:
                    return (null, new(GiftListProblem.RefusedKey));
                case HttpStatusCode.Forbidden:
                    return (null, new(GiftListProblem.NotInPlan));
                case HttpStatusCode.TooManyRequests:
                    return (null, new(GiftListProblem.Limited));
            }
            if (code is < 200 or > 299)
            {
                return (null, new(GiftListProblem.Answered, code));
            }
            var body = await CappedBody.ReadAsync(response.Content, settings.MaxBodyKilobytes * 1024L, linked.Token);
            if (body is null)
            {
                return (null, new(GiftListProblem.TooLarge, settings.MaxBodyKilobytes));
            }
            var answer = GiftListParser.Parse(body);
            if (answer.StatusCode != 0)
            {
                return (null, answer.Message.Length > 0
                    ? new(GiftListProblem.DeclinedSaying, answer.StatusCode, UrlRedactor.Redact(answer.Message, apiKey))
                    : new(GiftListProblem.Declined, answer.StatusCode));
            }
            return (answer.Gifts, null);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, new(GiftListProblem.Timeout, settings.TimeoutSeconds));
        }
        catch (JsonException)
        {
            return (null, new(GiftListProblem.NotAList));
        }
        catch (HttpRequestException ex)
        {
            // The error kind, not the message: a message may quote the address, which holds the key.
            return (null, new(GiftListProblem.Unreachable, ex.HttpRequestError.ToString()));
        }
    }

    /// <summary>
    /// GiftList:BaseUrl, else Upstream:Url's host with ws(s) turned into http(s); null when neither is an http(s)
    /// or ws(s) address.
    /// </summary>
    public static Uri? BaseFor(GiftListOptions list, UpstreamOptions upstream)
    {
        var text = list.BaseUrl.Trim().Length > 0 ? list.BaseUrl.Trim() : upstream.Url.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }
        var scheme = uri.Scheme switch
        {
            "https" or "wss" => "https",
            "http" or "ws" => "http",
            _ => null,
        };
        if (scheme is null)
        {
            return null;
        }
        // The socket's path and query are the socket's; the REST API lives at the host's root.
        var path = list.BaseUrl.Trim().Length > 0 ? uri.AbsolutePath.TrimEnd('/') : "";
        return new UriBuilder(scheme, uri.Host, uri.Port, path).Uri;
    }

    public static Uri RequestUri(Uri baseUri, string uniqueId, string apiKey) => new UriBuilder(baseUri)
    {
        Path = baseUri.AbsolutePath.TrimEnd('/') + GiftListOptions.Path,
        Query = "unique_id=" + Uri.EscapeDataString(uniqueId) + "&apiKey=" + Uri.EscapeDataString(apiKey),
    }.Uri;
}

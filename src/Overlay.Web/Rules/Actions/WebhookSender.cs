using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Model;
using Overlay.Widgets.Shared;

namespace Overlay.Web.Rules.Actions;

/// <summary>
/// POSTs a rule's event as JSON to its webhook (http or https only), signed with the action's secret when it has
/// one. Each attempt has <see cref="RulesOptions.TimeoutSeconds"/>; a network error, a timeout, 429 or a 5xx is
/// tried again up to <see cref="RulesOptions.WebhookRetries"/> times, 1 s, 2 s, 4 s … apart; any other answer is
/// final. Redirects are not followed (a signed body should reach the address the streamer typed). The error
/// returned names the status or the failure, never the URL's query or the secret.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, IOptions<RulesOptions> options, TimeProvider time)
{
    public const string ClientName = "rules-webhook";

    /// <summary>Null on success, else why not, in a sentence.</summary>
    public async Task<string?> SendAsync(RuleAction action, Rule rule, FiredEvent fired, CancellationToken cancellationToken)
    {
        if (HttpUrl.Normalize(action.Url) is not { } url)
        {
            return "The webhook URL is not an http:// or https:// address.";
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(WebhookPayload.From(rule, fired, time.GetUtcNow()), RulesJson.Default.WebhookPayload);
        var signature = action.Secret.Length > 0 ? WebhookSignature.For(body, action.Secret) : null;
        var retries = options.Value.WebhookRetries;
        string? problem = null;
        for (var attempt = 0; attempt <= retries; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(1 << (attempt - 1)), time, cancellationToken);
            }
            (problem, var retry) = await AttemptAsync(url, body, signature, cancellationToken);
            if (problem is null || !retry)
            {
                return problem;
            }
        }
        return retries == 0 ? problem : problem + $" (tried {retries + 1} times)";
    }

    private async Task<(string? Problem, bool Retry)> AttemptAsync(string url, byte[] body, string? signature, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.TimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        request.Headers.UserAgent.ParseAdd("TikTokLiveOverlay-Rules/1");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(WebhookSignature.Header, signature);
        }
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (response.IsSuccessStatusCode)
            {
                return (null, false);
            }
            var status = (int)response.StatusCode;
            return ($"The webhook answered {status} {response.ReasonPhrase}.", status == (int)HttpStatusCode.TooManyRequests || status >= 500);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ($"The webhook did not answer within {options.Value.TimeoutSeconds} s.", true);
        }
        catch (HttpRequestException ex)
        {
            return ($"The webhook could not be reached ({ex.HttpRequestError}).", true);
        }
    }
}

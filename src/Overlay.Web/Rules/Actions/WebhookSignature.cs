using System.Security.Cryptography;
using System.Text;

namespace Overlay.Web.Rules.Actions;

/// <summary>
/// The webhook's signature header, as GitHub signs its webhooks: <c>X-Overlay-Signature: sha256=&lt;hex&gt;</c>, the
/// HMAC-SHA256 of the exact body bytes with the rule's secret. A receiver recomputes it to know the call is ours.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-Overlay-Signature";

    public static string For(ReadOnlySpan<byte> body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}

namespace Overlay.Web.Security;

/// <summary>
/// Headers that proxies and tunnels add. A tunnel agent on this computer (ngrok, cloudflared, a VS Code port
/// forward) connects from 127.0.0.1 but carries internet requests, and sets some of these; a browser never does.
/// </summary>
public static class ProxyHeaders
{
    public const string ForwardedFor = "X-Forwarded-For";
    public const string ForwardedProto = "X-Forwarded-Proto";

    public static readonly string[] Names =
    [
        "Forwarded", ForwardedFor, "X-Forwarded-Host", ForwardedProto, "X-Forwarded-Port", "X-Forwarded-Server",
        "X-Real-IP", "X-Client-IP", "X-Cluster-Client-IP", "X-Original-Forwarded-For", "X-Original-For",
        "True-Client-IP", "CF-Connecting-IP", "Fastly-Client-IP", "X-ProxyUser-Ip", "Via",
    ];

    public static bool AnyIn(IHeaderDictionary headers)
    {
        foreach (var name in Names)
        {
            if (headers.ContainsKey(name))
            {
                return true;
            }
        }
        return false;
    }
}

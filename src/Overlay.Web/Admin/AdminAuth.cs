using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Overlay.Web.Security;

namespace Overlay.Web.Admin;

/// <summary>
/// The admin cookie. It carries a fingerprint of the password it was issued for, so changing Admin:Password
/// signs every other device out without a restart.
/// </summary>
public static class AdminAuth
{
    public const string Scheme = "OverlayAdmin";
    public const string CookieName = "overlay_admin";
    private const string PasswordClaim = "overlay:pw";
    private const string PeerScheme = "OverlayPeer";
    private const string PeerClaim = "overlay:peer";
    private const string LocalClaim = "overlay:local";

    public static bool PasswordMatches(string attempt, string password) =>
        CryptographicOperations.FixedTimeEquals(Hash(attempt), Hash(password));

    public static ClaimsPrincipal Principal(string password) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(PasswordClaim, Fingerprint(password))], Scheme));

    public static bool IsSignedIn(ClaimsPrincipal user, string password) =>
        user.Identity?.IsAuthenticated == true
        && user.FindFirst(PasswordClaim)?.Value is { } fingerprint
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(fingerprint), Encoding.ASCII.GetBytes(Fingerprint(password)));

    /// <summary>
    /// The request's peer (its address, and whether it is this computer) as an identity of its own, added by the
    /// server on every request.
    /// </summary>
    public static ClaimsIdentity PeerIdentity(RequestPeer peer) =>
        new([
            new Claim(PeerClaim, peer.Address is { } address ? HostNames.Address(address) : ""),
            new Claim(LocalClaim, peer.IsThisComputer ? "1" : "0"),
        ], PeerScheme);

    /// <summary>The peer address the server put on <paramref name="user"/>; null when it carries none.</summary>
    public static string? PeerAddress(ClaimsPrincipal user) => ServerPeer(user)?.FindFirst(PeerClaim)?.Value;

    /// <summary>
    /// Whether <paramref name="user"/> (a request's, or a circuit's, which is its connection's) may use the admin:
    /// from this computer, or signed in while a password is set. Only the identity the server added counts.
    /// </summary>
    public static bool MayUseAdmin(ClaimsPrincipal user, string? password)
    {
        if (ServerPeer(user)?.FindFirst(LocalClaim)?.Value == "1")
        {
            return true;
        }
        return !string.IsNullOrEmpty(password) && IsSignedIn(user, password);
    }

    private static ClaimsIdentity? ServerPeer(ClaimsPrincipal user) =>
        user.Identities.FirstOrDefault(i => i.AuthenticationType == PeerScheme);

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));

    private static string Fingerprint(string password) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("overlay-admin-cookie:" + password)));
}

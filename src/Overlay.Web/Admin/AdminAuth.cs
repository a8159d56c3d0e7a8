using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

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

    public static bool PasswordMatches(string attempt, string password) =>
        CryptographicOperations.FixedTimeEquals(Hash(attempt), Hash(password));

    public static ClaimsPrincipal Principal(string password) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(PasswordClaim, Fingerprint(password))], Scheme));

    public static bool IsSignedIn(ClaimsPrincipal user, string password) =>
        user.Identity?.IsAuthenticated == true
        && user.FindFirst(PasswordClaim)?.Value is { } fingerprint
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(fingerprint), Encoding.ASCII.GetBytes(Fingerprint(password)));

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));

    private static string Fingerprint(string password) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("overlay-admin-cookie:" + password)));
}

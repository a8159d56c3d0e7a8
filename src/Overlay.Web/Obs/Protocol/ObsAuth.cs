using System.Security.Cryptography;
using System.Text;

namespace Overlay.Web.Obs.Protocol;

/// <summary>obs-websocket v5's authentication string (protocol.md, "Creating an authentication string").</summary>
public static class ObsAuth
{
    /// <summary>base64(sha256(base64(sha256(password + salt)) + challenge)).</summary>
    public static string Compute(string password, string salt, string challenge)
    {
        var secret = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(password + salt)));
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(secret + challenge)));
    }
}

using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Overlay.Web.Storage;

/// <summary>
/// Encrypts the secrets kept in the settings file (the API key, the JWT, the fingerprint key) with ASP.NET Core
/// Data Protection, whose key ring lives beside the file (<see cref="KeyRingFolder"/>; DPAPI-protected on
/// Windows). A copied settings file alone then gives nothing away. A secret the ring cannot decrypt (the ring
/// was deleted or damaged, or the file came from another PC) reads as empty and sets <see cref="Problem"/>, so
/// the admin asks for the key again; nothing else in the store is affected.
/// </summary>
public sealed partial class SecretProtector(IDataProtectionProvider provider, ILogger<SecretProtector> logger)
{
    /// <summary>Marks an encrypted value; a value without it is plain text from before encryption, to migrate.</summary>
    public const string Prefix = "dp1:";

    public const string UnreadableMessage =
        "The saved API key could not be decrypted: the key ring beside the settings file was deleted or damaged, or the " +
        "settings file came from another computer. Re-enter your key (and JWT) and save.";

    private readonly IDataProtector _protector = provider.CreateProtector("Overlay.Storage.Secrets.v1");
    private volatile string? _problem;

    /// <summary>Set when a stored secret could not be decrypted, until a new one is saved.</summary>
    public string? Problem => _problem;

    public string Protect(string plain)
    {
        if (plain.Length == 0)
        {
            return "";
        }
        try
        {
            return Prefix + _protector.Protect(plain);
        }
        catch (Exception ex) when (ex is CryptographicException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Refusing to save beats writing the key in plain text.
            LogProtectFailed(logger, ex.GetType().Name);
            throw new StoreUnavailableException(
                "The API key could not be encrypted for saving (the key ring beside the settings file is not usable: " +
                ex.GetType().Name + "). Check that folder's permissions, or move it aside and restart.", ex);
        }
    }

    /// <summary>
    /// The plain value, and whether it was stored in plain text (and so should be re-saved encrypted). An
    /// unreadable value is empty; unless <paramref name="quiet"/>, it also sets <see cref="Problem"/>.
    /// </summary>
    public (string Value, bool WasPlain) Unprotect(string stored, bool quiet = false)
    {
        if (stored.Length == 0)
        {
            return ("", false);
        }
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return (stored, true);
        }
        try
        {
            return (_protector.Unprotect(stored[Prefix.Length..]), false);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            if (!quiet)
            {
                if (_problem is null)
                {
                    LogUnreadable(logger, ex.GetType().Name);
                }
                _problem = UnreadableMessage;
            }
            return ("", false);
        }
    }

    /// <summary>The streamer saved new secrets: the old, unreadable ones no longer matter.</summary>
    public void ClearProblem() => _problem = null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "A saved secret could not be decrypted ({Error}); the admin asks for the key again")]
    private static partial void LogUnreadable(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "A secret could not be encrypted for saving ({Error})")]
    private static partial void LogProtectFailed(ILogger logger, string error);
}

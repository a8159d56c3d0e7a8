using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Overlay.Web.Backup;

/// <summary>
/// The backup's secrets, sealed with a passphrase the user types: AES-256-GCM under a PBKDF2-SHA256 key. The
/// file carries the salt, nonce and iteration count; the iteration count read from a file is bounded, so a hostile
/// file cannot make the app spin for minutes.
/// </summary>
public static class BackupSecretBox
{
    public const int MinPassphraseLength = 8;
    public const int Iterations = 600_000;
    private const int MaxIterations = 5_000_000;
    private const int MinIterations = 100_000;
    private const int MaxSealedBytes = 256 * 1024;

    public static JsonObject Seal(IReadOnlyDictionary<string, string> secrets, string passphrase, int iterations = Iterations)
    {
        if (passphrase.Length < MinPassphraseLength)
        {
            throw new ArgumentException($"The passphrase needs at least {MinPassphraseLength} characters.", nameof(passphrase));
        }
        var salt = RandomNumberGenerator.GetBytes(16);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var plain = JsonSerializer.SerializeToUtf8Bytes(new JsonObject(secrets.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))));
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(Key(passphrase, salt, iterations), tag.Length))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }
        CryptographicOperations.ZeroMemory(plain);
        return new JsonObject
        {
            ["cipher"] = "AES-256-GCM",
            ["kdf"] = "PBKDF2-SHA256",
            ["iterations"] = iterations,
            ["salt"] = Convert.ToBase64String(salt),
            ["nonce"] = Convert.ToBase64String(nonce),
            ["tag"] = Convert.ToBase64String(tag),
            ["data"] = Convert.ToBase64String(cipher),
        };
    }

    /// <exception cref="BackupFormatException">A damaged box, or the wrong passphrase.</exception>
    public static IReadOnlyDictionary<string, string> Open(JsonNode box, string passphrase)
    {
        var iterations = BackupJson.Integer(box, "iterations") ?? 0;
        if (BackupJson.Text(box, "cipher") != "AES-256-GCM" || BackupJson.Text(box, "kdf") != "PBKDF2-SHA256"
            || iterations is < MinIterations or > MaxIterations)
        {
            throw new BackupFormatException("The file's secrets are sealed in a way this version does not know.");
        }
        try
        {
            var salt = Convert.FromBase64String(BackupJson.Text(box, "salt") ?? "");
            var nonce = Convert.FromBase64String(BackupJson.Text(box, "nonce") ?? "");
            var tag = Convert.FromBase64String(BackupJson.Text(box, "tag") ?? "");
            var cipher = Convert.FromBase64String(BackupJson.Text(box, "data") ?? "");
            if (cipher.Length > MaxSealedBytes || salt.Length < 16)
            {
                throw new BackupFormatException("The file's secrets are damaged.");
            }
            var plain = new byte[cipher.Length];
            using (var aes = new AesGcm(Key(passphrase, salt, (int)iterations), tag.Length))
            {
                aes.Decrypt(nonce, cipher, tag, plain);
            }
            var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
            if (JsonNode.Parse(plain) is JsonObject values)
            {
                foreach (var (name, value) in values)
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        secrets[name] = text;
                    }
                }
            }
            CryptographicOperations.ZeroMemory(plain);
            return secrets;
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new BackupFormatException("Wrong passphrase: the file's secrets could not be opened.");
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException or CryptographicException)
        {
            throw new BackupFormatException("The file's secrets are damaged.");
        }
    }

    private static byte[] Key(string passphrase, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase), salt, iterations, HashAlgorithmName.SHA256, 32);
}

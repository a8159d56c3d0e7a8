namespace Overlay.Web.Admin;

/// <summary>What the admin may show about a stored key: whether it is set, and for long keys the last 4 characters.</summary>
public static class SecretMask
{
    public const int MinLengthToShowTail = 12;

    public static string Describe(string secret) =>
        string.IsNullOrEmpty(secret) ? "not set"
        : secret.Length >= MinLengthToShowTail ? $"set (ends in …{secret[^4..]})"
        : "set";
}

using Overlay.Web.Storage;

namespace Overlay.Web.Admin;

/// <summary>
/// What the admin form submits. The keys are write-only: null keeps the stored key, so the form never needs to
/// receive it; <see cref="ClearApiKey"/> removes it.
/// </summary>
public sealed class ConnectionSettingsEdit
{
    public const int MaxUniqueIdLength = 64;
    public const int MaxKeyLength = 4096;

    public string UniqueId { get; init; } = "";

    public bool Demo { get; init; }

    public string? NewApiKey { get; init; }

    public bool ClearApiKey { get; init; }

    public string? NewJwtKey { get; init; }

    public bool ClearJwtKey { get; init; }

    /// <summary>Leading @ removed (protocol.md §1), whitespace trimmed.</summary>
    public string NormalizedUniqueId => UniqueId.Trim().TrimStart('@');

    /// <summary>Problems a streamer can fix in the form; empty when the edit can be saved.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        var id = NormalizedUniqueId;
        if (id.Length > MaxUniqueIdLength)
        {
            errors.Add($"The TikTok username is longer than {MaxUniqueIdLength} characters.");
        }
        if (id.Any(char.IsWhiteSpace) || id.Any(char.IsControl))
        {
            errors.Add("The TikTok username cannot contain spaces.");
        }
        foreach (var (key, label) in new[] { (NewApiKey, "API key"), (NewJwtKey, "JWT") })
        {
            if (key is { Length: > MaxKeyLength })
            {
                errors.Add($"The {label} is too long.");
            }
            else if (key is not null && (key.Trim().Any(char.IsWhiteSpace) || key.Any(char.IsControl)))
            {
                errors.Add($"The {label} cannot contain spaces or line breaks.");
            }
        }
        return errors;
    }

    public StoredConnectionSettings ApplyTo(StoredConnectionSettings current) => new()
    {
        UniqueId = NormalizedUniqueId,
        Demo = Demo,
        ApiKey = ClearApiKey ? "" : string.IsNullOrWhiteSpace(NewApiKey) ? current.ApiKey : NewApiKey.Trim(),
        JwtKey = ClearJwtKey ? "" : string.IsNullOrWhiteSpace(NewJwtKey) ? current.JwtKey : NewJwtKey.Trim(),
    };
}

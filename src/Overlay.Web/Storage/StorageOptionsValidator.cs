using Microsoft.Extensions.Options;

namespace Overlay.Web.Storage;

/// <summary>Checks <see cref="StorageOptions"/> at start, with messages a streamer can act on.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return StorageOptions.DefaultPath().Length > 0
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    "This system has no per-user data folder. Set Storage:Path to a full file path, e.g. /home/me/overlay.db.");
        }
        if (!System.IO.Path.IsPathFullyQualified(options.Path))
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Path '{options.Path}' is not a full path. Use a full file path such as C:\\Overlay\\overlay.db, or remove the setting.");
        }
        if (options.Path.EndsWith(System.IO.Path.DirectorySeparatorChar) || options.Path.EndsWith(System.IO.Path.AltDirectorySeparatorChar)
            || Directory.Exists(options.Path))
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Path '{options.Path}' is a folder. Point it at a file inside it, e.g. {System.IO.Path.Combine(options.Path, StorageOptions.FileName)}.");
        }
        return ValidateOptionsResult.Success;
    }
}

using Microsoft.Extensions.Options;

namespace Overlay.Web.Recording;

/// <summary>Checks the record and replay keys of the <c>Upstream</c> section at start.</summary>
public sealed class RecordingOptionsValidator : IValidateOptions<RecordingOptions>
{
    public ValidateOptionsResult Validate(string? name, RecordingOptions options)
    {
        var failures = new List<string>();
        if (options.RecordMaxMegabytes is < 1 or > 10_000)
        {
            failures.Add("Upstream:RecordMaxMegabytes must be between 1 and 10000.");
        }
        if (!Recording.ReplaySpeed.TryParse(options.ReplaySpeed, out _))
        {
            failures.Add("Upstream:ReplaySpeed must be 1, 5 (or another factor from 0.1 to 1000) or max.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

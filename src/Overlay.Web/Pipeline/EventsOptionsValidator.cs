using Microsoft.Extensions.Options;

namespace Overlay.Web.Pipeline;

/// <summary>Checks the <c>Events</c> section at start; the message names the key and the bad value.</summary>
public sealed class EventsOptionsValidator : IValidateOptions<EventsOptions>
{
    public ValidateOptionsResult Validate(string? name, EventsOptions options)
    {
        var quiet = options.ComboQuietSeconds;
        return quiet is >= EventsOptions.MinComboQuietSeconds and <= EventsOptions.MaxComboQuietSeconds
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{EventsOptions.SectionName}:ComboQuietSeconds must be between {EventsOptions.MinComboQuietSeconds} and {EventsOptions.MaxComboQuietSeconds}, got {quiet}.");
    }
}

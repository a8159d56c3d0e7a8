using Overlay.Web.Settings;
using Microsoft.Extensions.Options;

namespace Overlay.Web.Widgets;

/// <summary>Checks the <c>Widgets</c> section at start, reporting every bad key at once.</summary>
public sealed class WidgetOptionsValidator : IValidateOptions<WidgetOptions>
{
    public ValidateOptionsResult Validate(string? name, WidgetOptions options)
    {
        const string root = WidgetOptions.SectionName;
        // The kinds with a default instance are the ones the section configures.
        string[] failures =
        [
            .. WidgetKinds.All.Where(k => k.DefaultSlug is not null)
                .SelectMany(k => k.Validate(k.DefaultSettings(options), $"{root}:{k.Name}")),
        ];
        return failures.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

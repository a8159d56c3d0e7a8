using Overlay.Web.Settings;
using Microsoft.Extensions.Options;

namespace Overlay.Web.Widgets;

/// <summary>Checks the <c>Widgets</c> section at start, reporting every bad key at once.</summary>
public sealed class WidgetOptionsValidator : IValidateOptions<WidgetOptions>
{
    public ValidateOptionsResult Validate(string? name, WidgetOptions options)
    {
        const string root = WidgetOptions.SectionName;
        string[] failures =
        [
            .. WidgetSettingsValidator.Validate(options.GiftAlert, $"{root}:GiftAlert"),
            .. WidgetSettingsValidator.Validate(options.ChatTicker, $"{root}:ChatTicker"),
            .. WidgetSettingsValidator.Validate(options.LikeGoal, $"{root}:LikeGoal"),
        ];
        return failures.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

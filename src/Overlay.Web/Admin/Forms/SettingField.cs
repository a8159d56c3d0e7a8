using System.Globalization;
using Overlay.Web.Localization;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Web.Admin.Forms;

/// <summary>
/// One setting of a widget kind: how the form shows it (kind, label, help), its allowed range, and how it is read
/// from and written to the settings record. Values travel as long (Integer), double (Decimal), string (Text, and
/// Choice: the choice's value) or bool.
/// </summary>
public sealed class SettingField
{
    public required string Key { get; init; }

    public required string Label { get; init; }

    public required string Help { get; init; }

    public required SettingKind Kind { get; init; }

    /// <summary>Inclusive range for Integer and Decimal.</summary>
    public double Min { get; init; }

    public double Max { get; init; }

    /// <summary>For the string kinds: the longest value allowed.</summary>
    public int MaxLength { get; init; }

    /// <summary>For Choice: the allowed values, each with the label the form shows.</summary>
    public IReadOnlyList<SettingChoice> Choices { get; init; } = [];

    /// <summary>A heading the form shows above the first field of a group (e.g. "Look").</summary>
    public string? Group { get; init; }

    /// <summary>For Text: the built-in text this field starts as, swapped for the new language's while left untouched.</summary>
    public WidgetText? DefaultText { get; init; }

    /// <summary>A check beyond the range or length (colour syntax, font names): null or the message.</summary>
    public Func<object, string?>? Rule { get; init; }

    public required Func<object, object> Get { get; init; }

    public required Func<object, object, object> Set { get; init; }

    public object Read(object settings) => Get(settings);

    /// <summary>Null when <paramref name="value"/> is allowed, else a message naming the field and its range.</summary>
    public string? Check(object? value) => Problem(value)?.ToString() ?? (value is not null ? Rule?.Invoke(value) : null);

    /// <summary>
    /// The range, length or choice problem of <paramref name="value"/> as a translatable text (its English is
    /// what <see cref="Check"/> says), or null. The label is an argument the admin translates too.
    /// </summary>
    public LocalText? Problem(object? value) => (Kind, value) switch
    {
        (SettingKind.Integer, long n) when n < Min || n > Max => Between(),
        (SettingKind.Integer, long) => null,
        (SettingKind.Decimal, double d) when double.IsNaN(d) || d < Min || d > Max => Between(),
        (SettingKind.Decimal, double) => null,
        (SettingKind.Text or SettingKind.Color or SettingKind.Font or SettingKind.Css or SettingKind.Sound or SettingKind.Image or SettingKind.Video, string s)
            when s.Length > MaxLength => new("{0} must be at most {1:#,0} characters.", new LocalText(Label), MaxLength),
        (SettingKind.Text or SettingKind.Color or SettingKind.Font or SettingKind.Css or SettingKind.Sound or SettingKind.Image or SettingKind.Video, string) => null,
        (SettingKind.GiftVariations, IReadOnlyList<Overlay.Widgets.GiftAlert.GiftVariation>) => null,
        (SettingKind.Switch, bool) => null,
        (SettingKind.Choice, string s) when Choices.Any(c => c.Value == s) => null,
        (SettingKind.Choice, string) => new("{0} must be one of: {1}.", new LocalText(Label), string.Join(", ", Choices.Select(c => c.Label))),
        _ => new("{0} needs a value.", new LocalText(Label)),
    };

    // Min and Max as numbers: "#,0.###" groups them in the reader's culture (invariant for the log).
    private LocalText Between() => new("{0} must be between {1:#,0.###} and {2:#,0.###}.", new LocalText(Label), Min, Max);
}

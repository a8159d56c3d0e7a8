namespace Overlay.Web.Admin.Forms;

/// <summary>Which input the generated form shows for a setting.</summary>
public enum SettingKind
{
    Text,
    Integer,
    Decimal,
    Switch,

    /// <summary>One of a fixed list (<see cref="SettingField.Choices"/>), e.g. an enum.</summary>
    Choice,

    /// <summary>A CSS colour (string), empty for the widget's default: a text field with a swatch and a picker.</summary>
    Color,

    /// <summary>Font family names (string): a list of common fonts that also takes free text.</summary>
    Font,

    /// <summary>Multi-line CSS (string).</summary>
    Css,

    /// <summary>A file name (string) from the top-level wwwroot/sounds folder.</summary>
    Sound,

    /// <summary>A file name from wwwroot/images, or empty.</summary>
    Image,

    /// <summary>A file name from wwwroot/videos, or empty.</summary>
    Video,

    /// <summary>The alert box's gift variation rules (an IReadOnlyList of GiftVariation).</summary>
    GiftVariations,
}

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
}

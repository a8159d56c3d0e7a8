namespace Overlay.Web.Admin.Forms;

/// <summary>Which input the generated form shows for a setting.</summary>
public enum SettingKind
{
    Text,
    Integer,
    Decimal,
    Switch,
}

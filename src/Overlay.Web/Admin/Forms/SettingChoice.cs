namespace Overlay.Web.Admin.Forms;

/// <summary>One option of a Choice setting: the stored value and what the form shows for it.</summary>
public sealed record SettingChoice(string Value, string Label);

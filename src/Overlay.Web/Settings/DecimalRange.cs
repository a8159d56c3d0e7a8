namespace Overlay.Web.Settings;

/// <summary>An inclusive range of a decimal setting, shared by the admin form and the record validator like <see cref="IntRange"/>.</summary>
public sealed record DecimalRange(double Min, double Max)
{
    /// <summary>False for NaN, which no comparison lets through.</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}

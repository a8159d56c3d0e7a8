namespace Overlay.Web.Components;

/// <summary>Where widget pages live. App.razor gives every page under it the transparent OBS head.</summary>
public static class WidgetRoutes
{
    public const string Prefix = "/widgets";

    public static string For(string slug) => $"{Prefix}/{Uri.EscapeDataString(slug)}";
}

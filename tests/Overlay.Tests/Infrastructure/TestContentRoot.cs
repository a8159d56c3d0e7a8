namespace Overlay.Tests.Infrastructure;

/// <summary>A throwaway content root with an empty appsettings.json and wwwroot/, so tests never read the user's.</summary>
public static class TestContentRoot
{
    public static string Create()
    {
        var dir = Path.Combine(Path.GetTempPath(), "overlay-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "wwwroot"));
        File.WriteAllText(Path.Combine(dir, "appsettings.json"), "{}");
        return dir;
    }
}

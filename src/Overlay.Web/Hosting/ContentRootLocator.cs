namespace Overlay.Web.Hosting;

/// <summary>
/// Finds the folder that holds the top-level appsettings.json and wwwroot/.
/// <c>dotnet run --project src/Overlay.Web</c> would make the project folder the content root, so the app would
/// read src/Overlay.Web/appsettings.json (which does not exist) and serve no user files. Walking up from the
/// working directory and from the build output to the folder with Overlay.sln finds the repository's top level;
/// a published copy (no Overlay.sln above it) keeps its own folder.
/// </summary>
public static class ContentRootLocator
{
    public const string MarkerFile = "Overlay.sln";

    public static string Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, MarkerFile)))
                {
                    return dir.FullName;
                }
            }
        }
        return AppContext.BaseDirectory;
    }
}

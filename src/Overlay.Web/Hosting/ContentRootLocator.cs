namespace Overlay.Web.Hosting;

/// <summary>
/// Finds the folder that holds the top-level appsettings.json and wwwroot/.
/// A published copy carries both beside the app (the csproj's shipped files), so its own folder wins, wherever it
/// is started from: a streamer double-clicks it, or starts it from a terminal in another folder.
/// <c>dotnet run --project src/Overlay.Web</c> would make the project folder the content root, so the app would
/// read src/Overlay.Web/appsettings.json (which does not exist) and serve no user files; walking up from the
/// working directory and from the build output to the folder with Overlay.sln finds the repository's top level.
/// </summary>
public static class ContentRootLocator
{
    public const string MarkerFile = "Overlay.sln";

    public static string Locate() => Locate(AppContext.BaseDirectory, Directory.GetCurrentDirectory());

    public static string Locate(string appFolder, string workingDirectory)
    {
        if (IsPublishedCopy(appFolder))
        {
            return appFolder;
        }
        foreach (var start in new[] { workingDirectory, appFolder })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, MarkerFile)))
                {
                    return dir.FullName;
                }
            }
        }
        return appFolder;
    }

    /// <summary>A build output has neither file beside the app; only a publish puts them there.</summary>
    public static bool IsPublishedCopy(string appFolder) =>
        File.Exists(Path.Combine(appFolder, "appsettings.json")) && Directory.Exists(Path.Combine(appFolder, "wwwroot"));
}

namespace Overlay.Bench;

/// <summary>Where the things the harness launches and writes live, found from the build output upwards.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The app as the contract states it: the Release build output of src/Overlay.Web.</summary>
    public static string AppDll => Path.Combine(Root, "src", "Overlay.Web", "bin", "Release", "net10.0", "Overlay.Web.dll");

    /// <summary>Built by the bench's project reference in the same configuration as the bench.</summary>
    public static string RelayDll => Path.Combine(Root, "bench", "Overlay.Relay", "bin", Configuration, "net10.0", "Overlay.Relay.dll");

    /// <summary>Built like the relay.</summary>
    public static string BlazorFloorDll => Path.Combine(Root, "bench", "Overlay.BlazorFloor", "bin", Configuration, "net10.0", "Overlay.BlazorFloor.dll");

    public static string Results => Directory.CreateDirectory(Path.Combine(Root, "bench", "results")).FullName;

    public static string Logs => Directory.CreateDirectory(Path.Combine(Results, "logs")).FullName;

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Overlay.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new HarnessException("Overlay.sln not found above the bench's build output or the working directory");
    }
}

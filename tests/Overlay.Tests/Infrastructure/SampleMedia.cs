using Overlay.Web.Hosting;

namespace Overlay.Tests.Infrastructure;

/// <summary>The sample alert media the repository ships (wwwroot/videos/ring.webm, wwwroot/images/pulse.gif).</summary>
public static class SampleMedia
{
    public const string Video = "ring.webm";
    public const string Image = "pulse.gif";

    /// <summary>Copies the shipped samples into a test content root's wwwroot and returns that content root.</summary>
    public static string CopyInto(string contentRoot)
    {
        var shipped = Path.Combine(ContentRootLocator.Locate(), "wwwroot");
        foreach (var file in new[] { Path.Combine("videos", Video), Path.Combine("images", Image) })
        {
            var target = Path.Combine(contentRoot, "wwwroot", file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(shipped, file), target, overwrite: true);
        }
        return contentRoot;
    }
}

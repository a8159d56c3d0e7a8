namespace Overlay.Web.Obs.Setup;

/// <summary>Where one source goes on the canvas: top-left corner and uniform scale.</summary>
public sealed record ObsPlacement(double X, double Y, double Scale);

/// <summary>
/// "Set up everything" lays the widgets out in a grid over the 1920×1080 canvas, in the admin's order, each scaled
/// down to fit its cell and centred in it, so none overlaps another and the streamer starts from a tidy scene.
/// </summary>
public static class ObsLayout
{
    public const int CanvasWidth = 1920;
    public const int CanvasHeight = 1080;

    public static IReadOnlyList<ObsPlacement> Grid(IReadOnlyList<(int Width, int Height)> sizes)
    {
        if (sizes.Count == 0)
        {
            return [];
        }
        var columns = (int)Math.Ceiling(Math.Sqrt(sizes.Count));
        var rows = (int)Math.Ceiling(sizes.Count / (double)columns);
        var cellWidth = CanvasWidth / (double)columns;
        var cellHeight = CanvasHeight / (double)rows;
        var placements = new List<ObsPlacement>(sizes.Count);
        for (var i = 0; i < sizes.Count; i++)
        {
            var (width, height) = sizes[i];
            var scale = Math.Min(1, Math.Min(cellWidth / width, cellHeight / height));
            var x = i % columns * cellWidth + (cellWidth - width * scale) / 2;
            var y = i / columns * cellHeight + (cellHeight - height * scale) / 2;
            placements.Add(new ObsPlacement(Math.Round(x), Math.Round(y), Math.Floor(scale * 10_000) / 10_000));
        }
        return placements;
    }
}

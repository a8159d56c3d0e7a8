using Overlay.Web.Obs.Setup;

namespace Overlay.Tests.Obs;

public sealed class ObsLayoutTests
{
    [Fact]
    public void Nine_800x600_widgets_fill_a_3x3_grid_scaled_to_fit()
    {
        var grid = ObsLayout.Grid([.. Enumerable.Repeat((800, 600), 9)]);

        Assert.Equal(9, grid.Count);
        Assert.All(grid, p => Assert.Equal(0.6, p.Scale));
        Assert.Equal(new ObsPlacement(80, 0, 0.6), grid[0]);
        Assert.Equal(new ObsPlacement(1360, 720, 0.6), grid[8]);
    }

    [Fact]
    public void One_widget_keeps_its_size_centred_on_the_canvas()
    {
        Assert.Equal([new ObsPlacement(560, 240, 1)], ObsLayout.Grid([(800, 600)]));
    }
}

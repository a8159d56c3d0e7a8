using Overlay.Web.Storage;

namespace Overlay.Tests.Storage;

public sealed class StorageOptionsValidatorTests
{
    private readonly StorageOptionsValidator _validator = new();

    [Fact]
    public void Default_path_is_in_the_per_user_data_folder_not_the_repository()
    {
        var path = new StorageOptions().ResolvedPath;

        var localData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        Assert.Equal(Path.Combine(localData, "TikTokLiveOverlay", "overlay.db"), path);
        Assert.False(path.StartsWith(Overlay.Web.Hosting.ContentRootLocator.Locate(), StringComparison.Ordinal), path);
    }

    [Fact]
    public void Relative_path_is_refused_with_advice()
    {
        var result = _validator.Validate(null, new StorageOptions { Path = "data/overlay.db" });

        Assert.True(result.Failed);
        Assert.Contains("not a full path", result.FailureMessage);
    }

    [Fact]
    public void Folder_path_is_refused_with_advice()
    {
        var result = _validator.Validate(null, new StorageOptions { Path = Path.GetTempPath() });

        Assert.True(result.Failed);
        Assert.Contains("is a folder", result.FailureMessage);
    }

    [Fact]
    public void Full_file_path_is_accepted()
    {
        var result = _validator.Validate(null, new StorageOptions { Path = Path.Combine(Path.GetTempPath(), "x", "overlay.db") });

        Assert.True(result.Succeeded);
    }
}

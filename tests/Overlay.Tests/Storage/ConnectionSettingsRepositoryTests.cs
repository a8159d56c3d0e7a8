using Overlay.Web.Storage;

namespace Overlay.Tests.Storage;

public sealed class ConnectionSettingsRepositoryTests
{
    [Fact]
    public void First_start_stores_the_seed_from_configuration()
    {
        using var temp = new TempStore();
        var repo = new ConnectionSettingsRepository(temp.Open());

        var result = repo.GetOrSeed(new StoredConnectionSettings { UniqueId = "from_config", ApiKey = "tk_seed" });

        Assert.Equal("from_config", result.UniqueId);
        Assert.Equal("tk_seed", repo.Get()?.ApiKey);
    }

    [Fact]
    public void After_the_first_start_the_edited_values_win_over_configuration()
    {
        using var temp = new TempStore();
        var repo = new ConnectionSettingsRepository(temp.Open());
        repo.GetOrSeed(new StoredConnectionSettings { UniqueId = "from_config" });
        repo.Save(new StoredConnectionSettings { UniqueId = "edited", Demo = true });

        var result = repo.GetOrSeed(new StoredConnectionSettings { UniqueId = "config_changed_later", ApiKey = "tk_other" });

        Assert.Equal("edited", result.UniqueId);
        Assert.True(result.Demo);
        Assert.Equal("", result.ApiKey);
    }

    [Fact]
    public void Saved_settings_survive_a_restart()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
        {
            new ConnectionSettingsRepository(store).Save(
                new StoredConnectionSettings { UniqueId = "streamer", ApiKey = "tk_abc", JwtKey = "jwt", Demo = true });
        }

        using var reopened = temp.Open();
        var saved = new ConnectionSettingsRepository(reopened).Get();

        Assert.NotNull(saved);
        Assert.Equal(("streamer", "tk_abc", "jwt", true), (saved.UniqueId, saved.ApiKey, saved.JwtKey, saved.Demo));
    }

    [Fact]
    public void ToString_never_prints_the_keys()
    {
        var settings = new StoredConnectionSettings { UniqueId = "u", ApiKey = "tk_planted_secret_123", JwtKey = "jwt_planted" };

        var text = settings.ToString();

        Assert.DoesNotContain("tk_planted_secret_123", text);
        Assert.DoesNotContain("jwt_planted", text);
    }
}

using Overlay.Web.Storage;

namespace Overlay.Tests.Storage;

public sealed class ConnectionSettingsRepositoryTests
{
    [Fact]
    public void First_start_stores_the_configuration()
    {
        using var temp = new TempStore();
        var repo = TestSecrets.Repository(temp.Open());

        var (result, _) = repo.SyncWithConfiguration(new StoredConnectionSettings { UniqueId = "from_config", ApiKey = "tk_seed" });

        Assert.Equal("from_config", result.UniqueId);
        Assert.Equal("tk_seed", repo.Get()?.ApiKey);
    }

    [Fact]
    public void Edited_values_win_over_an_unchanged_configuration()
    {
        using var temp = new TempStore();
        var repo = TestSecrets.Repository(temp.Open());
        var config = new StoredConnectionSettings { UniqueId = "from_config", ApiKey = "tk_config" };
        repo.SyncWithConfiguration(config);
        repo.Save(new StoredConnectionSettings { UniqueId = "edited", Demo = true });

        var (result, changed) = repo.SyncWithConfiguration(config);

        Assert.Equal(("edited", "", true), (result.UniqueId, result.ApiKey, result.Demo));
        Assert.False(changed);
    }

    [Fact]
    public void A_changed_configuration_replaces_the_edited_values()
    {
        using var temp = new TempStore();
        var repo = TestSecrets.Repository(temp.Open());
        repo.SyncWithConfiguration(new StoredConnectionSettings { UniqueId = "from_config" });
        repo.Save(new StoredConnectionSettings { UniqueId = "edited" });

        var (result, changed) = repo.SyncWithConfiguration(new StoredConnectionSettings { UniqueId = "config_edited_later", ApiKey = "tk_new" });

        Assert.Equal(("config_edited_later", "tk_new"), (result.UniqueId, result.ApiKey));
        Assert.True(changed);
        Assert.Equal("config_edited_later", repo.Get()?.UniqueId);
    }

    [Fact]
    public void Saved_settings_survive_a_restart()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
        {
            TestSecrets.Repository(store).Save(
                new StoredConnectionSettings { UniqueId = "streamer", ApiKey = "tk_abc", JwtKey = "jwt", Demo = true });
        }

        using var reopened = temp.Open();
        var saved = TestSecrets.Repository(reopened).Get();

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

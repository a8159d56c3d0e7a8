using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Overlay.Tests.Storage;
using Overlay.Web.Admin;
using Overlay.Web.Storage;
using Overlay.Web.Upstream;

namespace Overlay.Tests.Admin;

public sealed class StoredConnectionSettingsSourceTests
{
    [Fact]
    public void Upstream_options_carry_the_configuration_on_the_first_start()
    {
        using var temp = new TempStore();
        using var services = Build(temp, new() { ["Upstream:UniqueId"] = "@from_config", ["Upstream:ApiKey"] = "tk_config" });

        var options = services.GetRequiredService<IOptionsMonitor<UpstreamOptions>>().CurrentValue;

        Assert.Equal(("from_config", "tk_config"), (options.UniqueId, options.ApiKey));
    }

    [Fact]
    public void Saved_settings_win_over_the_same_configuration_after_a_restart()
    {
        using var temp = new TempStore();
        Dictionary<string, string?> config = new() { ["Upstream:UniqueId"] = "from_config", ["Upstream:ApiKey"] = "tk_config" };
        using (var first = Build(temp, new(config)))
        {
            first.GetRequiredService<IConnectionSettingsSource>().Save(new ConnectionSettingsEdit { UniqueId = "edited", NewApiKey = "tk_edited" });
        }

        using var second = Build(temp, new(config));
        var options = second.GetRequiredService<IOptionsMonitor<UpstreamOptions>>().CurrentValue;

        Assert.Equal(("edited", "tk_edited"), (options.UniqueId, options.ApiKey));
    }

    [Fact]
    public void Configuration_reloaded_with_a_new_key_replaces_the_saved_one_and_fires_the_change()
    {
        using var temp = new TempStore();
        using var services = Build(temp, new() { ["Upstream:ApiKey"] = "tk_config" });
        var monitor = services.GetRequiredService<IOptionsMonitor<UpstreamOptions>>();
        services.GetRequiredService<IConnectionSettingsSource>().Save(new ConnectionSettingsEdit { NewApiKey = "tk_edited" });
        UpstreamOptions? seen = null;
        using var listener = monitor.OnChange(o => seen = o);

        var configuration = (IConfigurationRoot)services.GetRequiredService<IConfiguration>();
        configuration["Upstream:ApiKey"] = "tk_config_edited";
        configuration.Reload();

        Assert.Equal("tk_config_edited", seen?.ApiKey);
        Assert.Equal("tk_config_edited", services.GetRequiredService<IConnectionSettingsSource>().Current.ApiKey);
    }

    [Fact]
    public void Save_fires_the_upstream_options_change_with_the_new_values()
    {
        using var temp = new TempStore();
        using var services = Build(temp, new() { ["Upstream:UniqueId"] = "before" });
        var monitor = services.GetRequiredService<IOptionsMonitor<UpstreamOptions>>();
        _ = monitor.CurrentValue;
        UpstreamOptions? seen = null;
        using var listener = monitor.OnChange(o => seen = o);

        services.GetRequiredService<IConnectionSettingsSource>().Save(new ConnectionSettingsEdit { UniqueId = "after", Demo = true });

        Assert.NotNull(seen);
        Assert.Equal(("after", true), (seen.UniqueId, seen.Demo));
        Assert.Equal("after", monitor.CurrentValue.UniqueId);
    }

    [Fact]
    public void Empty_key_field_keeps_the_stored_key()
    {
        using var temp = new TempStore();
        using var services = Build(temp, new() { ["Upstream:ApiKey"] = "tk_stored" });
        var source = services.GetRequiredService<IConnectionSettingsSource>();

        source.Save(new ConnectionSettingsEdit { UniqueId = "x", NewApiKey = "" });

        Assert.Equal("tk_stored", source.Current.ApiKey);
    }

    [Fact]
    public void Clear_removes_the_stored_key()
    {
        using var temp = new TempStore();
        using var services = Build(temp, new() { ["Upstream:ApiKey"] = "tk_stored" });
        var source = services.GetRequiredService<IConnectionSettingsSource>();

        source.Save(new ConnectionSettingsEdit { UniqueId = "x", ClearApiKey = true });

        Assert.Equal("", source.Current.ApiKey);
    }

    [Fact]
    public void Unavailable_store_falls_back_to_configuration_and_refuses_saves_clearly()
    {
        using var temp = new TempStore();
        File.WriteAllText(temp.FilePath, new string('x', 8192));
        using var services = Build(temp, new() { ["Upstream:UniqueId"] = "from_config" });
        var source = services.GetRequiredService<IConnectionSettingsSource>();

        var options = services.GetRequiredService<IOptionsMonitor<UpstreamOptions>>().CurrentValue;
        var ex = Assert.Throws<StoreUnavailableException>(() => source.Save(new ConnectionSettingsEdit { UniqueId = "edited" }));

        Assert.Equal("from_config", options.UniqueId);
        Assert.False(source.IsPersistent);
        Assert.Contains(temp.FilePath, ex.Message);
    }

    private static ServiceProvider Build(TempStore temp, Dictionary<string, string?> settings)
    {
        settings["Storage:Path"] = temp.FilePath;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(temp.Time)
            .AddLogging();
        services.AddOptions<UpstreamOptions>().BindConfiguration(UpstreamOptions.SectionName);
        services.AddStorage();
        services.AddSingleton<StoredConnectionSettingsSource>();
        services.AddSingleton<IConnectionSettingsSource>(sp => sp.GetRequiredService<StoredConnectionSettingsSource>());
        services.AddSingleton<IPostConfigureOptions<UpstreamOptions>>(sp => sp.GetRequiredService<StoredConnectionSettingsSource>());
        services.AddSingleton<IOptionsChangeTokenSource<UpstreamOptions>>(sp => sp.GetRequiredService<StoredConnectionSettingsSource>());
        return services.BuildServiceProvider();
    }
}

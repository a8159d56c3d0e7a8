using System.Text;
using Overlay.Tests.Storage;
using Overlay.Web.Obs.Settings;

namespace Overlay.Tests.Obs;

public sealed class ObsSettingsRepositoryTests
{
    private const string Planted = "obs-planted-secret-42";

    [Fact]
    public void Nothing_saved_reads_as_off_on_this_computer_port_4455()
    {
        using var temp = new TempStore();
        var store = temp.Open();

        var settings = new ObsSettingsRepository(store, TestSecrets.For(store)).Get();

        Assert.Equal(("127.0.0.1", 4455, "", false), (settings.Host, settings.Port, settings.Password, settings.Enabled));
    }

    [Fact]
    public void Saved_settings_survive_a_restart()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
        {
            new ObsSettingsRepository(store, TestSecrets.For(store)).Save(new() { Host = "192.168.1.20", Port = 4456, Password = Planted, Enabled = true });
        }

        using var reopened = temp.Open();
        var settings = new ObsSettingsRepository(reopened, TestSecrets.For(reopened)).Get();

        Assert.Equal(("192.168.1.20", 4456, Planted, true), (settings.Host, settings.Port, settings.Password, settings.Enabled));
    }

    [Fact]
    public void The_password_is_not_in_the_settings_file_or_its_wal_in_plain_text()
    {
        using var temp = new TempStore();
        var store = temp.Open();
        new ObsSettingsRepository(store, TestSecrets.For(store)).Save(new() { Password = Planted, Enabled = true });

        var files = Directory.GetFiles(temp.Folder, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("-wal", StringComparison.Ordinal));
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            Assert.DoesNotContain(Planted, Encoding.UTF8.GetString(bytes));
            Assert.DoesNotContain(Planted, Encoding.Unicode.GetString(bytes));
        }
        Assert.Equal(Planted, new ObsSettingsRepository(store, TestSecrets.For(store)).Get().Password);
    }

    [Fact]
    public void ToString_never_prints_the_password()
    {
        var text = new ObsSettings { Password = Planted }.ToString();

        Assert.DoesNotContain(Planted, text);
        Assert.Contains("Password=set", text);
    }
}

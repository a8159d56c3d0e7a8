using System.Text;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Backup;
using Overlay.Web.Widgets;
using Overlay.Widgets.ViewerCount;

namespace Overlay.Tests.Backup;

/// <summary>A widget's language travels in the backup, and a backup naming an unknown one is refused with the reason.</summary>
public sealed class WidgetLanguageBackupTests
{
    [Fact]
    public async Task Export_then_import_into_a_wiped_store_keeps_the_language_and_the_texts()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = TestContentRoot.Create();
        byte[] file;
        string slug;
        await using (var source = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct))
        {
            var widgets = source.Get<WidgetInstanceService>();
            slug = widgets.Create(WidgetKinds.ViewerCount, "Espectadores", "pt-BR").Instance.Slug;
            var settings = (ViewerCountSettings)widgets.Find(slug)!.Settings;
            widgets.UpdateSettings(slug, settings with { StreamEndedText = "Até amanhã" });
            file = source.Get<SettingsBackup>().Export();
        }
        File.Delete(Path.Combine(root, "overlay.db"));

        await using var target = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct);
        var backup = target.Get<SettingsBackup>();
        backup.Apply(backup.Read(file, null));

        Assert.Equal(new ViewerCountSettings { Language = "pt-BR", Label = "espectadores", StreamEndedText = "Até amanhã" },
            target.Get<WidgetInstanceService>().Find(slug)!.Settings);
    }

    [Fact]
    public async Task A_backup_with_an_unknown_language_is_refused_with_a_clear_message()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        const string file = """{"format":"tiktok-live-overlay-backup","version":1,"sections":{"widgets":[{"slug":"x","kind":"ViewerCount","name":"x","settings":{"language":"fr"}}]}}""";

        var error = Assert.Throws<BackupFormatException>(() => app.Get<SettingsBackup>().Read(Encoding.UTF8.GetBytes(file), null));

        Assert.Contains("Language must be one of en, es, pt-BR, id, de, got 'fr'.", error.Message);
    }
}

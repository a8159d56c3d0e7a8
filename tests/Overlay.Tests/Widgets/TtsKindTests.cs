using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Tts.Queue;
using Overlay.Web.Widgets;
using Overlay.Widgets.Tts;

namespace Overlay.Tests.Widgets;

/// <summary>The TTS kind's config keys (Widgets:Tts:*), its checks and its default instance.</summary>
public sealed class TtsKindTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static WidgetOptions Bind(Dictionary<string, string?> settings)
    {
        var options = new WidgetOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(WidgetOptions.SectionName).Bind(options);
        return options;
    }

    [Fact]
    public void The_defaults_are_off_command_bang_tts_no_gifts_default_voice_and_200_characters()
    {
        var s = new TtsSettings();

        Assert.Equal((false, TtsChatMode.Command, "!tts", 0, "", 200), (s.Enabled, s.ReadChat, s.Command, s.MinGiftDiamonds, s.Voice, s.MaxLength));
        Assert.Empty(WidgetKinds.Tts.Validate(s, "Widgets:Tts"));
    }

    [Fact]
    public void The_config_keys_bind_in_any_case()
    {
        var options = Bind(new()
        {
            ["Widgets:Tts:Enabled"] = "true",
            ["Widgets:Tts:ReadChat"] = "all",
            ["Widgets:Tts:Command"] = "!say",
            ["Widgets:Tts:MinGiftDiamonds"] = "99",
            ["Widgets:Tts:Voice"] = "en-gb",
            ["Widgets:Tts:MaxLength"] = "120",
        });

        Assert.Equal(new TtsSettings { Enabled = true, ReadChat = TtsChatMode.All, Command = "!say", MinGiftDiamonds = 99, Voice = "en-gb", MaxLength = 120 }, options.Tts);
    }

    [Theory]
    [InlineData("MaxLength", "5", "Widgets:Tts:MaxLength must be between 10 and 500, got 5.")]
    [InlineData("MinGiftDiamonds", "-1", "Widgets:Tts:MinGiftDiamonds must be 0 (gifts are not read) or more, got -1.")]
    [InlineData("Voice", "-v evil", "Widgets:Tts:Voice must be empty (the engine's default) or a voice name")]
    [InlineData("Command", "!t ts", "Widgets:Tts:Command must be one word")]
    [InlineData("Command", "", "ReadChat 'command' needs one.")]
    [InlineData("Rate", "20", "Widgets:Tts:Rate must be between 50 and 200, got 20.")]
    [InlineData("Volume", "101", "Widgets:Tts:Volume must be between 0 and 100, got 101.")]
    [InlineData("MaxQueue", "0", "Widgets:Tts:MaxQueue must be between 1 and 200, got 0.")]
    public async Task A_bad_key_stops_the_app_at_start_with_a_clear_message(string key, string value, string message)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            RunningApp.StartAsync(new Dictionary<string, string?> { ["Widgets:Tts:" + key] = value }, cancellationToken: Ct));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_instance_is_seeded_at_widgets_tts_and_off_until_enabled()
    {
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: Ct);

        var handle = app.Get<WidgetRegistry>().Find("tts");

        var state = Assert.IsType<TtsState>(handle?.Source);
        Assert.False(state.Enabled);
        Assert.Equal("Text to speech", handle!.Instance.Name);
    }

    [Fact]
    public async Task The_configured_default_is_what_the_first_start_seeds()
    {
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string?>(QuietUpstream.Settings())
        {
            ["Widgets:Tts:Enabled"] = "true",
            ["Widgets:Tts:ReadChat"] = "all",
        }, cancellationToken: Ct);

        var entry = app.Get<WidgetInstanceService>().Find("tts");

        Assert.Equal(new TtsSettings { Enabled = true, ReadChat = TtsChatMode.All }, entry?.Settings);
    }

    [Fact]
    public void Voice_names_of_every_engine_pass_and_option_like_ones_do_not()
    {
        Assert.All(["", "en-us", "Bad News", "Eddy (German (Germany))", "Microsoft Zira Desktop", "Amélie"],
            v => Assert.Null(Overlay.Web.Widgets.Kinds.TtsKind.CheckVoice(v, "Voice")));
        Assert.All(["-v", "--stdout", "a;b", "x\ny", new string('a', 101)],
            v => Assert.NotNull(Overlay.Web.Widgets.Kinds.TtsKind.CheckVoice(v, "Voice")));
    }
}

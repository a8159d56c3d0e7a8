using Overlay.Web.Media;
using Overlay.Web.Widgets;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin.Forms;
using Overlay.Web.Components.Pages.Admin;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Tests.Admin.Forms;

public sealed class WidgetSettingsFormTests : IAsyncDisposable
{
    private readonly BunitContext _ctx = new();
    private object? _saved;

    public WidgetSettingsFormTests()
    {
        _ctx.Services.AddMudServices();
        _ctx.Services.AddLocalization();
        _ctx.Services.AddSingleton(new SoundLibrary(SoundsRoot.Create("chime.wav", "airhorn.mp3")));
        _ctx.Services.AddSingleton(new ImageLibrary(SoundsRoot.Create()));
        _ctx.Services.AddSingleton(new VideoLibrary(SoundsRoot.Create()));
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Theory]
    [InlineData("GiftAlert")]
    [InlineData("ChatTicker")]
    [InlineData("LikeGoal")]
    public void Form_has_one_labelled_input_per_field_of_the_definition(string kindName)
    {
        var definition = WidgetKinds.Find(kindName)!.Form;

        var cut = Render(definition, definition.Defaults());

        foreach (var field in definition.Fields)
        {
            var row = cut.Find($"[data-field='{field.Key}']");
            Assert.Contains(field.Label, row.TextContent);
            Assert.Contains(field.Help, row.TextContent);
            // The rule list's control, while empty, is its "Add rule" button.
            Assert.NotNull(row.QuerySelector(field.Kind == SettingKind.GiftVariations ? "[data-testid='add-rule']" : "input, textarea"));
        }
        Assert.Equal(definition.Fields.Count, cut.FindAll("[data-field]").Count);
    }

    [Fact]
    public void Out_of_range_value_shows_its_message_and_disables_save()
    {
        var cut = Render(WidgetKinds.ChatTicker.Form, new ChatTickerSettings());

        cut.Find("[data-field='maxRows'] input").Input("500");

        Assert.Contains("Messages shown must be between 1 and 200.", cut.Markup);
        Assert.True(cut.Find("[data-testid='save-settings']").HasAttribute("disabled"));
    }

    [Fact]
    public void Too_long_title_shows_its_message()
    {
        var cut = Render(WidgetKinds.LikeGoal.Form, new LikeGoalSettings());

        cut.Find("[data-field='title'] input").Input(new string('x', 101));

        Assert.Contains("Title must be at most 100 characters.", cut.Markup);
    }

    [Fact]
    public async Task Valid_edit_is_saved_as_the_typed_record()
    {
        var cut = Render(WidgetKinds.ChatTicker.Form, new ChatTickerSettings());

        await cut.Find("[data-field='maxRows'] input").InputAsync("50");
        await cut.Find("[data-testid='save-settings']").ClickAsync(new MouseEventArgs());

        Assert.Equal(new ChatTickerSettings { MaxRows = 50 }, _saved);
    }

    [Fact]
    public async Task Reset_then_save_stores_the_defaults()
    {
        var cut = Render(WidgetKinds.LikeGoal.Form, new LikeGoalSettings { Title = "Custom", Target = 77, Step = 7 });

        await cut.Find("[data-testid='reset-settings']").ClickAsync(new MouseEventArgs());
        await cut.Find("[data-testid='save-settings']").ClickAsync(new MouseEventArgs());

        Assert.Equal(new LikeGoalSettings(), _saved);
    }

    [Fact]
    public void Every_kind_gets_the_look_fields_under_one_heading()
    {
        foreach (var definition in WidgetKinds.All.Select(k => k.Form))
        {
            var cut = Render(definition, definition.Defaults());

            Assert.Single(cut.FindAll("[data-group='Look']"));
            foreach (var key in new[] { "look.textColor", "look.accentColor", "look.backgroundColor", "look.fontFamily", "look.fontSize", "look.customCss" })
            {
                Assert.NotNull(cut.Find($"[data-field='{key}']"));
            }
            Assert.NotNull(cut.Find("[data-field='look.customCss'] textarea"));
            Assert.Equal(3, cut.FindAll("[data-field^='look.'] input[type='color']").Count);
        }
    }

    [Fact]
    public void Bad_colour_shows_what_is_accepted_and_disables_save()
    {
        var cut = Render(WidgetKinds.ChatTicker.Form, new ChatTickerSettings());

        cut.Find("[data-field='look.accentColor'] input:not([type='color'])").Input("red; background: url(x)");

        Assert.Contains("Accent colour must be a CSS colour such as #ff2d6f", cut.Markup);
        Assert.True(cut.Find("[data-testid='save-settings']").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Colour_from_the_picker_font_and_css_are_saved_in_the_look()
    {
        var cut = Render(WidgetKinds.ChatTicker.Form, new ChatTickerSettings());

        await cut.Find("[data-field='look.textColor'] input[type='color']").ChangeAsync("#00ff88");
        await cut.Find("[data-field='look.customCss'] textarea").InputAsync(".row > .nickname { color: gold; }");
        await cut.Find("[data-testid='save-settings']").ClickAsync(new MouseEventArgs());

        var saved = Assert.IsType<ChatTickerSettings>(_saved);
        Assert.Equal("#00ff88", saved.Look.TextColor);
        Assert.Equal(".row > .nickname { color: gold; }", saved.Look.CustomCss);
    }

    [Fact]
    public void Gift_alert_form_offers_the_sound_files_and_refuses_a_loud_volume()
    {
        var cut = Render(WidgetKinds.GiftAlert.Form, new GiftAlertSettings());

        Assert.NotNull(cut.Find("[data-field='soundEnabled']"));
        Assert.Contains("chime.wav", cut.Find("[data-field='soundFile']").TextContent);
        cut.Find("[data-field='soundVolume'] input").Input("150");

        Assert.Contains("Volume must be between 0 and 100.", cut.Markup);
    }

    private IRenderedComponent<WidgetSettingsForm> Render(WidgetSettingsDefinition definition, object settings) =>
        _ctx.Render<WidgetSettingsForm>(p => p
            .Add(x => x.Definition, definition)
            .Add(x => x.Settings, settings)
            .Add(x => x.OnSave, (object s) => _saved = s));

    public ValueTask DisposeAsync() => _ctx.DisposeAsync();
}

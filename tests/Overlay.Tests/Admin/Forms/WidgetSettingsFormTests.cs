using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Overlay.Web.Admin.Forms;
using Overlay.Web.Components.Pages.Admin;
using Overlay.Web.State;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Tests.Admin.Forms;

public sealed class WidgetSettingsFormTests : IAsyncDisposable
{
    private readonly BunitContext _ctx = new();
    private object? _saved;

    public WidgetSettingsFormTests()
    {
        _ctx.Services.AddMudServices();
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Theory]
    [InlineData(WidgetKind.GiftAlert)]
    [InlineData(WidgetKind.ChatTicker)]
    [InlineData(WidgetKind.LikeGoal)]
    public void Form_has_one_labelled_input_per_field_of_the_definition(WidgetKind kind)
    {
        var definition = WidgetSettingsDefinitions.For(kind);

        var cut = Render(definition, definition.Defaults());

        foreach (var field in definition.Fields)
        {
            var row = cut.Find($"[data-field='{field.Key}']");
            Assert.Contains(field.Label, row.TextContent);
            Assert.Contains(field.Help, row.TextContent);
            Assert.NotNull(row.QuerySelector("input"));
        }
        Assert.Equal(definition.Fields.Count, cut.FindAll("[data-field]").Count);
    }

    [Fact]
    public void Out_of_range_value_shows_its_message_and_disables_save()
    {
        var cut = Render(WidgetSettingsDefinitions.ChatTicker, new ChatTickerSettings());

        cut.Find("[data-field='maxRows'] input").Input("500");

        Assert.Contains("Messages shown must be between 1 and 200.", cut.Markup);
        Assert.True(cut.Find("[data-testid='save-settings']").HasAttribute("disabled"));
    }

    [Fact]
    public void Too_long_title_shows_its_message()
    {
        var cut = Render(WidgetSettingsDefinitions.LikeGoal, new LikeGoalSettings());

        cut.Find("[data-field='title'] input").Input(new string('x', 101));

        Assert.Contains("Title must be at most 100 characters.", cut.Markup);
    }

    [Fact]
    public void Valid_edit_is_saved_as_the_typed_record()
    {
        var cut = Render(WidgetSettingsDefinitions.ChatTicker, new ChatTickerSettings());

        cut.Find("[data-field='maxRows'] input").Input("50");
        cut.Find("[data-testid='save-settings']").Click();

        Assert.Equal(new ChatTickerSettings { MaxRows = 50 }, _saved);
    }

    [Fact]
    public void Reset_then_save_stores_the_defaults()
    {
        var cut = Render(WidgetSettingsDefinitions.LikeGoal, new LikeGoalSettings { Title = "Custom", Target = 77, Step = 7 });

        cut.Find("[data-testid='reset-settings']").Click();
        cut.Find("[data-testid='save-settings']").Click();

        Assert.Equal(new LikeGoalSettings(), _saved);
    }

    private IRenderedComponent<WidgetSettingsForm> Render(WidgetSettingsDefinition definition, object settings) =>
        _ctx.Render<WidgetSettingsForm>(p => p
            .Add(x => x.Definition, definition)
            .Add(x => x.Settings, settings)
            .Add(x => x.OnSave, (object s) => _saved = s));

    public ValueTask DisposeAsync() => _ctx.DisposeAsync();
}

using Overlay.Web.Admin.Forms;
using Overlay.Web.Widgets;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;
using Overlay.Widgets.PkBattle;
using Overlay.Widgets.Shared.Texts;
using Overlay.Widgets.ViewerCount;

namespace Overlay.Tests.Widgets.Language;

/// <summary>The language setting on the kinds' records and forms: stored JSON, the swap on a change, new instances, validation.</summary>
public sealed class WidgetLanguageSettingsTests
{
    public static TheoryData<string> KindsWithLanguage =>
        [.. WidgetKinds.All.Where(k => k.Form.LanguageField is not null).Select(k => k.Name)];

    [Fact]
    public void The_kinds_with_built_in_texts_have_the_language_choice()
    {
        // Captions, chat, TTS and actions screens show only viewers' and the streamer's own texts.
        Assert.Equal(["GiftAlert", "LikeGoal", "ViewerCount", "ActivityFeed", "TopGifters", "TopLikers", "PkBattle"],
            WidgetKinds.All.Where(k => k.Form.LanguageField is not null).Select(k => k.Name));
        var field = WidgetKinds.ViewerCount.Form.LanguageField!;
        Assert.Equal(["English", "Español", "Português (Brasil)", "Bahasa Indonesia", "Deutsch"], field.Choices.Select(c => c.Label));
        Assert.Equal(["en", "es", "pt-BR", "id", "de"], field.Choices.Select(c => c.Value));
    }

    [Fact]
    public void Stored_json_without_a_language_reads_as_english_with_the_english_defaults()
    {
        var viewers = (ViewerCountSettings)WidgetKinds.ViewerCount.Form.Deserialize("""{"label":"viewers","showPeak":true,"streamEndedText":"Stream ended"}""");
        var alerts = (GiftAlertSettings)WidgetKinds.GiftAlert.Form.Deserialize("""{"displaySeconds":5}""");

        Assert.Equal(new ViewerCountSettings(), viewers);
        Assert.Equal("en", viewers.Language);
        Assert.Equal(new GiftAlertSettings(), alerts);
        Assert.Equal("{nickname} shared the LIVE!", alerts.Share.Template);
        Assert.Equal("Like goal", new LikeGoalSettings().Title);
        Assert.Equal(("Us", "Opponent"), (new PkBattleSettings().LeftLabel, new PkBattleSettings().RightLabel));
    }

    [Theory]
    [MemberData(nameof(KindsWithLanguage))]
    public void The_language_round_trips_through_the_stored_json(string kindName)
    {
        var form = WidgetKinds.Find(kindName)!.Form;
        var german = form.DefaultsIn("de");

        var back = form.Deserialize(form.Serialize(german));

        Assert.Equal(german, back);
        Assert.Equal("de", form.LanguageField!.Read(back));
        Assert.Contains("\"language\":\"de\"", form.Serialize(german), StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_language_swaps_the_untouched_defaults_and_keeps_the_edited_texts()
    {
        var form = WidgetKinds.GiftAlert.Form;
        var values = form.Read(new GiftAlertSettings { Follow = new AlertTypeSettings { Template = "Thanks {nickname}!", ViewerCooldownSeconds = 3600 } });

        var german = form.With(values, form.LanguageField!, "de");

        Assert.Equal("de", german["language"]);
        Assert.Equal("Thanks {nickname}!", german["follow.template"]);
        Assert.Equal("{nickname} hat den LIVE geteilt!", german["share.template"]);
        Assert.Equal("{nickname} hat abonniert!", german["subscribe.template"]);
        Assert.Equal("{nickname} ist da", german["join.template"]);
        // The gift template's default is empty (the built-in layout): nothing to swap.
        Assert.Equal("", german["giftTemplate"]);
        var back = form.With(german, form.LanguageField!, "en");
        Assert.Equal(values, back);
    }

    [Fact]
    public void Changing_another_field_swaps_nothing()
    {
        var form = WidgetKinds.ViewerCount.Form;
        var values = form.Read(new ViewerCountSettings());

        var next = form.With(values, form.Fields.Single(f => f.Key == "label"), "viewers");

        Assert.Equal(values, next);
    }

    [Fact]
    public void A_record_in_a_language_keeps_what_the_form_does_not_show()
    {
        var form = WidgetKinds.GiftAlert.Form;
        var rule = new GiftVariation { Name = "big", MinDiamonds = 100, Template = "BIG {nickname}" };
        var settings = new GiftAlertSettings { Variations = [rule], MaxQueue = 7 };

        var spanish = (GiftAlertSettings)form.InLanguage(settings, "es");

        Assert.Equal(settings with
        {
            Language = "es",
            Follow = settings.Follow with { Template = "¡{nickname} te sigue!" },
            Share = settings.Share with { Template = "¡{nickname} compartió el LIVE!" },
            Subscribe = settings.Subscribe with { Template = "¡{nickname} se suscribió!" },
            Join = settings.Join with { Template = "{nickname} se unió" },
        }, spanish);
    }

    [Fact]
    public void A_new_instance_in_a_language_starts_with_its_defaults()
    {
        var viewers = (ViewerCountSettings)WidgetKinds.ViewerCount.Form.DefaultsIn("id");
        var goal = (LikeGoalSettings)WidgetKinds.LikeGoal.Form.DefaultsIn("pt-BR");
        var pk = (PkBattleSettings)WidgetKinds.PkBattle.Form.DefaultsIn("es");

        Assert.Equal(new ViewerCountSettings { Language = "id", Label = "penonton", StreamEndedText = "LIVE berakhir" }, viewers);
        Assert.Equal(new LikeGoalSettings { Language = "pt-BR", Title = "Meta de curtidas" }, goal);
        Assert.Equal(("Nosotros", "Rival"), (pk.LeftLabel, pk.RightLabel));
        Assert.Equal(new ViewerCountSettings(), WidgetKinds.ViewerCount.Form.DefaultsIn("en"));
        Assert.Equal(new ViewerCountSettings(), WidgetKinds.ViewerCount.Form.DefaultsIn("xx"));
    }

    [Fact]
    public void An_unknown_language_is_a_clear_message_on_the_record_and_on_the_form()
    {
        var problems = WidgetKinds.ViewerCount.Validate(new ViewerCountSettings { Language = "fr" }, "Widgets:demo");
        var form = WidgetKinds.ViewerCount.Form;
        var values = form.Read(new ViewerCountSettings());
        values["language"] = "fr";

        Assert.Equal("Widgets:demo:Language must be one of en, es, pt-BR, id, de, got 'fr'.", Assert.Single(problems));
        Assert.Equal("Language must be one of: English, Español, Português (Brasil), Bahasa Indonesia, Deutsch.", form.Build(values).Errors["language"]);
        // A stored record that somehow carries one still renders: in English.
        Assert.Equal("viewers", WidgetTexts.Get(WidgetText.ViewersLabel, "fr"));
    }

    [Fact]
    public void Config_defaults_stay_english_unless_config_names_a_language()
    {
        var english = new WidgetOptions();
        var german = new WidgetOptions { LikeGoal = new LikeGoalSettings { Language = "de", Target = 500 } };
        var custom = new WidgetOptions { LikeGoal = new LikeGoalSettings { Language = "de", Title = "Road to 5k" } };
        var unknown = new WidgetOptions { LikeGoal = new LikeGoalSettings { Language = "fr" } };

        Assert.Equal(new LikeGoalSettings(), WidgetKinds.LikeGoal.DefaultSettings(english));
        Assert.Equal(new LikeGoalSettings { Language = "de", Target = 500, Title = "Like-Ziel" }, WidgetKinds.LikeGoal.DefaultSettings(german));
        Assert.Equal("Road to 5k", ((LikeGoalSettings)WidgetKinds.LikeGoal.DefaultSettings(custom)).Title);
        // Unknown in config: English texts and a logged message at start, never a failed start.
        Assert.Equal(new LikeGoalSettings(), WidgetKinds.LikeGoal.DefaultSettings(unknown));
        Assert.True(new WidgetOptionsValidator().Validate(null, unknown).Succeeded);
        Assert.Equal("Widgets:LikeGoal:Language must be one of en, es, pt-BR, id, de, got 'fr'.", WidgetKinds.LikeGoal.ConfiguredLanguageProblem(unknown));
        Assert.Null(WidgetKinds.LikeGoal.ConfiguredLanguageProblem(german));
    }
}

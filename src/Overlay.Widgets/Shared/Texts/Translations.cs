namespace Overlay.Widgets.Shared.Texts;

/// <summary>One widget text in every language: a positional record, so a text missing a language does not compile.</summary>
public sealed record Translations(string En, string Es, string PtBr, string Id, string De)
{
    public string In(string language) => WidgetLanguages.Resolve(language) switch
    {
        "es" => Es,
        "pt-BR" => PtBr,
        "id" => Id,
        "de" => De,
        _ => En,
    };
}

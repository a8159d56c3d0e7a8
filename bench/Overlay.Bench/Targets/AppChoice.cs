namespace Overlay.Bench.Targets;

/// <summary>
/// What runs in the app's place (<c>--app</c>): the app itself, a second .NET relay (to check the harness), or the
/// Blazor floor (bench/Overlay.BlazorFloor: the framework's own cost for a chat page, before any of the app's work).
/// Both stand-ins have only a chat page.
/// </summary>
public sealed record AppChoice(string Name)
{
    public static readonly AppChoice App = new("app");
    public static readonly AppChoice Relay = new("relay");
    public static readonly AppChoice BlazorFloor = new("blazor-floor");

    public bool IsStandIn => this != App;

    public static AppChoice Parse(string value) => value switch
    {
        "app" => App,
        "relay" => Relay,
        "blazor-floor" => BlazorFloor,
        _ => throw new ArgumentException($"--app must be app, relay or blazor-floor, not '{value}'"),
    };
}

using Microsoft.Extensions.Options;

namespace Overlay.Web.Hosting;

/// <summary>
/// Turns the failures a streamer can fix themselves (a bad setting, a broken appsettings.json, a port in use) into a short
/// message instead of a stack trace. Anything else is left to surface as it is.
/// </summary>
public static class StartupErrors
{
    public static bool TryDescribe(Exception exception, out string message)
    {
        var problems = Flatten(exception)
            .SelectMany(e => e switch
            {
                OptionsValidationException v => v.Failures,
                IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException } inUse =>
                    [inUse.Message + " Another program (or another copy of the overlay) uses this port: close it, or start with --urls http://localhost:<port>."],
                InvalidDataException d when d.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase) =>
                    [d.Message + (d.InnerException is { } inner ? " " + inner.Message : "") + " Fix the JSON (a missing comma or quote is typical) and start again."],
                // An enum or number key with a value the binder cannot read (ReadChat: "sometimes").
                InvalidOperationException c when c.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
                    [c.Message + " Use one of the values the README lists for that key."],
                _ => [],
            })
            .Distinct(StringComparer.Ordinal)
            .ToList();
        message = problems.Count == 0
            ? ""
            : "The overlay did not start because of its configuration:" + Environment.NewLine +
              string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
        return problems.Count > 0;
    }

    private static IEnumerable<Exception> Flatten(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(Flatten),
        _ => [exception],
    };
}

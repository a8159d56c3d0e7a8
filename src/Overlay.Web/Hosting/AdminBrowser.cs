using System.Diagnostics;

namespace Overlay.Web.Hosting;

/// <summary>
/// Opens the admin in the default browser once the app listens, so a streamer who double-clicked the app finds
/// it without reading the console. Off with <c>--no-browser</c> or <c>Hosting:OpenBrowser</c> false.
/// </summary>
public static partial class AdminBrowser
{
    public const string NoBrowserArgument = "--no-browser";

    /// <summary>The host's arguments without ours, and whether to open the browser.</summary>
    public static (string[] HostArgs, bool Open) ReadArguments(string[] args) =>
        ([.. args.Where(a => !a.Equals(NoBrowserArgument, StringComparison.OrdinalIgnoreCase))],
         !args.Any(a => a.Equals(NoBrowserArgument, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// How this system opens <paramref name="url"/> in the default browser; null when there is no desktop to open it
    /// on (a Linux server or CI without a display).
    /// </summary>
    public static ProcessStartInfo? Command(string url, Func<string, string?> environment)
    {
        if (OperatingSystem.IsWindows())
        {
            return new ProcessStartInfo(url) { UseShellExecute = true };
        }
        if (OperatingSystem.IsMacOS())
        {
            return new ProcessStartInfo("open") { ArgumentList = { url } };
        }
        if (string.IsNullOrEmpty(environment("DISPLAY")) && string.IsNullOrEmpty(environment("WAYLAND_DISPLAY")))
        {
            return null;
        }
        return new ProcessStartInfo("xdg-open") { ArgumentList = { url } };
    }

    /// <summary>Starts the browser; a missing opener is one log line, never an error.</summary>
    public static void Open(string url, ILogger logger)
    {
        var command = Command(url, Environment.GetEnvironmentVariable);
        if (command is null)
        {
            return;
        }
        try
        {
            using var process = Process.Start(command);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            LogNoBrowser(logger, ex.Message, url);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not open a browser ({Reason}); open {Url} yourself")]
    private static partial void LogNoBrowser(ILogger logger, string reason, string url);
}

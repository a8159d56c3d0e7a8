using Microsoft.Data.Sqlite;

namespace Overlay.Web.Storage;

/// <summary>Turns SQLite and file errors into a sentence that names the file and says what to do.</summary>
internal static class StoreProblems
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int Corruption = 11;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;
    private const int Permission = 3;

    public static bool IsFatal(SqliteException ex) => ex.SqliteErrorCode is Corruption or NotADatabase or Busy or Locked;

    public static string Describe(string path, Exception ex) => ex switch
    {
        SqliteException { SqliteErrorCode: Busy or Locked } =>
            $"The settings file {path} is in use by another program, most likely a second copy of TikTok LIVE Overlay. " +
            "Close the other copy, then press Retry or restart this one.",
        SqliteException { SqliteErrorCode: Corruption or NotADatabase } sql => Corrupt(path, sql.Message),
        SqliteException { SqliteErrorCode: CantOpen or ReadOnly or Permission } or UnauthorizedAccessException or IOException =>
            $"The settings file {path} cannot be opened for writing ({ex.Message}). Check that its folder exists and you may " +
            "write to it, or set Storage:Path to another file.",
        _ => $"The settings file {path} could not be used ({ex.Message}). Move it aside and restart the app.",
    };

    public static string Corrupt(string path, string detail) =>
        $"The settings file {path} is damaged and cannot be read ({detail}). Stop the app, move the file aside " +
        $"(for example rename it to {Path.GetFileName(path)}.broken) and start again: a fresh file is created from appsettings.json.";
}

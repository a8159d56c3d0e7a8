namespace Overlay.Web.Storage;

/// <summary>
/// Files and folders only their owner may read, on Unix (0600 / 0700): the settings file holds the streamer's
/// settings and encrypted key, the key ring beside it the means to decrypt it. Windows keeps the per-user data
/// folder private already, and DPAPI protects the ring.
/// </summary>
public static class OwnerOnly
{
    private const UnixFileMode OwnerFolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder owner-only; an existing folder is left as it is (it may be the user's own, e.g. Documents).</summary>
    public static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, OwnerFolderMode);
        }
    }

    /// <summary>
    /// Makes the file owner-only, creating it empty when missing (SQLite takes an empty file as a new database).
    /// SQLite gives its -wal and -journal files the database file's mode, so this covers them too.
    /// </summary>
    public static void PrepareFile(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        if (!File.Exists(file))
        {
            using var created = new FileStream(file, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = OwnerFileMode,
            });
        }
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            try
            {
                if (File.Exists(path) && (File.GetUnixFileMode(path) & ~OwnerFileMode) != 0)
                {
                    File.SetUnixFileMode(path, OwnerFileMode);
                }
            }
            catch (UnauthorizedAccessException)
            {
                // Another user's file that we may still write: SQLite reports what matters when it opens it.
            }
        }
    }
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Storage;

namespace Overlay.Tests.Storage;

/// <summary>A real SQLite file in a fresh temporary folder; the folder goes away with the instance.</summary>
public sealed class TempStore : IDisposable
{
    private readonly List<OverlayStore> _opened = [];

    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "overlay-tests", "store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, StorageOptions.FileName);
    }

    public string Folder { get; }

    public string FilePath { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero));

    public OverlayStore Open(ILogger<OverlayStore>? logger = null)
    {
        var store = new OverlayStore(
            Options.Create(new StorageOptions { Path = FilePath }), Time, logger ?? NullLogger<OverlayStore>.Instance);
        _opened.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing Dispose would hide the test's real result.
        }
    }
}

using System.Threading.Channels;
using Overlay.Web.Gifts;

namespace Overlay.Tests.Infrastructure;

/// <summary>Awaits the gift list importer's statuses: a signal, not a poll. Create it before the action that imports.</summary>
public sealed class GiftImportWaiter : IDisposable
{
    private readonly GiftListImporter _importer;
    private readonly Channel<GiftImportStatus> _finished = Channel.CreateUnbounded<GiftImportStatus>();
    private readonly IDisposable _subscription;

    public GiftImportWaiter(GiftListImporter importer)
    {
        _importer = importer;
        _subscription = importer.Subscribe(s =>
        {
            if (s.State is GiftImportState.Imported or GiftImportState.Failed or GiftImportState.Off)
            {
                _finished.Writer.TryWrite(s);
            }
        });
    }

    /// <summary>The first import's outcome: the current status if it is already done, else the next one.</summary>
    public async Task<GiftImportStatus> FirstAsync(CancellationToken ct)
    {
        var current = _importer.Status;
        if (current.State is GiftImportState.Imported or GiftImportState.Failed)
        {
            return current;
        }
        return await NextAsync(ct);
    }

    /// <summary>The current status if it matches, else the next finished one that does.</summary>
    public async Task<GiftImportStatus> UntilAsync(Func<GiftImportStatus, bool> match, CancellationToken ct)
    {
        if (match(_importer.Status))
        {
            return _importer.Status;
        }
        while (true)
        {
            var next = await NextAsync(ct);
            if (match(next))
            {
                return next;
            }
        }
    }

    /// <summary>The next finished import after this waiter was made (or after the last one read).</summary>
    public async Task<GiftImportStatus> NextAsync(CancellationToken ct) =>
        await _finished.Reader.ReadAsync(ct).AsTask().WaitAsync(TimeSpan.FromSeconds(20), ct);

    public void Dispose() => _subscription.Dispose();
}

using Overlay.Web.Widgets;
using Microsoft.Extensions.Logging.Abstractions;
using Overlay.Tests.Storage;
using Overlay.Web.Storage;

namespace Overlay.Tests.Widgets;

/// <summary>A <see cref="GoalProgressStore"/> on a real SQLite file in a temp folder, with the temp store's fake clock.</summary>
public sealed class GoalProgressFixture : IDisposable
{
    private readonly TempStore _temp = new();

    public GoalProgressFixture()
    {
        Store = _temp.Open();
        Repository = new GoalProgressRepository(Store);
        Progress = new GoalProgressStore(Repository, _temp.Time, NullLogger<GoalProgressStore>.Instance);
    }

    public OverlayStore Store { get; }

    public GoalProgressRepository Repository { get; }

    public GoalProgressStore Progress { get; }

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => _temp.Time;

    /// <summary>A second store over the same file, as after an app restart: the first one's file lock is let go.</summary>
    public GoalProgressStore Reopen()
    {
        Progress.Dispose();
        Store.Dispose();
        return new(new GoalProgressRepository(_temp.Open()), _temp.Time, NullLogger<GoalProgressStore>.Instance);
    }

    public void Dispose()
    {
        Progress.Dispose();
        _temp.Dispose();
    }
}

using Overlay.Web.Widgets;
using Microsoft.Extensions.Logging.Testing;
using Overlay.Tests.Storage;
using Overlay.Web.Storage;

namespace Overlay.Tests.Widgets;

public sealed class GoalProgressStoreTests : IDisposable
{
    private readonly TempStore _temp = new();
    private readonly FakeLogger<GoalProgressStore> _log = new();

    public void Dispose() => _temp.Dispose();

    private static GoalProgress Likes(long count) => new("likes", "Likes", "r1", count, 0, 10_000);

    [Fact]
    public void Many_changes_are_written_once_with_the_latest_after_the_save_interval()
    {
        var repository = new GoalProgressRepository(_temp.Open());
        using var progress = new GoalProgressStore(repository, _temp.Time, _log);

        progress.Report(Likes(1));
        progress.Report(Likes(2));
        progress.Report(Likes(3));
        _temp.Time.Advance(GoalProgressStore.SaveInterval - TimeSpan.FromMilliseconds(1));
        var beforeInterval = repository.Find("likes");
        _temp.Time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Null(beforeInterval);
        Assert.Equal(Likes(3), repository.Find("likes"));
    }

    [Fact]
    public void A_change_after_a_save_waits_for_its_own_interval()
    {
        var repository = new GoalProgressRepository(_temp.Open());
        using var progress = new GoalProgressStore(repository, _temp.Time, _log);
        progress.Report(Likes(1));
        _temp.Time.Advance(GoalProgressStore.SaveInterval);

        progress.Report(Likes(2));
        _temp.Time.Advance(TimeSpan.FromSeconds(1));
        var early = repository.Find("likes");
        _temp.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(Likes(1), early);
        Assert.Equal(Likes(2), repository.Find("likes"));
    }

    [Fact]
    public void Unsaved_progress_is_still_what_a_rebuilt_goal_loads()
    {
        var repository = new GoalProgressRepository(_temp.Open());
        using var progress = new GoalProgressStore(repository, _temp.Time, _log);

        progress.Report(Likes(7));

        Assert.Null(repository.Find("likes"));
        Assert.Equal(Likes(7), progress.Load("likes"));
    }

    [Fact]
    public void A_store_failure_is_logged_and_the_next_change_tries_again()
    {
        var store = _temp.Open();
        using var progress = new GoalProgressStore(new GoalProgressRepository(store), _temp.Time, _log);
        Assert.True(store.IsAvailable);
        store.Dispose();

        progress.Report(Likes(5));
        _temp.Time.Advance(GoalProgressStore.SaveInterval);

        var warning = Assert.Single(_log.Collector.GetSnapshot());
        Assert.Contains("could not save its progress", warning.Message);
        Assert.Equal(Likes(5), progress.Load("likes"));
    }

    [Fact]
    public void Forget_removes_the_goal_from_memory_and_the_store()
    {
        var repository = new GoalProgressRepository(_temp.Open());
        using var progress = new GoalProgressStore(repository, _temp.Time, _log);
        progress.Report(Likes(5));
        progress.Flush();

        progress.Forget("likes");
        _temp.Time.Advance(GoalProgressStore.SaveInterval);

        Assert.Null(repository.Find("likes"));
        Assert.Null(progress.Load("likes"));
    }
}

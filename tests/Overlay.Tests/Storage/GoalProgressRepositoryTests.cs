using Overlay.Web.Storage;

namespace Overlay.Tests.Storage;

public sealed class GoalProgressRepositoryTests
{
    [Fact]
    public void Saved_progress_is_read_back_after_a_restart()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
        {
            new GoalProgressRepository(store).Save(new GoalProgress("likes", "Diamonds", "7437612345678901234", 4321, -20, 10_000));
        }

        using var reopened = temp.Open();

        Assert.Equal(new GoalProgress("likes", "Diamonds", "7437612345678901234", 4321, -20, 10_000), new GoalProgressRepository(reopened).Find("likes"));
    }

    [Fact]
    public void Reset_forgets_the_progress()
    {
        using var temp = new TempStore();
        var repo = new GoalProgressRepository(temp.Open());
        repo.Save(new GoalProgress("likes", "Likes", "room", 10, 0, 100));

        repo.Reset("likes");

        Assert.Null(repo.Find("likes"));
    }
}

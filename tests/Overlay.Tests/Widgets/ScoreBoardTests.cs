using Overlay.Web.Widgets;
using Overlay.Tests.Infrastructure;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

public sealed class ScoreBoardTests
{
    [Fact]
    public void Past_its_capacity_the_board_forgets_the_lowest_scores_and_keeps_the_best()
    {
        var board = new ScoreBoard("likes:all", capacity: 4);

        for (var i = 1; i <= 6; i++)
        {
            board.Add(User($"u{i}"), i * 10);
        }

        Assert.Equal(4, board.Count);
        Assert.Equal(["U6", "U5", "U4", "U3"], board.Top().Select(s => s.Nickname));
    }

    [Fact]
    public void Top_rows_are_capped_and_ordered_best_first()
    {
        var board = new ScoreBoard("likes:all", capacity: 100);

        for (var i = 1; i <= ScoreBoard.TopSize + 5; i++)
        {
            board.Add(User($"u{i}"), i);
        }

        Assert.Equal(ScoreBoard.TopSize, board.Top().Count);
        Assert.Equal(ScoreBoard.TopSize + 5, board.Top()[0].Score);
    }

    [Fact]
    public void Changes_are_taken_once_and_can_be_restored_after_a_failed_save()
    {
        var board = new ScoreBoard("likes:all", capacity: 10);
        board.Add(User("ana"), 3);

        var (_, first) = board.TakeChanges();
        var (_, second) = board.TakeChanges();
        board.Restore(false, first);
        var (_, restored) = board.TakeChanges();

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Equal(3, Assert.Single(restored).Score);
    }
}

using Overlay.Web.Demo;
using Overlay.Web.Events;
using Overlay.Web.Protocol;

namespace Overlay.Tests.Demo;

/// <summary>The demo's §10 frames (PKs, captions, moderator deletes), read back through the real parser.</summary>
public sealed class DemoV3FramesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 20, 0, 0, TimeSpan.Zero);

    private static readonly int PkTicks = DemoBattle.FirstAt + DemoBattle.PreparingTicks
        + (int)(TimeSpan.FromSeconds(DemoBattle.ActiveSeconds) / DemoStream.TickInterval) + 4;

    private static List<string> Frames(int seed, int ticks)
    {
        var stream = new DemoStream(seed);
        var frames = new List<string> { stream.OpeningFrame() };
        for (var i = 0; i < ticks; i++)
        {
            frames.AddRange(stream.Tick(Start + DemoStream.TickInterval * i));
        }
        return frames;
    }

    private static List<OverlayEvent> Events(int seed, int ticks)
    {
        var parser = new FrameParser();
        return [.. Frames(seed, ticks).Select(f => parser.Parse(f).Event).OfType<OverlayEvent>()];
    }

    [Fact]
    public void A_pk_goes_preparing_then_active_with_falling_time_left_then_ended()
    {
        var events = Events(seed: 7, PkTicks);

        var battles = events.OfType<BattleEvent>().ToList();
        var armies = events.OfType<BattleArmiesEvent>().ToList();

        Assert.Equal([BattleStatus.Preparing, BattleStatus.Active, BattleStatus.Ended], battles.Select(b => b.Status));
        Assert.Single(battles.Select(b => b.BattleId).Distinct());
        Assert.True(armies.Count >= 25, $"only {armies.Count} score frames");
        Assert.All(armies, a => Assert.Equal(battles[0].BattleId, a.BattleId));
        var left = armies.Select(a => a.SecondsRemaining!.Value).ToList();
        Assert.Equal(left.OrderDescending(), left);
        Assert.Equal(0, left[^1]);
        Assert.All(armies, a => Assert.Equal([0, 1], a.Hosts.Select(h => h.Team)));
    }

    [Fact]
    public void Pk_scores_never_go_down()
    {
        var scores = Events(seed: 3, PkTicks).OfType<BattleArmiesEvent>().Select(a => a.Hosts[0].TeamScore).ToList();

        Assert.Equal(scores.Order(), scores);
    }

    [Fact]
    public void A_new_pk_comes_every_few_minutes()
    {
        var ids = Events(seed: 5, DemoBattle.FirstAt + 2 * DemoBattle.Every + 1).OfType<BattleEvent>().Select(b => b.BattleId).Distinct();

        Assert.Equal(3, ids.Count());
    }

    [Fact]
    public void Boosters_and_opponent_gifts_come_during_pks()
    {
        var events = Events(seed: 11, DemoBattle.FirstAt + 4 * DemoBattle.Every);

        Assert.Contains(events, e => e is BattleBoosterEvent { IconUrl: not null });
        Assert.Contains(events, e => e is OpponentGiftEvent);
        Assert.DoesNotContain(events, e => e is GiftEvent g && g.User.UniqueId.StartsWith("rival", StringComparison.Ordinal));
    }

    [Fact]
    public void Captions_grow_as_partial_windows_and_each_sentence_ends_with_a_final_one()
    {
        var captions = Events(seed: 2, 400).OfType<CaptionEvent>().ToList();

        Assert.Contains(captions, c => c.IsFinal);
        for (var i = 1; i < captions.Count; i++)
        {
            if (!captions[i - 1].IsFinal)
            {
                Assert.StartsWith(captions[i - 1].Text, captions[i].Text);
            }
        }
    }

    [Fact]
    public void Every_deleted_line_is_a_demo_spam_line_named_by_its_msg_id_or_message_uuid()
    {
        var events = Events(seed: 9, 4_000);
        var spam = events.OfType<ChatEvent>().Where(c => c.Comment == DemoModeration.SpamLine).ToList();
        var deleted = events.OfType<ChatDeletedEvent>().Select(d => d.DeletedMsgId).ToList();

        Assert.True(deleted.Count >= 2, $"only {deleted.Count} deletes");
        Assert.All(deleted, id => Assert.Contains(spam, c => c.MsgId == id || c.MessageUuid == id));
        Assert.Contains(deleted, id => spam.Any(c => c.MessageUuid == id));
        Assert.Contains(deleted, id => spam.Any(c => c.MsgId == id));
    }

    [Fact]
    public void The_same_seed_sends_the_same_frames()
    {
        Assert.Equal(Frames(seed: 4, 1_000), Frames(seed: 4, 1_000));
    }
}

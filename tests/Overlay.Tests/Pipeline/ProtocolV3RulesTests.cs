using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Pipeline;
using Overlay.Web.Protocol;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Pipeline;

/// <summary>The §10 rules between parser and hub: deletions, transaction keys, opponent gifts, the v3.2 stream end.</summary>
public sealed class ProtocolV3RulesTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = Clock();
    private readonly EventHub _hub = Hub();
    private readonly OverlayMetrics _metrics = new();
    private readonly HubRecorder _events;
    private readonly SessionFactsLog _upstream = new();
    private readonly EventRules _rules;
    private readonly FrameParser _parser = new();

    public ProtocolV3RulesTests()
    {
        _events = new HubRecorder(_hub);
        _rules = new EventRules(Tracker(_hub, _time), _hub, _metrics, _upstream);
    }

    private void Frame(string json) => _rules.OnEvent(_parser.Parse(json).Event!, _time.GetUtcNow());

    [Theory]
    [InlineData("m-late")]
    [InlineData("uuid-late")]
    public void A_chat_that_arrives_after_its_deletion_is_never_published(string deletedId)
    {
        Frame("""{"event":"imDelete","data":{"deletedMsgId":""" + "\"" + deletedId + "\"}}");
        _time.Advance(TimeSpan.FromMinutes(9));

        Frame("""{"event":"chat","data":{"msgId":"m-late","messageUuid":"uuid-late","comment":"hateful","user":{"uniqueId":"troll"}}}""");

        Assert.DoesNotContain(_events.All, e => e is ChatEvent);
        Assert.Equal(1, _metrics.Dropped(DropReason.DeletedByModerator));
        Assert.Single(_events.All.OfType<ChatDeletedEvent>());
    }

    [Fact]
    public void A_deletion_is_forgotten_after_its_memory_so_the_set_stays_bounded()
    {
        Frame("""{"event":"imDelete","data":{"deletedMsgId":"m-old"}}""");
        _time.Advance(EventRules.DeletionMemory);

        Frame("""{"event":"chat","data":{"msgId":"m-old","comment":"much later","user":{"uniqueId":"a"}}}""");

        Assert.Single(_events.All.OfType<ChatEvent>());
    }

    [Fact]
    public void A_gift_retried_under_a_new_msg_id_is_dropped_by_its_transaction_key()
    {
        Frame("""{"event":"gift","data":{"msgId":"m1","transactionId":"tx1","giftId":1,"giftName":"Rose","diamondCount":1,"repeatCount":3,"repeatEnd":true,"giftType":1,"user":{"userId":"u1","uniqueId":"ana"}}}""");
        Frame("""{"event":"gift","data":{"msgId":"m2","transactionId":"tx1","giftId":1,"giftName":"Rose","diamondCount":1,"repeatCount":3,"repeatEnd":true,"giftType":1,"user":{"userId":"u1","uniqueId":"ana"}}}""");

        Assert.Equal(3, Assert.Single(_events.Combos(ComboPhase.Finished)).Count);
        Assert.Equal(1, _metrics.Dropped(DropReason.Duplicate));
    }

    [Fact]
    public void Streak_frames_sharing_a_transaction_all_count()
    {
        for (var count = 1; count <= 4; count++)
        {
            Frame("{\"event\":\"gift\",\"data\":{\"msgId\":\"m" + count + "\",\"transactionId\":\"tx2\",\"giftId\":1,\"diamondCount\":1,\"repeatCount\":" + count + ",\"giftType\":1,\"user\":{\"userId\":\"u1\"}}}");
        }
        Frame("""{"event":"gift","data":{"msgId":"m5","transactionId":"tx2","giftId":1,"diamondCount":1,"repeatCount":4,"repeatEnd":true,"giftType":1,"user":{"userId":"u1"}}}""");

        Assert.Equal(4, Assert.Single(_events.Combos(ComboPhase.Finished)).Count);
    }

    [Fact]
    public void Opponent_room_gifts_and_battle_scores_never_become_gift_combos()
    {
        Frame("""{"event":"linkMicOpponentGift","data":{"giftId":5655,"giftName":"Lion","diamondCount":29999,"repeatCount":1,"user":{"uniqueId":"other_fan"}}}""");
        Frame("""{"event":"battleArmies","data":{"battleId":"b","transactionId":"t","lastGift":{"gifterUserId":"x","giftId":5655,"count":1,"diamondCount":29999,"repeatCount":1},"hosts":[]}}""");
        _time.Advance(TimeSpan.FromSeconds(30));

        Assert.Empty(_events.Combos(ComboPhase.Finished));
        Assert.Empty(_events.Combos(ComboPhase.Pending));
        Assert.Single(_events.All.OfType<OpponentGiftEvent>());
    }

    [Fact]
    public void A_repeated_battle_score_frame_is_dropped_on_transaction_and_repeat_count()
    {
        const string score = """{"event":"battleArmies","data":{"battleId":"b","transactionId":"t9","lastGift":{"repeatCount":4},"hosts":[{"teamIdx":0,"teamTotalScore":10}]}}""";

        Frame(score);
        Frame(score);
        Frame(score.Replace("\"repeatCount\":4", "\"repeatCount\":5", StringComparison.Ordinal));

        Assert.Equal(2, _events.All.OfType<BattleArmiesEvent>().Count());
    }

    [Fact]
    public void A_v32_stream_end_tells_the_upstream_it_may_reconnect()
    {
        Frame("""{"event":"streamEnd","data":{"type":"streamEnd","uniqueId":"sdmdq","reason":"creator_offline","reconnect":true,"closeCode":4005}}""");

        Assert.Equal(["ended, reconnect"], _upstream.Facts);
        Assert.Single(_events.All.OfType<StreamEndEvent>());
    }

    [Fact]
    public void A_finished_combo_carries_the_gifters_fan_days_and_level_to_the_alert()
    {
        Frame("""{"event":"gift","data":{"msgId":"f1","giftId":1,"giftName":"Rose","diamondCount":1,"repeatCount":2,"repeatEnd":true,"giftType":1,"relationship":{"joinDayNumber":131},"user":{"userId":"u7","uniqueId":"fan","payGrade":27}}}""");

        var combo = Assert.Single(_events.Combos(ComboPhase.Finished));
        var alert = Overlay.Web.Widgets.AlertComposer.Compose(combo, new Overlay.Widgets.GiftAlert.GiftAlertSettings(), 1, null)!;

        Assert.Equal((131, 27), (alert.FanDays, alert.Level));
    }
}

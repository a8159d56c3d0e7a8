using Overlay.Web.Protocol;

namespace Overlay.Web.Admin;

/// <summary>The test buttons for the §10 frames: a PK (start, then end it to see the winner) and a caption.</summary>
public sealed partial class TestEventSender
{
    public const int TestPkSeconds = 120;

    private readonly Lock _battleGate = new();
    private string _battleId = "";
    private int _round;

    /// <summary>A new PK: battle starting (§10 status 2) and a first score frame, the test viewer the left side's MVP.</summary>
    public bool SendPkStart()
    {
        string battleId;
        int round;
        lock (_battleGate)
        {
            battleId = _battleId = NewId();
            round = ++_round;
        }
        return Write(WireFrameWriter.Battle(NewId(), battleId, 2, TestPkSeconds, Now))
            & Write(WireFrameWriter.BattleArmies(NewId(), battleId, Now, TestPkSeconds, TestPkSeconds, Hosts(round, 0)));
    }

    /// <summary>Ends the PK the last "Start PK" began: a final score frame (left ahead), then battle ended (status 3).</summary>
    public bool SendPkEnd()
    {
        string battleId;
        int round;
        lock (_battleGate)
        {
            (battleId, round) = (_battleId, _round);
        }
        if (battleId.Length == 0)
        {
            return true; // Nothing to end: no PK was started from here.
        }
        return Write(WireFrameWriter.BattleArmies(NewId(), battleId, Now, 0, TestPkSeconds, Hosts(round, 500)))
            & Write(WireFrameWriter.Battle(NewId(), battleId, 3, TestPkSeconds, Now));
    }

    /// <summary>A caption as TikTok sends it: two partial windows, then the final line.</summary>
    public bool SendCaption()
    {
        var start = Now;
        return Write(WireFrameWriter.Caption(NewId(), "Test caption", false, start, Now))
            & Write(WireFrameWriter.Caption(NewId(), "Test caption from the", false, start, Now))
            & Write(WireFrameWriter.Caption(NewId(), "Test caption from the admin 👋", true, start, Now));
    }

    private static IReadOnlyList<WireFrameWriter.Host> Hosts(int round, long extra) =>
    [
        new("9000000000000000100", 1200 + extra + round, 0,
            [new(Tester.UserId, Tester.Nickname, 900 + extra), new("9000000000000000002", "Helper 🎁", 300)]),
        new("9000000000000000200", 1100, 1, [new("9000000000000000003", "Rival fan", 700), new("9000000000000000004", "Another fan", 400)]),
    ];
}

using Overlay.Web.Events;
using Overlay.Widgets.PkBattle;

namespace Overlay.Web.Widgets;

/// <summary>How each §10 event moves the PK, under <see cref="WidgetState{TView, TSettings}.Gate"/>: true when the view changed.</summary>
public sealed partial class PkBattleState
{
    private bool OnBattle(BattleEvent battle)
    {
        var now = _time.GetUtcNow();
        if (battle.Status == BattleStatus.Unknown)
        {
            return false;
        }
        var isNew = battle.BattleId.Length > 0 && battle.BattleId != _battleId;
        if (isNew)
        {
            Reset(battle.BattleId);
        }
        switch (battle.Status)
        {
            case BattleStatus.Preparing when _phase is PkPhase.None or PkPhase.Preparing:
                _phase = PkPhase.Preparing;
                _hideAt = now + QuietTimeout;
                return true;
            case BattleStatus.Active or BattleStatus.Starting when _phase != PkPhase.Ended:
                _phase = PkPhase.Active;
                if (_endsAt is null && battle.DurationSeconds > 0)
                {
                    _endsAt = now + TimeSpan.FromSeconds(battle.DurationSeconds);
                }
                _hideAt = _endsAt is { } end ? end + StaleAfter : now + QuietTimeout;
                return true;
            case BattleStatus.Ended when _phase is PkPhase.Preparing or PkPhase.Active:
                _phase = PkPhase.Ended;
                _outcome = PkSides.Outcome(PkSides.Side(_hosts, 0, ""), PkSides.Side(_hosts, 1, ""));
                _endsAt = null;
                _boosters.Clear();
                _hideAt = now + TimeSpan.FromSeconds(_settings.ResultSeconds);
                return true;
            default:
                return isNew;
        }
    }

    private bool OnArmies(BattleArmiesEvent armies)
    {
        var now = _time.GetUtcNow();
        var otherBattle = armies.BattleId.Length > 0 && armies.BattleId != _battleId;
        if (_phase == PkPhase.Ended && !otherBattle)
        {
            return false; // The result is final; a late score frame of the same PK does not reopen it.
        }
        if (_phase == PkPhase.None || otherBattle)
        {
            Reset(armies.BattleId);
        }
        if (armies.ServerTime is { } sent && _lastServerTime is { } last && sent < last)
        {
            return false; // Older than what is on screen: frames can overtake each other on retries.
        }
        _lastServerTime = armies.ServerTime ?? _lastServerTime;
        _phase = PkPhase.Active;
        _hosts = armies.Hosts;
        if (armies.SecondsRemaining is { } seconds)
        {
            var age = armies.ServerTime is { } at ? Clamp(now - at, TimeSpan.Zero, MaxFrameAge) : TimeSpan.Zero;
            _endsAt = now + TimeSpan.FromSeconds(Math.Max(0, seconds)) - age;
        }
        _hideAt = _endsAt is { } end ? end + StaleAfter : now + QuietTimeout;
        return true;
    }

    private bool OnBooster(BattleBoosterEvent booster)
    {
        if (_phase is not (PkPhase.Active or PkPhase.Preparing))
        {
            return false;
        }
        _boosters.Add(new PkBooster(++_nextId, booster.Effect, booster.Multiplier, booster.SenderNickname, booster.IconUrl), ExtraUntil());
        return true;
    }

    private bool OnOpponentGift(OpponentGiftEvent gift)
    {
        if (!_settings.ShowOpponentGifts || _phase == PkPhase.None)
        {
            return false;
        }
        var name = gift.User.Nickname.Length > 0 ? gift.User.Nickname : gift.User.UniqueId;
        _gifts.Add(new PkOpponentGift(++_nextId, name, gift.GiftName, gift.RepeatCount, gift.PictureUrl), ExtraUntil());
        return true;
    }
}

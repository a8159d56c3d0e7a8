using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Admin;

namespace Overlay.Tests.Admin;

public sealed class LoginThrottleTests
{
    private const string Lan = "192.168.1.50";
    private const string Tablet = "192.168.1.60";

    [Fact]
    public void Five_wrong_passwords_in_a_minute_lock_logins_out()
    {
        var throttle = new LoginThrottle(new FakeTimeProvider());

        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            throttle.RecordFailure(Lan);
        }

        Assert.True(throttle.IsLockedOut(Lan));
    }

    [Fact]
    public void Lockout_ends_when_the_window_has_passed()
    {
        var time = new FakeTimeProvider();
        var throttle = new LoginThrottle(time);
        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            throttle.RecordFailure(Lan);
        }

        time.Advance(LoginThrottle.FirstLockout);

        Assert.False(throttle.IsLockedOut(Lan));
    }

    [Fact]
    public void One_device_guessing_never_locks_out_another()
    {
        var throttle = new LoginThrottle(new FakeTimeProvider());
        for (var i = 0; i < LoginThrottle.MaxFailures * 3; i++)
        {
            throttle.RecordFailure(Lan);
        }

        Assert.True(throttle.IsLockedOut(Lan));
        Assert.False(throttle.IsLockedOut(Tablet));
    }

    [Fact]
    public void Each_further_lockout_lasts_twice_as_long_up_to_the_cap()
    {
        var time = new FakeTimeProvider();
        var throttle = new LoginThrottle(time);
        var lockouts = new List<TimeSpan>();
        for (var round = 0; round < 8; round++)
        {
            for (var i = 0; i < LoginThrottle.MaxFailures; i++)
            {
                throttle.RecordFailure(Lan);
            }
            var wait = throttle.LockedOutFor(Lan);
            lockouts.Add(wait);
            time.Advance(wait);
        }

        Assert.Equal(
            [1, 2, 4, 8, 16, 30, 30, 30],
            lockouts.Select(l => (int)l.TotalMinutes));
        Assert.False(throttle.IsLockedOut(Lan));
    }

    [Fact]
    public void Right_password_clears_its_address()
    {
        var throttle = new LoginThrottle(new FakeTimeProvider());
        for (var i = 0; i < LoginThrottle.MaxFailures - 1; i++)
        {
            throttle.RecordFailure(Lan);
        }

        throttle.RecordSuccess(Lan);
        throttle.RecordFailure(Lan);

        Assert.False(throttle.IsLockedOut(Lan));
    }

    [Fact]
    public void Table_of_addresses_stays_bounded_and_keeps_a_fresh_lockout()
    {
        var time = new FakeTimeProvider();
        var throttle = new LoginThrottle(time);
        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            throttle.RecordFailure(Lan);
        }
        for (var n = 0; n < LoginThrottle.MaxAddresses * 2; n++)
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
            throttle.RecordFailure("10.0." + (n / 256) + "." + (n % 256));
        }

        Assert.Equal(LoginThrottle.MaxAddresses, throttle.AddressCount);
        Assert.False(throttle.IsLockedOut("10.0.0.0"));
    }
}

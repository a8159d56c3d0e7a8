using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Admin;

namespace Overlay.Tests.Admin;

public sealed class LoginThrottleTests
{
    [Fact]
    public void Five_wrong_passwords_in_a_minute_lock_logins_out()
    {
        var throttle = new LoginThrottle(new FakeTimeProvider());

        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            throttle.RecordFailure();
        }

        Assert.True(throttle.IsLockedOut);
    }

    [Fact]
    public void Lockout_ends_when_the_window_has_passed()
    {
        var time = new FakeTimeProvider();
        var throttle = new LoginThrottle(time);
        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            throttle.RecordFailure();
        }

        time.Advance(LoginThrottle.Window);

        Assert.False(throttle.IsLockedOut);
    }
}

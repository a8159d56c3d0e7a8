using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Overlay.Web.Admin;

namespace Overlay.Web.Security;

/// <summary>
/// Tells the <see cref="CircuitLimiter"/> when a circuit opens and closes. Scoped to the circuit: its user is the
/// connection's, which carries the peer address the server put there (<see cref="AdminAuth.PeerIdentity"/>).
/// </summary>
public sealed class CircuitLimitHandler(CircuitLimiter limiter, AuthenticationStateProvider authentication) : CircuitHandler
{
    private string? _address;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        _address = AdminAuth.PeerAddress(state.User) ?? "";
        limiter.CircuitOpened(_address);
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _address, null) is { } address)
        {
            limiter.CircuitClosed(address);
        }
        return Task.CompletedTask;
    }
}

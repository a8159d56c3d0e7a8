using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Overlay.Web.Upstream;

/// <summary>Where to connect, from the current options, and when a config change means starting over.</summary>
public sealed partial class UpstreamClient
{
    private UpstreamTarget? ResolveTarget(out string problem)
    {
        UpstreamOptions current;
        try
        {
            current = options.CurrentValue;
        }
        catch (OptionsValidationException ex)
        {
            // Our validation messages name the setting and never quote its value.
            problem = string.Join(" ", ex.Failures);
            return null;
        }

        UpstreamTarget? target;
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (!replay.TryResolve(out var replaying, out problem))
        {
            Volatile.Write(ref _target, null);
            return null;
        }
        if (replaying is not null)
        {
            _lastDemoLog = "";
            target = UpstreamTarget.ForReplay(addresses, out problem);
        }
        else if (current.UseDemo)
        {
            target = UpstreamTarget.ForDemo(addresses, out problem);
            if (target is not null && _lastDemoLog != target.SafeDescription)
            {
                _lastDemoLog = target.SafeDescription;
                if (current.HasCredentials)
                {
                    UpstreamLog.DemoBecauseForced(logger, target.SafeDescription);
                }
                else
                {
                    UpstreamLog.DemoBecauseNoKey(logger, target.SafeDescription);
                }
            }
        }
        else
        {
            _lastDemoLog = "";
            target = UpstreamTarget.ForTikTools(current, out problem);
        }
        Volatile.Write(ref _target, target);
        return target;
    }

    /// <summary>
    /// Restarts on a change to the Upstream section only: OnChange also fires for unrelated edits to the file,
    /// often twice, and every restart costs a connect from the plan's budget (§1).
    /// </summary>
    private IDisposable? WatchOptions()
    {
        var last = Fingerprint(options.CurrentValue);
        return options.OnChange(changed =>
        {
            var next = Fingerprint(changed);
            if (next != last)
            {
                last = next;
                ApplyOptions();
            }
        });
    }

    private static (string, string, string, string, bool, int) Fingerprint(UpstreamOptions o) =>
        (o.Url, o.UniqueId, o.ApiKey, o.JwtKey, o.Demo, o.StallSeconds);
}

using Overlay.Bench.Browser;
using Overlay.Bench.Load;
using Overlay.Bench.Targets;

namespace Overlay.Bench;

/// <summary>What a scenario needs running: the generator, the app, optionally the relay and the browser.</summary>
/// <param name="AppSettings">Extra app configuration in environment form (Widgets__GiftAlert__DisplaySeconds).</param>
/// <param name="AppStandIn">What runs in the app's place, if anything (<see cref="AppChoice"/>).</param>
public sealed record RigOptions(bool Relay, bool Browser, IReadOnlyDictionary<string, string> AppSettings, AppChoice AppStandIn)
{
    /// <summary>Also start the Node relay (bench/NodeRelay); when node or npm fails the run goes on without it.</summary>
    public bool NodeRelay { get; init; }

    /// <summary>Widgets of kinds without a default instance, by slug, added to the app's new store before it starts.</summary>
    public IReadOnlyDictionary<string, Overlay.Web.Widgets.WidgetKind> ExtraWidgets { get; init; } =
        new Dictionary<string, Overlay.Web.Widgets.WidgetKind>();
}

/// <summary>
/// Starts everything a scenario uses, in order, and stops it in reverse order in <see cref="DisposeAsync"/>, so
/// every child process is gone when a scenario ends, fails or is cancelled.
/// </summary>
public sealed class Rig : IAsyncDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(60);
    private readonly List<IAsyncDisposable> _owned = [];
    private readonly List<ProbePage> _pages = [];

    private Rig(Generator generator) => Generator = generator;

    public Generator Generator { get; }

    public ITarget App { get; private set; } = null!;

    public ITarget? Relay { get; private set; }

    /// <summary>The Node relay, when asked for and it started; the baseline the targets are judged against.</summary>
    public ITarget? NodeRelay { get; private set; }

    public BrowserProbe? Browser { get; private set; }

    public IReadOnlyList<ProbePage> Pages => _pages;

    /// <summary>What went wrong on the app's side without being the harness's fault; printed under the table.</summary>
    public List<string> Notes { get; } = [];

    public static async Task<Rig> StartAsync(RigOptions options, CancellationToken cancellationToken)
    {
        var rig = new Rig(await Generator.StartAsync(cancellationToken));
        rig._owned.Add(rig.Generator);
        try
        {
            await rig.StartTargetsAsync(options, cancellationToken);
            if (options.Browser)
            {
                rig.Browser = await BrowserProbe.StartAsync();
                rig._owned.Add(rig.Browser);
            }
            return rig;
        }
        catch
        {
            await rig.DisposeAsync();
            throw;
        }
    }

    private async Task StartTargetsAsync(RigOptions options, CancellationToken cancellationToken)
    {
        // The relay goes first so each connection is known to belong to one target: a relay that does not
        // connect is a harness failure; an app that does not connect is a result.
        var clients = 0;
        if (options.Relay)
        {
            Relay = await RelayProcess.StartAsync(Generator.Url, "relay", cancellationToken);
            _owned.Add(Relay);
            await Generator.WaitForClientsAsync(++clients, ConnectTimeout, cancellationToken);
        }
        if (options.NodeRelay)
        {
            var (node, whyNot) = await NodeRelayProcess.TryStartAsync(Generator.Url, cancellationToken);
            if (node is null)
            {
                Console.WriteLine($"node relay: not used, {whyNot}; running with the .NET relay only");
                Notes.Add($"node relay not used: {whyNot}");
            }
            else
            {
                NodeRelay = node;
                _owned.Add(node);
                await Generator.WaitForClientsAsync(++clients, ConnectTimeout, cancellationToken);
            }
        }
        App = options.AppStandIn == AppChoice.App
            ? await AppProcess.StartAsync(Generator.Url, options.AppSettings, cancellationToken, options.ExtraWidgets)
            : await RelayProcess.StartAsync(Generator.Url, options.AppStandIn, cancellationToken);
        _owned.Add(App);
        try
        {
            await Generator.WaitForClientsAsync(++clients, ConnectTimeout, cancellationToken);
        }
        catch (HarnessException e)
        {
            Notes.Add($"the app did not connect to the upstream: {e.Message}");
        }
    }

    public IEnumerable<ITarget> Targets => new[] { App, Relay, NodeRelay }.OfType<ITarget>();

    /// <summary>Opens <paramref name="count"/> pages of <paramref name="widget"/> on <paramref name="target"/>.</summary>
    public async Task<IReadOnlyList<ProbePage>> OpenPagesAsync(ITarget target, string widget, int count)
    {
        var browser = Browser ?? throw new HarnessException("this scenario started no browser");
        var url = target.PageUrl(widget) ?? throw new HarnessException($"{target.Name} has no {widget} page");
        var opened = new List<ProbePage>();
        for (var i = 0; i < count; i++)
        {
            ProbePage page;
            try
            {
                page = await browser.OpenAsync(target.Name, widget, url);
            }
            catch (Microsoft.Playwright.PlaywrightException) when (target.Process.Process.HasExited)
            {
                throw new HarnessException($"{target.Name} exited with code {target.Process.Process.ExitCode} during the run; see bench/results/logs");
            }
            opened.Add(page);
            _pages.Add(page);
        }
        return opened;
    }

    public IEnumerable<ProbePage> PagesOf(ITarget target, string? widget = null) =>
        _pages.Where(p => p.Target == target.Name && (widget is null || p.Widget == widget));

    /// <summary>
    /// Sends warm-up chats (and a gift a second for gift pages) until every page has shown one, so a page that
    /// is still connecting its circuit does not count as slow. Relay pages must get there; app pages that never
    /// do are noted and measured anyway (they will show up as missing).
    /// </summary>
    public async Task WaitUntilPagesShowEventsAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waiting = _pages.Where(p => p.Widget is WidgetPages.ChatTicker or WidgetPages.GiftAlert).ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (long seq = 0; waiting.Count > 0 && clock.Elapsed < timeout; seq++)
        {
            Generator.Broadcast(Frames.Chat('w', seq));
            if (seq % 5 == 0 && waiting.Any(p => p.Widget == WidgetPages.GiftAlert))
            {
                Generator.Broadcast(Frames.Gift('w', 5_000_000 + seq));
            }
            await Task.Delay(200, cancellationToken);
            foreach (var page in waiting.ToList())
            {
                await page.CollectAsync();
                if (page.Appeared.Keys.Any(t => t[0] == 'w'))
                {
                    waiting.Remove(page);
                }
            }
        }
        if (waiting.Any(p => p.Target == Relay?.Name || p.Target == NodeRelay?.Name))
        {
            throw new HarnessException($"relay pages showed no event within {timeout.TotalSeconds:0} s");
        }
        foreach (var group in waiting.GroupBy(p => (p.Target, p.Widget)))
        {
            Notes.Add($"{group.Count()} {group.Key.Target} {group.Key.Widget} page(s) showed no event within {timeout.TotalSeconds:0} s");
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<Exception> errors = [];
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            try
            {
                await _owned[i].DisposeAsync();
            }
            catch (Exception e)
            {
                errors.Add(e);
            }
        }
        _owned.Clear();
        if (errors.Count > 0)
        {
            Console.Error.WriteLine($"cleanup: {string.Join("; ", errors.Select(e => e.Message))}");
        }
    }
}

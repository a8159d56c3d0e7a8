using Microsoft.Extensions.Options;
using Overlay.Web.Events;
using Overlay.Web.Storage;

namespace Overlay.Web.Widgets;

/// <summary>
/// The widget instances the app serves and the admin manages: stored in the settings file, live in the
/// <see cref="WidgetRegistry"/>. At start it builds each stored instance once, seeding the store on the first start
/// with every kind's default instance (settings from the <c>Widgets</c> section); when the store cannot be read the
/// defaults run from config. Every change is persisted first and applied to the registry second, so a store failure
/// leaves the running widgets as they were. New settings go to the live state in place when it takes them
/// (<see cref="WidgetHandle.TakesSettingsInPlace"/>: chat rows and queued alerts stay); otherwise a new state is
/// swapped in. Either way the registry announces the new handle, so open pages apply the look.
/// </summary>
public sealed partial class WidgetInstanceService(
    WidgetRegistry registry,
    WidgetStateFactory factory,
    WidgetInstanceRepository repository,
    GoalProgressStore goals,
    IOptions<WidgetOptions> options,
    ILogger<WidgetInstanceService> logger) : IHostedService
{
    public const int MaxNameLength = 64;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, WidgetEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly HandlerList<Action> _subscribers = new();

    public IReadOnlyList<WidgetEntry> List()
    {
        lock (_gate)
        {
            return [.. _entries.Values.OrderBy(e => WidgetKinds.Order(e.Instance.Kind)).ThenBy(e => e.Instance.Name, StringComparer.Ordinal)];
        }
    }

    public WidgetEntry? Find(string slug)
    {
        lock (_gate)
        {
            return _entries.GetValueOrDefault(slug);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var problem in WidgetKinds.All.Select(k => k.ConfiguredLanguageProblem(options.Value)).OfType<string>())
            {
                LogUnknownLanguage(logger, problem);
            }
            var defaults = WidgetKinds.All
                .Where(k => k.DefaultSlug is not null)
                .Select(k => new WidgetEntry(new WidgetInstance(k.DefaultSlug!, k, k.DefaultName), k.DefaultSettings(options.Value)))
                .ToList();
            IReadOnlyList<StoredWidget> stored;
            try
            {
                stored = repository.SeedOnce(defaults.Select(ToStored));
            }
            catch (StoreUnavailableException)
            {
                // The store logged it; the widgets run from config until it works again.
                defaults.ForEach(d => ApplyLive(d.Instance, d.Settings));
                return Task.CompletedTask;
            }
            foreach (var widget in stored)
            {
                var kind = widget.Kind;
                var instance = new WidgetInstance(widget.Slug, kind, widget.Name);
                try
                {
                    ApplyLive(instance, kind.Form.Deserialize(widget.SettingsJson));
                }
                catch (ArgumentException ex)
                {
                    // A hand-edited row out of range: run that widget with defaults rather than not at all.
                    LogBadStoredSettings(logger, widget.Slug, ex.Message);
                    ApplyLive(instance, kind.Form.Defaults());
                }
            }
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var slug in _entries.Keys.ToList())
            {
                RemoveLive(slug);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>A new instance with the kind's defaults, its built-in texts in <paramref name="language"/> (English when null).</summary>
    public WidgetEntry Create(WidgetKind kind, string name, string? language = null) =>
        Add(kind, name, language is null ? kind.Form.Defaults() : kind.Form.DefaultsIn(language));

    public WidgetEntry Duplicate(string slug)
    {
        var source = Find(slug) ?? throw new KeyNotFoundException($"No widget '{slug}'.");
        return Add(source.Instance.Kind, source.Instance.Name + " copy", source.Settings);
    }

    public WidgetEntry Rename(string slug, string name) => Change(slug, e => e with { Instance = e.Instance with { Name = CleanName(name) } });

    /// <exception cref="ArgumentException">Settings of the wrong type or out of range.</exception>
    /// <remarks>States that take settings in place keep what they show (chat rows, queued alerts, goal progress).</remarks>
    public WidgetEntry UpdateSettings(string slug, object settings) => Change(slug, e => e with { Settings = settings });

    /// <summary>
    /// Creates or replaces the instance at <paramref name="slug"/> (a restored backup): validated and stored first,
    /// then live, so open pages follow it.
    /// </summary>
    /// <exception cref="ArgumentException">Settings of the wrong type or out of range.</exception>
    public WidgetEntry Put(string slug, WidgetKind kind, string name, object settings)
    {
        var current = Find(slug);
        if (current is not null && current.Instance.Kind == kind)
        {
            return Change(slug, e => e with { Instance = e.Instance with { Name = CleanName(name) }, Settings = settings });
        }
        WidgetEntry entry;
        lock (_gate)
        {
            entry = Persist(new WidgetEntry(new WidgetInstance(slug, kind, CleanName(name)), settings));
        }
        Notify();
        return entry;
    }

    public bool Delete(string slug)
    {
        lock (_gate)
        {
            if (!_entries.ContainsKey(slug))
            {
                return false;
            }
            repository.Delete(slug);
            RemoveLive(slug);
            goals.Forget(slug);
        }
        Notify();
        return true;
    }

    public IDisposable Subscribe(Action changed) => _subscribers.Add(changed);

    private WidgetEntry Add(WidgetKind kind, string name, object settings)
    {
        WidgetEntry entry;
        lock (_gate)
        {
            var clean = CleanName(name);
            var slug = WidgetSlug.From(clean, s => _entries.ContainsKey(s) || repository.Find(s) is not null);
            entry = Persist(new WidgetEntry(new WidgetInstance(slug, kind, clean), settings));
        }
        Notify();
        return entry;
    }

    private WidgetEntry Change(string slug, Func<WidgetEntry, WidgetEntry> change)
    {
        WidgetEntry entry;
        lock (_gate)
        {
            var current = _entries.GetValueOrDefault(slug) ?? throw new KeyNotFoundException($"No widget '{slug}'.");
            entry = change(current);
            if (registry.Find(slug) is { TakesSettingsInPlace: true } live)
            {
                ThrowIfInvalid(entry);
                Store(entry);
                registry.Add(live.Reconfigure(entry.Instance, entry.Settings));
                _entries[slug] = entry;
            }
            else
            {
                entry = Persist(entry);
            }
        }
        Notify();
        return entry;
    }

    // Builds the new state first (which validates), then stores, then swaps: any failure leaves things as they were.
    private WidgetEntry Persist(WidgetEntry entry)
    {
        var handle = factory.Create(entry.Instance, entry.Settings);
        try
        {
            Store(entry);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
        Swap(handle, entry);
        return entry;
    }

    private void Store(WidgetEntry entry) => repository.Upsert(ToStored(entry));

    private static StoredWidget ToStored(WidgetEntry entry) =>
        new(entry.Instance.Slug, entry.Instance.Kind, entry.Instance.Name, entry.Instance.Kind.Form.Serialize(entry.Settings));

    private static void ThrowIfInvalid(WidgetEntry entry)
    {
        var instance = entry.Instance;
        if (string.Join(" ", instance.Kind.Validate(entry.Settings, $"{WidgetOptions.SectionName}:{instance.Slug}")) is { Length: > 0 } problems)
        {
            throw new ArgumentException(problems, nameof(entry));
        }
    }

    private void ApplyLive(WidgetInstance instance, object settings) => Swap(factory.Create(instance, settings), new WidgetEntry(instance, settings));

    private void Swap(WidgetHandle handle, WidgetEntry entry)
    {
        var previous = registry.Find(entry.Instance.Slug);
        registry.Add(handle);
        previous?.Dispose();
        _entries[entry.Instance.Slug] = entry;
    }

    private void RemoveLive(string slug)
    {
        if (registry.Remove(slug, out var removed))
        {
            removed?.Dispose();
        }
        _entries.Remove(slug);
    }

    private static string CleanName(string name)
    {
        var trimmed = new string([.. name.Trim().Where(c => !char.IsControl(c))]);
        return trimmed.Length == 0 ? "Widget" : trimmed[..Math.Min(trimmed.Length, MaxNameLength)];
    }

    private void Notify()
    {
        foreach (var subscriber in _subscribers.Snapshot)
        {
            subscriber();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored settings of widget {Slug} are out of range, using defaults: {Problem}")]
    private static partial void LogBadStoredSettings(ILogger logger, string slug, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Problem} The widget shows English texts.")]
    private static partial void LogUnknownLanguage(ILogger logger, string problem);
}

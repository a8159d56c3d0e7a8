using Overlay.Web.Widgets;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Overlay.Web.Events;
using Microsoft.Extensions.Options;
using Overlay.Web.Admin.Forms;
using Overlay.Web.Storage;

namespace Overlay.Web.Admin;

/// <summary>
/// The widget instances the admin manages: stored in the settings file, live in the <see cref="WidgetRegistry"/>.
/// At start it replaces the config-built defaults (DefaultWidgets) with what is stored, seeding the store from them
/// on the first start. Every change is persisted first and applied to the registry second, so a store failure
/// leaves the running widgets as they were. New settings go to the live state in place when it implements
/// <see cref="IReconfigurable{TSettings}"/> of that settings type (chat rows and queued alerts stay); otherwise
/// a new state is swapped in. Either way the registry announces the new handle, so open pages apply the look.
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
            return [.. _entries.Values.OrderBy(e => e.Instance.Kind).ThenBy(e => e.Instance.Name, StringComparer.Ordinal)];
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
            // Only the config-built defaults are ours to replace; widgets registered by anything else stay untouched.
            foreach (var instance in DefaultWidgets.Instances)
            {
                if (registry.Find(instance.Slug) is { } handle)
                {
                    _entries[instance.Slug] = new WidgetEntry(handle.Instance, DefaultSettings(instance.Kind));
                }
            }
            IReadOnlyList<StoredWidget> stored;
            try
            {
                stored = repository.SeedOnce(DefaultWidgets.Instances.Select(i =>
                    new StoredWidget(i.Slug, i.Kind, i.Name, WidgetSettingsDefinitions.For(i.Kind).Serialize(DefaultSettings(i.Kind)))));
            }
            catch (StoreUnavailableException)
            {
                return Task.CompletedTask; // The store logged it; the config-built defaults keep running.
            }
            foreach (var slug in _entries.Keys.Except(stored.Select(s => s.Slug), StringComparer.OrdinalIgnoreCase).ToList())
            {
                RemoveLive(slug);
            }
            foreach (var widget in stored)
            {
                var settings = WidgetSettingsDefinitions.For(widget.Kind).Deserialize(widget.SettingsJson);
                try
                {
                    ApplyLive(new WidgetInstance(widget.Slug, widget.Kind, widget.Name), settings);
                }
                catch (ArgumentException ex)
                {
                    // A hand-edited row out of range: run that widget with defaults rather than not at all.
                    LogBadStoredSettings(logger, widget.Slug, ex.Message);
                    ApplyLive(new WidgetInstance(widget.Slug, widget.Kind, widget.Name), WidgetSettingsDefinitions.For(widget.Kind).Defaults());
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

    public WidgetEntry Create(WidgetKind kind, string name) => Add(kind, name, WidgetSettingsDefinitions.For(kind).Defaults());

    public WidgetEntry Duplicate(string slug)
    {
        var source = Find(slug) ?? throw new KeyNotFoundException($"No widget '{slug}'.");
        return Add(source.Instance.Kind, source.Instance.Name + " copy", source.Settings);
    }

    public WidgetEntry Rename(string slug, string name) => Change(slug, e => e with { Instance = e.Instance with { Name = CleanName(name) } });

    /// <exception cref="ArgumentException">Settings of the wrong type or out of range.</exception>
    /// <remarks>States that take settings in place keep what they show (chat rows, queued alerts, goal progress).</remarks>
    public WidgetEntry UpdateSettings(string slug, object settings) => Change(slug, e => e with { Settings = settings });

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
            if (registry.Find(slug) is { } live && Reconfigurer(live.Source, entry.Settings) is { } reconfigure)
            {
                WidgetStateFactory.Validate(entry.Instance, entry.Settings);
                Store(entry);
                reconfigure();
                registry.Add(live with { Instance = entry.Instance, Settings = entry.Settings });
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
            (handle.Source as IDisposable)?.Dispose();
            throw;
        }
        Swap(handle, entry);
        return entry;
    }

    private void Store(WidgetEntry entry) =>
        repository.Upsert(new StoredWidget(entry.Instance.Slug, entry.Instance.Kind, entry.Instance.Name,
            WidgetSettingsDefinitions.For(entry.Instance.Kind).Serialize(entry.Settings)));

    /// <summary>
    /// A call that hands <paramref name="settings"/> to <paramref name="state"/>'s Reconfigure, when the state is an
    /// IReconfigurable of exactly that settings type; null otherwise. Generic, so kinds added later need nothing here.
    /// </summary>
    private static Action? Reconfigurer(object state, object settings)
    {
        var contract = typeof(IReconfigurable<>).MakeGenericType(settings.GetType());
        if (!contract.IsInstanceOfType(state))
        {
            return null;
        }
        var method = contract.GetMethod(nameof(IReconfigurable<object>.Reconfigure))!;
        return () =>
        {
            try
            {
                method.Invoke(state, [settings]);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                ExceptionDispatchInfo.Throw(ex.InnerException);
            }
        };
    }

    private void ApplyLive(WidgetInstance instance, object settings) => Swap(factory.Create(instance, settings), new WidgetEntry(instance, settings));

    private void Swap(WidgetHandle handle, WidgetEntry entry)
    {
        var previous = registry.Find(entry.Instance.Slug);
        registry.Add(handle);
        (previous?.Source as IDisposable)?.Dispose();
        _entries[entry.Instance.Slug] = entry;
    }

    private void RemoveLive(string slug)
    {
        if (registry.Remove(slug, out var removed))
        {
            (removed?.Source as IDisposable)?.Dispose();
        }
        _entries.Remove(slug);
    }

    private object DefaultSettings(WidgetKind kind) => kind switch
    {
        WidgetKind.GiftAlert => options.Value.GiftAlert,
        WidgetKind.ChatTicker => options.Value.ChatTicker,
        WidgetKind.LikeGoal => options.Value.LikeGoal,
        _ => WidgetSettingsDefinitions.For(kind).Defaults(),
    };

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
}

using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Overlay.Web.Localization;
using Overlay.Web.Events;
using Overlay.Web.Rules.Model;
using Overlay.Web.Storage;

namespace Overlay.Web.Rules;

/// <summary>
/// Every rule, in the admin's order: an immutable snapshot the engine reads per event, changed only through here
/// (saved first, then swapped in). A rule that fails <see cref="RuleValidator"/> is never saved. Webhook secrets
/// left empty in an edit keep the saved one (the editor never receives it); an export never contains them.
/// </summary>
public sealed class RuleBook(RuleRepository repository)
{
    public const int MaxImportBytes = 1_000_000;

    private readonly Lock _gate = new();
    private readonly HandlerList<Action> _handlers = new();
    private IReadOnlyList<Rule>? _rules;

    /// <summary>The rules, first to last. Empty while the store cannot be read.</summary>
    public IReadOnlyList<Rule> All
    {
        get
        {
            var rules = Volatile.Read(ref _rules);
            if (rules is not null)
            {
                return rules;
            }
            lock (_gate)
            {
                return EnsureLoaded();
            }
        }
    }

    public Rule? Find(long id) => All.FirstOrDefault(r => r.Id == id);

    /// <summary>Called after any change, on the caller's thread.</summary>
    public IDisposable Subscribe(Action changed) => _handlers.Add(changed);

    /// <summary>Creates (Id 0) or replaces the rule. Returns it as saved.</summary>
    /// <exception cref="RuleRejectedException">The rule is not valid, or no longer exists.</exception>
    /// <exception cref="StoreUnavailableException">The settings file cannot be written.</exception>
    public Rule Save(Rule rule, IStringLocalizer? text = null)
    {
        var L = text ?? EnglishText.Instance;
        Rule saved;
        lock (_gate)
        {
            var rules = EnsureLoaded();
            var old = rule.Id == 0 ? null : rules.FirstOrDefault(r => r.Id == rule.Id) ?? throw new RuleRejectedException([L["This rule was deleted meanwhile."]]);
            rule = KeepSecrets(rule, old);
            Check(rule, L);
            if (old is null)
            {
                saved = repository.Add([rule])[0];
                Swap([.. rules, saved]);
            }
            else
            {
                repository.Update(rule);
                saved = rule;
                Swap([.. rules.Select(r => r.Id == rule.Id ? rule : r)]);
            }
        }
        Notify();
        return saved;
    }

    public void SetEnabled(long id, bool enabled)
    {
        if (Find(id) is { } rule && rule.Enabled != enabled)
        {
            Save(rule with { Enabled = enabled });
        }
    }

    public bool Delete(long id)
    {
        lock (_gate)
        {
            var rules = EnsureLoaded();
            if (!repository.Delete(id))
            {
                return false;
            }
            Swap([.. rules.Where(r => r.Id != id)]);
        }
        Notify();
        return true;
    }

    /// <summary>Moves the rule one place up (-1) or down (+1).</summary>
    public void Move(long id, int delta)
    {
        lock (_gate)
        {
            var rules = EnsureLoaded().ToList();
            var at = rules.FindIndex(r => r.Id == id);
            var to = at + Math.Sign(delta);
            if (at < 0 || to < 0 || to >= rules.Count)
            {
                return;
            }
            (rules[at], rules[to]) = (rules[to], rules[at]);
            repository.SaveOrder([.. rules.Select(r => r.Id)]);
            Swap(rules);
        }
        Notify();
    }

    /// <summary>The rules as an export file (indented JSON), secrets left out.</summary>
    public string Export(IEnumerable<long>? ids = null)
    {
        var chosen = ids is null ? All : [.. All.Where(r => ids.Contains(r.Id))];
        var file = new RulesExportFile
        {
            Format = RulesExportFile.FormatName,
            Rules = [.. chosen.Select(r => r with { Id = 0, Actions = [.. r.Actions.Select(a => a with { Secret = "" })] })],
        };
        var options = new JsonSerializerOptions(RulesJson.Default.Options) { WriteIndented = true };
        return JsonSerializer.Serialize(file, new RulesJson(options).RulesExportFile);
    }

    /// <summary>Adds every rule of an export file after the existing ones, all or nothing.</summary>
    /// <exception cref="RuleRejectedException">The file is not a valid rules export; nothing was added.</exception>
    public IReadOnlyList<Rule> Import(string json, IStringLocalizer? text = null)
    {
        var file = Parse(json, text);
        IReadOnlyList<Rule> added;
        lock (_gate)
        {
            var rules = EnsureLoaded();
            added = repository.Add([.. file.Rules.Select(r => r with { Id = 0 })]);
            Swap([.. rules, .. added]);
        }
        Notify();
        return added;
    }

    /// <summary>The file's rules when all are valid; otherwise every problem, in one exception.</summary>
    public static RulesExportFile Parse(string json, IStringLocalizer? text = null)
    {
        var L = text ?? EnglishText.Instance;
        if (json.Length > MaxImportBytes)
        {
            throw new RuleRejectedException([L["The file is larger than {0} kB; it is not a rules export.", (MaxImportBytes / 1000).ToString("N0", CultureInfo.CurrentCulture)]]);
        }
        RulesExportFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, RulesJson.Default.RulesExportFile);
        }
        catch (JsonException ex)
        {
            throw new RuleRejectedException([L["The file is not valid rules JSON ({0}).", ex.Message.Split('.')[0]]]);
        }
        if (file is null || file.Format != RulesExportFile.FormatName || file.Rules is null)
        {
            throw new RuleRejectedException([L["This is not a rules file exported from TikTok LIVE Overlay (its \"format\" is missing or different)."]]);
        }
        if (file.Version > RulesExportFile.CurrentVersion)
        {
            throw new RuleRejectedException([L["The file is from a newer version of the app (format version {0}); update the app first.", file.Version]]);
        }
        var problems = file.Rules.SelectMany(r => r is null ? [L["An empty rule."]] : RuleValidator.Validate(r, L)).ToList();
        if (file.Rules.Count == 0)
        {
            problems.Add(L["The file holds no rules."]);
        }
        if (problems.Count > 0)
        {
            throw new RuleRejectedException(problems);
        }
        // Fresh action ids: an imported copy must never pick up a secret of the rule it was exported from.
        return file with { Rules = [.. file.Rules.Select(r => r with { Actions = [.. r.Actions.Select(a => a with { Id = Guid.NewGuid().ToString("N"), Secret = "" })] })] };
    }

    private static void Check(Rule rule, IStringLocalizer L)
    {
        if (RuleValidator.Validate(rule, L) is { Count: > 0 } problems)
        {
            throw new RuleRejectedException(problems);
        }
    }

    private static Rule KeepSecrets(Rule rule, Rule? old) => old is null ? rule : rule with
    {
        Actions = [.. rule.Actions.Select(a => a.Kind == ActionKind.Webhook && a.Secret.Length == 0
            && old.Actions.FirstOrDefault(o => o.Id == a.Id) is { Secret.Length: > 0 } kept ? a with { Secret = kept.Secret } : a)],
    };

    // Under _gate.
    private IReadOnlyList<Rule> EnsureLoaded()
    {
        if (_rules is { } loaded)
        {
            return loaded;
        }
        try
        {
            Swap(repository.LoadAll());
        }
        catch (StoreUnavailableException)
        {
            return []; // Shown by the admin's store banner; the next read tries again.
        }
        return _rules!;
    }

    private void Swap(IReadOnlyList<Rule> rules) => Volatile.Write(ref _rules, rules);

    private void Notify()
    {
        foreach (var handler in _handlers.Snapshot)
        {
            handler();
        }
    }
}

using Microsoft.Extensions.Localization;
using Overlay.Web.Localization;
using Overlay.Web.Media;
using Overlay.Widgets.Shared;

namespace Overlay.Web.Rules.Model;

/// <summary>
/// What is wrong with a rule, as sentences a streamer can act on; empty when it may be saved. The one check, for the
/// editor and the import. The admin passes its localizer; without one the sentences are English.
/// </summary>
public static class RuleValidator
{
    public static IReadOnlyList<string> Validate(Rule rule, IStringLocalizer? text = null)
    {
        var L = text ?? EnglishText.Instance;
        var problems = new List<string>();
        string name = string.IsNullOrWhiteSpace(rule.Name) ? L["A rule"] : L["Rule '{0}'", rule.Name];
        if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Length > Rule.MaxNameLength)
        {
            problems.Add(L["{0}: the name must be 1–{1} characters.", name, Rule.MaxNameLength]);
        }
        if (rule.Trigger is null || rule.Conditions is null || rule.Actions is null)
        {
            problems.Add(L["{0}: trigger, conditions and actions are required.", name]);
            return problems;
        }
        if (rule.MaxRunsPerMinute is < 1 or > Rule.MaxRunsPerMinuteLimit)
        {
            problems.Add(L["{0}: runs per minute must be between 1 and {1}.", name, Rule.MaxRunsPerMinuteLimit]);
        }
        Trigger(rule.Trigger, name, problems, L);
        Conditions(rule.Conditions, name, problems, L);
        if (rule.Actions.Count > Rule.MaxActions)
        {
            problems.Add(L["{0}: at most {1} actions.", name, Rule.MaxActions]);
        }
        for (var i = 0; i < rule.Actions.Count; i++)
        {
            if (rule.Actions[i] is { } action)
            {
                Action(action, L["{0}, action {1}", name, i + 1], problems, L);
            }
            else
            {
                problems.Add(L["{0}, action {1}: empty.", name, i + 1]);
            }
        }
        return problems;
    }

    private static void Trigger(RuleTrigger t, string name, List<string> problems, IStringLocalizer L)
    {
        if (!Enum.IsDefined(t.Kind))
        {
            problems.Add(L["{0}: unknown trigger '{1}'.", name, t.Kind]);
        }
        if (t.GiftIds is null || t.GiftIds.Count > RuleTrigger.MaxGifts || t.GiftIds.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add(L["{0}: pick at most {1} gifts.", name, RuleTrigger.MaxGifts]);
        }
        if (t.MinDiamonds < 0 || t.MinCount < 0)
        {
            problems.Add(L["{0}: the minimum diamonds and count must be 0 or more.", name]);
        }
        if (t.Kind is TriggerKind.RoomLikes or TriggerKind.ViewerLikes && t.Likes is < 1 or > 10_000_000)
        {
            problems.Add(L["{0}: the number of likes must be between 1 and {1}.", name, 10_000_000.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)]);
        }
        if (t.Kind == TriggerKind.ViewerLikes && t.WithinSeconds is < 1 or > 3600)
        {
            problems.Add(L["{0}: the like window must be 1–{1} seconds.", name, 3600]);
        }
        var word = t.CommandWord;
        if (t.Kind == TriggerKind.ChatCommand
            && (word.Length is 0 or > RuleTrigger.MaxCommandLength || word.Any(char.IsWhiteSpace)))
        {
            problems.Add(L["{0}: the chat command must be one word of 1–{1} characters, like !hydrate.", name, RuleTrigger.MaxCommandLength]);
        }
        if (!Enum.IsDefined(t.CommandRole))
        {
            problems.Add(L["{0}: unknown role '{1}'.", name, t.CommandRole]);
        }
        if (t.Kind == TriggerKind.ViewersAbove && t.Viewers < 0)
        {
            problems.Add(L["{0}: the viewer count must be 0 or more.", name]);
        }
    }

    private static void Conditions(RuleConditions c, string name, List<string> problems, IStringLocalizer L)
    {
        if (!Enum.IsDefined(c.MinRole))
        {
            problems.Add(L["{0}: unknown role '{1}'.", name, c.MinRole]);
        }
        if (c.MinLevel is < 0 or > 50)
        {
            problems.Add(L["{0}: the minimum level must be 0–{1}.", name, 50]);
        }
        if (c.CooldownSeconds is < 0 or > RuleConditions.MaxCooldownSeconds)
        {
            problems.Add(L["{0}: the cooldown must be 0–{1} seconds.", name, RuleConditions.MaxCooldownSeconds]);
        }
        if (c.ChancePercent is < 1 or > 100)
        {
            problems.Add(L["{0}: the chance must be 1–100 %.", name]);
        }
    }

    private static void Action(RuleAction a, string at, List<string> problems, IStringLocalizer L)
    {
        void Add(string? problem)
        {
            if (problem is not null)
            {
                problems.Add($"{at}: {problem}");
            }
        }
        if (!Enum.IsDefined(a.Kind))
        {
            Add(L["unknown action '{0}'.", a.Kind]);
            return;
        }
        if ((a.Text ?? "").Length > RuleAction.MaxTextLength)
        {
            Add(L["the text must be at most {0} characters.", RuleAction.MaxTextLength]);
        }
        if (a.Seconds is < 0 or > RuleAction.MaxSeconds || double.IsNaN(a.Seconds))
        {
            Add(L["seconds must be 0–{0}.", RuleAction.MaxSeconds]);
        }
        if (a.Volume is < 0 or > 100)
        {
            Add(L["the volume must be 0–100."]);
        }
        switch (a.Kind)
        {
            case ActionKind.ShowMedia:
                Add(ImageLibrary.CheckName(a.ImageFile, "the image"));
                Add(VideoLibrary.CheckName(a.VideoFile, "the video"));
                Add(string.IsNullOrEmpty(a.SoundFile) ? null : SoundLibrary.CheckName(a.SoundFile, "the sound"));
                if (string.IsNullOrEmpty(a.ImageFile) && string.IsNullOrEmpty(a.VideoFile) && string.IsNullOrWhiteSpace(a.Text)
                    && string.IsNullOrEmpty(a.SoundFile))
                {
                    Add(L["pick an image, a video, a text or a sound to show."]);
                }
                break;
            case ActionKind.PlaySound:
                Add(SoundLibrary.CheckName(a.SoundFile, "the sound"));
                break;
            case ActionKind.Speak when string.IsNullOrWhiteSpace(a.Text):
                Add(L["write the text to speak."]);
                break;
            case ActionKind.Goal:
                if (string.IsNullOrWhiteSpace(a.Goal))
                {
                    Add(L["pick a goal."]);
                }
                if (a.Amount < 0)
                {
                    Add(L["the amount must be 0 or more."]);
                }
                break;
            case ActionKind.Obs:
                Obs(a, Add, L);
                break;
            case ActionKind.Webhook:
                if (HttpUrl.Normalize(a.Url) is null)
                {
                    Add(L["the webhook URL must be an http:// or https:// address."]);
                }
                break;
            case ActionKind.StreamerBot:
                if (!Uri.TryCreate(a.StreamerBotUrl, UriKind.Absolute, out var ws) || ws.Scheme is not ("ws" or "wss"))
                {
                    Add(L["the Streamer.bot address must start with ws:// or wss:// (default {0}).", "ws://127.0.0.1:8080/"]);
                }
                if (string.IsNullOrWhiteSpace(a.ActionId) && string.IsNullOrWhiteSpace(a.ActionName))
                {
                    Add(L["give the Streamer.bot action's name or id."]);
                }
                break;
        }
    }

    private static void Obs(RuleAction a, Action<string?> add, IStringLocalizer L)
    {
        if (!Enum.IsDefined(a.Obs))
        {
            add(L["unknown OBS action '{0}'.", a.Obs]);
            return;
        }
        string? missing = a.Obs switch
        {
            ObsOperation.SwitchScene when string.IsNullOrWhiteSpace(a.Scene) => L["give the scene."].Value,
            ObsOperation.ShowSource or ObsOperation.HideSource or ObsOperation.SetText when string.IsNullOrWhiteSpace(a.Source) => L["give the source."].Value,
            ObsOperation.Hotkey when string.IsNullOrWhiteSpace(a.Hotkey) => L["give the hotkey name."].Value,
            _ => null,
        };
        add(missing);
    }
}

using Overlay.Web.Media;
using Overlay.Widgets.Shared;

namespace Overlay.Web.Rules.Model;

/// <summary>What is wrong with a rule, as sentences a streamer can act on; empty when it may be saved. The one check, for the editor and the import.</summary>
public static class RuleValidator
{
    public static IReadOnlyList<string> Validate(Rule rule)
    {
        var problems = new List<string>();
        var name = string.IsNullOrWhiteSpace(rule.Name) ? "A rule" : $"Rule '{rule.Name}'";
        if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Length > Rule.MaxNameLength)
        {
            problems.Add($"{name}: the name must be 1–{Rule.MaxNameLength} characters.");
        }
        if (rule.Trigger is null || rule.Conditions is null || rule.Actions is null)
        {
            problems.Add($"{name}: trigger, conditions and actions are required.");
            return problems;
        }
        if (rule.MaxRunsPerMinute is < 1 or > Rule.MaxRunsPerMinuteLimit)
        {
            problems.Add($"{name}: runs per minute must be between 1 and {Rule.MaxRunsPerMinuteLimit}.");
        }
        Trigger(rule.Trigger, name, problems);
        Conditions(rule.Conditions, name, problems);
        if (rule.Actions.Count > Rule.MaxActions)
        {
            problems.Add($"{name}: at most {Rule.MaxActions} actions.");
        }
        for (var i = 0; i < rule.Actions.Count; i++)
        {
            if (rule.Actions[i] is { } action)
            {
                Action(action, $"{name}, action {i + 1}", problems);
            }
            else
            {
                problems.Add($"{name}, action {i + 1}: empty.");
            }
        }
        return problems;
    }

    private static void Trigger(RuleTrigger t, string name, List<string> problems)
    {
        if (!Enum.IsDefined(t.Kind))
        {
            problems.Add($"{name}: unknown trigger '{t.Kind}'.");
        }
        if (t.GiftIds is null || t.GiftIds.Count > RuleTrigger.MaxGifts || t.GiftIds.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add($"{name}: pick at most {RuleTrigger.MaxGifts} gifts.");
        }
        if (t.MinDiamonds < 0 || t.MinCount < 0)
        {
            problems.Add($"{name}: the minimum diamonds and count must be 0 or more.");
        }
        if (t.Kind is TriggerKind.RoomLikes or TriggerKind.ViewerLikes && t.Likes is < 1 or > 10_000_000)
        {
            problems.Add($"{name}: the number of likes must be between 1 and 10,000,000.");
        }
        if (t.Kind == TriggerKind.ViewerLikes && t.WithinSeconds is < 1 or > 3600)
        {
            problems.Add($"{name}: the like window must be 1–3600 seconds.");
        }
        var word = t.CommandWord;
        if (t.Kind == TriggerKind.ChatCommand
            && (word.Length is 0 or > RuleTrigger.MaxCommandLength || word.Any(char.IsWhiteSpace)))
        {
            problems.Add($"{name}: the chat command must be one word of 1–{RuleTrigger.MaxCommandLength} characters, like !hydrate.");
        }
        if (!Enum.IsDefined(t.CommandRole))
        {
            problems.Add($"{name}: unknown role '{t.CommandRole}'.");
        }
        if (t.Kind == TriggerKind.ViewersAbove && t.Viewers < 0)
        {
            problems.Add($"{name}: the viewer count must be 0 or more.");
        }
    }

    private static void Conditions(RuleConditions c, string name, List<string> problems)
    {
        if (!Enum.IsDefined(c.MinRole))
        {
            problems.Add($"{name}: unknown role '{c.MinRole}'.");
        }
        if (c.MinLevel is < 0 or > 50)
        {
            problems.Add($"{name}: the minimum level must be 0–50.");
        }
        if (c.CooldownSeconds is < 0 or > RuleConditions.MaxCooldownSeconds)
        {
            problems.Add($"{name}: the cooldown must be 0–{RuleConditions.MaxCooldownSeconds} seconds.");
        }
        if (c.ChancePercent is < 1 or > 100)
        {
            problems.Add($"{name}: the chance must be 1–100 %.");
        }
    }

    private static void Action(RuleAction a, string at, List<string> problems)
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
            Add($"unknown action '{a.Kind}'.");
            return;
        }
        if ((a.Text ?? "").Length > RuleAction.MaxTextLength)
        {
            Add($"the text must be at most {RuleAction.MaxTextLength} characters.");
        }
        if (a.Seconds is < 0 or > RuleAction.MaxSeconds || double.IsNaN(a.Seconds))
        {
            Add($"seconds must be 0–{RuleAction.MaxSeconds}.");
        }
        if (a.Volume is < 0 or > 100)
        {
            Add("the volume must be 0–100.");
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
                    Add("pick an image, a video, a text or a sound to show.");
                }
                break;
            case ActionKind.PlaySound:
                Add(SoundLibrary.CheckName(a.SoundFile, "the sound"));
                break;
            case ActionKind.Speak when string.IsNullOrWhiteSpace(a.Text):
                Add("write the text to speak.");
                break;
            case ActionKind.Goal:
                if (string.IsNullOrWhiteSpace(a.Goal))
                {
                    Add("pick a goal.");
                }
                if (a.Amount < 0)
                {
                    Add("the amount must be 0 or more.");
                }
                break;
            case ActionKind.Obs:
                Obs(a, Add);
                break;
            case ActionKind.Webhook:
                if (HttpUrl.Normalize(a.Url) is null)
                {
                    Add("the webhook URL must be an http:// or https:// address.");
                }
                break;
            case ActionKind.StreamerBot:
                if (!Uri.TryCreate(a.StreamerBotUrl, UriKind.Absolute, out var ws) || ws.Scheme is not ("ws" or "wss"))
                {
                    Add("the Streamer.bot address must start with ws:// or wss:// (default ws://127.0.0.1:8080/).");
                }
                if (string.IsNullOrWhiteSpace(a.ActionId) && string.IsNullOrWhiteSpace(a.ActionName))
                {
                    Add("give the Streamer.bot action's name or id.");
                }
                break;
        }
    }

    private static void Obs(RuleAction a, Action<string?> add)
    {
        if (!Enum.IsDefined(a.Obs))
        {
            add($"unknown OBS action '{a.Obs}'.");
            return;
        }
        var missing = a.Obs switch
        {
            ObsOperation.SwitchScene when string.IsNullOrWhiteSpace(a.Scene) => "the scene",
            ObsOperation.ShowSource or ObsOperation.HideSource or ObsOperation.SetText when string.IsNullOrWhiteSpace(a.Source) => "the source",
            ObsOperation.Hotkey when string.IsNullOrWhiteSpace(a.Hotkey) => "the hotkey name",
            _ => null,
        };
        add(missing is null ? null : $"give {missing}.");
    }
}

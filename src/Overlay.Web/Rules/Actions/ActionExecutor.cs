using Overlay.Web.Media;
using Overlay.Web.Obs;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Model;
using Overlay.Web.Tts;
using Overlay.Web.Widgets;
using Overlay.Web.Widgets.Kinds;
using Overlay.Widgets.ActionsScreen;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Web.Rules.Actions;

/// <summary>
/// Does one action of a rule and says what went wrong, in a sentence for the admin (null when it worked). No action
/// publishes to the hub: screens, goals, TTS, OBS and the outside world are reached directly, so nothing an action
/// does can trigger a rule. Goal changes run inside <see cref="ActionOrigin"/> for the same reason.
/// </summary>
public sealed partial class ActionExecutor(
    WidgetRegistry widgets, AlertMedia media, ISpeechRequests speech, IObsActions obs, WebhookSender webhooks,
    StreamerBotClient streamerBot, ActionOrigin origin, TimeProvider time, ILogger<ActionExecutor> logger)
{
    public const double DefaultDisplaySeconds = 5;

    public async Task<string?> RunAsync(RuleAction action, Rule rule, FiredEvent fired, CancellationToken cancellationToken)
    {
        var text = RuleTemplate.Render(action.Text, fired, rule.Name);
        switch (action.Kind)
        {
            case ActionKind.ShowMedia:
                return Show(action, rule, text, withVisual: true);
            case ActionKind.PlaySound:
                return Show(action, rule, "", withVisual: false);
            case ActionKind.Speak:
                return text.Trim().Length == 0 ? null
                    : speech.Enqueue(text, NullIfEmpty(action.Voice), NullIfEmpty(action.TtsWidget)) ? null
                    : "No TTS widget took the text (none is enabled, or its queue is full).";
            case ActionKind.Goal:
                return ChangeGoal(action, fired);
            case ActionKind.Obs:
                return await ObsAsync(action, text, cancellationToken);
            case ActionKind.Webhook:
                return await webhooks.SendAsync(action, rule, fired, cancellationToken);
            case ActionKind.StreamerBot:
                return await streamerBot.DoActionAsync(action, rule, fired, cancellationToken);
            case ActionKind.Wait:
                await Task.Delay(TimeSpan.FromSeconds(Math.Clamp(action.Seconds, 0, RuleAction.MaxSeconds)), time, cancellationToken);
                return null;
            default:
                return $"Unknown action {action.Kind}.";
        }
    }

    private string? Show(RuleAction action, Rule rule, string text, bool withVisual)
    {
        var slug = action.Screen.Length > 0 ? action.Screen : WidgetKinds.ActionsScreen.DefaultSlug;
        if (widgets.Find(slug)?.Source is not ActionsScreenState screen)
        {
            return $"There is no actions screen '{slug}' (Widgets → New widget → Actions screen).";
        }
        var missing = new List<string>();
        string? Url(string file, Func<string, string?> resolve)
        {
            if (file.Length == 0)
            {
                return null;
            }
            var url = resolve(file);
            if (url is null)
            {
                missing.Add(file);
            }
            return url;
        }
        var sound = Url(action.SoundFile, f => media.SoundUrl(f));
        var item = new ScreenItem(0, (int)(Seconds(action) * 1000))
        {
            ImageUrl = withVisual ? Url(action.ImageFile, f => media.ImageUrl(f)) : null,
            VideoUrl = withVisual ? Url(action.VideoFile, f => media.VideoUrl(f)) : null,
            Text = withVisual ? text : "",
            Sound = sound is null ? null : new AlertSound(sound, Math.Clamp(action.Volume, 0, 100) / 100.0),
            Rule = rule.Name,
        };
        if (!screen.Show(item))
        {
            return $"The actions screen '{slug}' has its queue full; the item was dropped.";
        }
        return missing.Count > 0 ? $"Not found in the media folders: {string.Join(", ", missing)}." : null;
    }

    private static double Seconds(RuleAction action) => action.Seconds > 0 ? Math.Min(action.Seconds, RuleAction.MaxSeconds) : DefaultDisplaySeconds;

    private string? ChangeGoal(RuleAction action, FiredEvent fired)
    {
        var source = widgets.Find(action.Goal)?.Source;
        if (source is not IGoalControls controls || source is not IViewSource<GoalView> view)
        {
            return $"There is no goal widget '{action.Goal}'.";
        }
        var amount = action.AmountFromEvent ? fired.Amount : action.Amount;
        var progress = action.GoalChange == GoalChange.Set ? amount : view.Current.Current + amount;
        try
        {
            using (origin.Enter())
            {
                controls.SetProgress(Math.Clamp(progress, 0, LikeGoalKind.MaxTarget));
            }
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return $"The goal '{action.Goal}' cannot show {progress:N0}.";
        }
    }

    private async Task<string?> ObsAsync(RuleAction action, string text, CancellationToken cancellationToken)
    {
        var scene = NullIfEmpty(action.Scene);
        var result = action.Obs switch
        {
            ObsOperation.SwitchScene => await obs.SwitchSceneAsync(action.Scene, cancellationToken),
            ObsOperation.ShowSource => await obs.SetSourceVisibleAsync(scene, action.Source, true, cancellationToken),
            ObsOperation.HideSource => await obs.SetSourceVisibleAsync(scene, action.Source, false, cancellationToken),
            ObsOperation.SetText => await obs.SetTextAsync(action.Source, text, cancellationToken),
            ObsOperation.Hotkey => await obs.TriggerHotkeyAsync(action.Hotkey, cancellationToken),
            ObsOperation.StartRecording => await obs.SetRecordingAsync(true, cancellationToken),
            ObsOperation.StopRecording => await obs.SetRecordingAsync(false, cancellationToken),
            _ => await obs.SaveReplayBufferAsync(cancellationToken),
        };
        if (result.Ok && action.Obs is ObsOperation.ShowSource or ObsOperation.HideSource && action.Seconds > 0)
        {
            // The rule goes on at once; the source flips back on its own when the time is up.
            _ = RevertLaterAsync(scene, action.Source, action.Obs == ObsOperation.HideSource, action.Seconds, cancellationToken);
        }
        return result.Problem is { } problem ? "OBS: " + problem : null;
    }

    private async Task RevertLaterAsync(string? scene, string source, bool visible, double seconds, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(seconds, RuleAction.MaxSeconds)), time, cancellationToken);
            var result = await obs.SetSourceVisibleAsync(scene, source, visible, cancellationToken);
            if (result.Problem is { } problem)
            {
                LogRevertFailed(logger, source, problem);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [LoggerMessage(Level = LogLevel.Warning, Message = "OBS: putting source {Source} back failed: {Problem}")]
    private static partial void LogRevertFailed(ILogger logger, string source, string problem);
}

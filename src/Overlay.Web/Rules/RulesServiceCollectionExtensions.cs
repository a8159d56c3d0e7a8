using Overlay.Web.Rules.Actions;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Testing;
using Overlay.Web.Storage;

namespace Overlay.Web.Rules;

public static class RulesServiceCollectionExtensions
{
    /// <summary>
    /// Actions &amp; Events. Call before <c>AddPipeline</c>: the engine subscribes to the hub when it starts, and
    /// hosted services start in registration order. Uses <see cref="Obs.IObsActions"/> and
    /// <see cref="Tts.ISpeechRequests"/>, which the OBS and TTS features register.
    /// </summary>
    public static IServiceCollection AddRules(this IServiceCollection services)
    {
        services.AddOptions<RulesOptions>().BindConfiguration(RulesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RuleRepository>();
        services.AddSingleton<RuleBook>();
        services.AddSingleton<RuleMetrics>();
        services.AddSingleton<RuleStatusBoard>();
        services.AddSingleton<ThrottledLog>();
        services.AddSingleton<ActionOrigin>();
        services.AddSingleton<IRandomSource, SharedRandomSource>();
        services.AddSingleton<TriggerRules>();
        services.AddSingleton<RuleMatcher>();
        services.AddSingleton<RuleGate>();
        services.AddSingleton<RuleDispatcher>();
        services.AddSingleton(sp => new ActionBudget(sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<RulesOptions>>().Value.ActionsPerSecond));
        // No redirects: a signed body goes to the address the streamer typed, or nowhere.
        services.AddHttpClient(WebhookSender.ClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<StreamerBotClient>();
        services.AddSingleton<ActionExecutor>();
        services.AddSingleton<RuleRunner>();
        services.AddSingleton<RuleEngine>();
        services.AddSingleton<IRuleInputs>(sp => sp.GetRequiredService<RuleEngine>());
        services.AddSingleton<GoalWatcher>();
        services.AddSingleton<RuleTestSender>();
        services.AddHostedService(sp => sp.GetRequiredService<RuleRunner>());
        services.AddHostedService(sp => sp.GetRequiredService<RuleEngine>());
        services.AddHostedService(sp => sp.GetRequiredService<GoalWatcher>());
        return services;
    }
}

namespace Overlay.Web.Rules;

/// <summary>A rule or an import file that cannot be saved, with every reason, written for the streamer.</summary>
public sealed class RuleRejectedException(IReadOnlyList<string> problems) : Exception(string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

using System.Globalization;

namespace Overlay.Web.Gifts;

/// <summary>
/// Why the provider's gift list did not come in: <see cref="Text"/> is one of <see cref="Texts"/> (English, the
/// admin's localizer key) with <see cref="Args"/> for its placeholders, so the admin shows it in its language.
/// Args never hold the key (a provider's message is redacted before it gets here).
/// </summary>
public sealed record GiftListProblem(string Text, params object[] Args)
{
    public const string RefusedKey = "the provider refused the API key (401). Check the key under Connection.";
    public const string NotInPlan = "your plan does not include the gift list (403).";
    public const string Limited = "the provider is limiting requests (429); it is asked again on the next gift panel change or refresh.";
    public const string Answered = "the provider answered {0}.";
    public const string TooLarge = "the answer was larger than {0} KB.";
    public const string Declined = "the provider declined (status_code {0}).";
    public const string DeclinedSaying = "the provider declined (status_code {0}: {1}).";
    public const string Timeout = "no answer within {0} s.";
    public const string NotAList = "the answer was not a gift list.";
    public const string Unreachable = "the provider could not be reached ({0}).";

    public static IReadOnlyList<string> Texts { get; } =
        [RefusedKey, NotInPlan, Limited, Answered, TooLarge, Declined, DeclinedSaying, Timeout, NotAList, Unreachable];

    public string Message => Args.Length == 0 ? Text : string.Format(CultureInfo.InvariantCulture, Text, Args);

    public override string ToString() => Message;
}

namespace Overlay.Widgets.Shared;

/// <summary>Whether the stream has ended, with what the instance's settings say to do about it.</summary>
public sealed record StreamEndView(bool Ended, bool Hide, string Message)
{
    public const int MaxMessageLength = 100;

    public static StreamEndView Live { get; } = new(false, false, "");

    /// <summary>Live, with the instance's choice for later.</summary>
    public static StreamEndView For(IHasStreamEnd settings) =>
        new(false, settings.HideWhenStreamEnds, settings.StreamEndedText ?? "");

    public bool HidesWidget => Ended && Hide;

    public bool ShowsMessage => Ended && !Hide && Message.Length > 0;
}

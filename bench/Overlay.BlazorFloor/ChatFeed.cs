namespace Overlay.BlazorFloor;

/// <summary>Chat lines from the upstream (UpstreamPump) to every open page, on the receive loop.</summary>
public sealed class ChatFeed
{
    public event Action<string>? Line;

    public void Publish(string line) => Line?.Invoke(line);
}

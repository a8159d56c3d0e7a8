namespace Overlay.Relay;

/// <summary>The one HTML page, embedded so the relay runs from any working directory.</summary>
public static class RelayPage
{
    public static string Load()
    {
        using var stream = typeof(RelayPage).Assembly.GetManifestResourceStream("relay.html")
            ?? throw new InvalidOperationException("relay.html is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

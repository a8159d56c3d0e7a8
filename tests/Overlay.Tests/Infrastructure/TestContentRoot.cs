namespace Overlay.Tests.Infrastructure;

/// <summary>
/// A throwaway content root with wwwroot/ and an appsettings.json of its own, so tests never read the user's. It keeps
/// the gift features off the internet: pictures are fetched only from 127.0.0.1 (a fake CDN) and the gift list is
/// asked of a loopback port nobody listens on, unless a test points it at its own fake server.
/// </summary>
public static class TestContentRoot
{
    public const string Settings = """{"GiftImages":{"LoopbackOnly":true},"GiftList":{"BaseUrl":"http://127.0.0.1:9"}}""";

    public static string Create()
    {
        var dir = Path.Combine(Path.GetTempPath(), "overlay-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "wwwroot"));
        File.WriteAllText(Path.Combine(dir, "appsettings.json"), Settings);
        return dir;
    }
}

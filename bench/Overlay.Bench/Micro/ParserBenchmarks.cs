using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Overlay.Web.Protocol;

namespace Overlay.Bench.Micro;

/// <summary>
/// FrameParser.Parse(string) per frame kind, against the least a relay does with a frame (JsonDocument.Parse
/// and read the comment) as the Ratio = 1 baseline.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private const string Chat = """{"event":"chat","data":{"type":"chat","msgId":"7437650790064065286","comment":"hello 👋 <b>hi</b>","user":{"uniqueId":"viewer123","nickname":"Cool Viewer","userId":"6892636847263982593"},"emotes":[]}}""";
    private const string Gift = """{"event":"gift","data":{"type":"gift","msgId":"7437651190944230150","giftId":5655,"giftName":"Rose","diamondCount":1,"repeatCount":3,"repeatEnd":false,"giftType":1,"groupId":"1732478123456","giftPictureUrl":"https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/rose.png","user":{"uniqueId":"gifter","nickname":"Gift Sender","userId":"7044640112358049000"}}}""";
    private const string Like = """{"event":"like","data":{"type":"like","likeCount":15,"totalLikeCount":5678,"user":{"uniqueId":"liker","nickname":"Like Fan"}}}""";
    private const string Unknown = """{"event":"rankUpdate","data":{"type":"rankUpdate","rank":3}}""";
    private const string NotJson = "<html>502 Bad Gateway</html>";

    private readonly FrameParser _parser = new();

    [Benchmark(Baseline = true)]
    public string? Chat_JsonDocument_only()
    {
        using var doc = JsonDocument.Parse(Chat);
        return doc.RootElement.GetProperty("data").GetProperty("comment").GetString();
    }

    [Benchmark]
    public FrameParseResult Chat_frame() => _parser.Parse(Chat);

    [Benchmark]
    public FrameParseResult Gift_frame() => _parser.Parse(Gift);

    [Benchmark]
    public FrameParseResult Like_frame() => _parser.Parse(Like);

    [Benchmark]
    public FrameParseResult Unknown_event() => _parser.Parse(Unknown);

    [Benchmark]
    public FrameParseResult Not_json() => _parser.Parse(NotJson);
}

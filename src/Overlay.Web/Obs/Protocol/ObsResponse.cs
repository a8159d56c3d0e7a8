using System.Text.Json.Nodes;

namespace Overlay.Web.Obs.Protocol;

/// <summary>
/// What a request got back: OBS's RequestStatus and responseData, or (with <see cref="Code"/> 0) why it never
/// reached OBS. <see cref="Problem"/> is a sentence for the admin; OBS's own comment is kept as text.
/// </summary>
public sealed record ObsResponse(int Code, string? Problem, JsonObject Data)
{
    public bool Ok => Problem is null;

    public static ObsResponse Failed(string problem) => new(0, problem, []);

    public string? String(string name) => ObsMessage.Read.String(Data, name);

    public int? Int(string name) => ObsMessage.Read.Int(Data, name);

    public bool? Bool(string name) => ObsMessage.Read.Bool(Data, name);

    public IEnumerable<JsonObject> Objects(string name) => ObsMessage.Read.Objects(Data, name);

    /// <summary>Reads a RequestResponse's data (op 7).</summary>
    public static ObsResponse From(JsonObject d)
    {
        var status = ObsMessage.Read.Object(d, "requestStatus");
        var code = ObsMessage.Read.Int(status, "code") ?? 0;
        var data = ObsMessage.Read.Object(d, "responseData") ?? [];
        if (ObsMessage.Read.Bool(status, "result") == true)
        {
            return new ObsResponse(code, null, data);
        }
        var type = ObsMessage.Read.String(d, "requestType") ?? "request";
        var comment = ObsMessage.Read.String(status, "comment");
        return new ObsResponse(code, $"OBS refused {type} (code {code}{(comment is null ? "" : ": " + comment)}).", data);
    }
}

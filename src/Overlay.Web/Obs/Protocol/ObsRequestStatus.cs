namespace Overlay.Web.Obs.Protocol;

/// <summary>The RequestStatus codes the client turns into sentences (protocol.md, "RequestStatus").</summary>
public static class ObsRequestStatus
{
    public const int Success = 100;
    public const int UnknownRequestType = 204;
    public const int NotReady = 207;
    public const int OutputRunning = 500;
    public const int OutputNotRunning = 501;
    public const int ResourceNotFound = 600;
    public const int ResourceAlreadyExists = 601;
}

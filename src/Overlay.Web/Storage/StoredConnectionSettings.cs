namespace Overlay.Web.Storage;

/// <summary>
/// The connection settings as saved by the admin. A class, not a record, so nothing prints the keys by accident
/// (<see cref="ToString"/> is redacted). Keys stay on this machine: the store is a local file.
/// </summary>
public sealed class StoredConnectionSettings
{
    public string UniqueId { get; init; } = "";

    public string ApiKey { get; init; } = "";

    public string JwtKey { get; init; } = "";

    public bool Demo { get; init; }

    public override string ToString() =>
        $"UniqueId={UniqueId}, ApiKey={(ApiKey.Length > 0 ? "set" : "not set")}, JwtKey={(JwtKey.Length > 0 ? "set" : "not set")}, Demo={Demo}";
}

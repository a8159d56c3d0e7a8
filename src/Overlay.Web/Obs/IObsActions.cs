namespace Overlay.Web.Obs;

/// <summary>
/// What the app can ask of OBS over obs-websocket v5. Every call answers (it never throws for OBS being away, a
/// wrong password or an unknown scene): <see cref="ObsResult.Problem"/> says why in a sentence for the admin.
/// </summary>
public interface IObsActions
{
    /// <summary>True while identified with OBS.</summary>
    bool IsConnected { get; }

    Task<ObsResult> SwitchSceneAsync(string scene, CancellationToken cancellationToken = default);

    /// <summary>Shows or hides <paramref name="source"/> in <paramref name="scene"/> (the current program scene when null).</summary>
    Task<ObsResult> SetSourceVisibleAsync(string? scene, string source, bool visible, CancellationToken cancellationToken = default);

    /// <summary>Sets a text source's text (GDI+/FreeType text inputs).</summary>
    Task<ObsResult> SetTextAsync(string source, string text, CancellationToken cancellationToken = default);

    Task<ObsResult> TriggerHotkeyAsync(string hotkeyName, CancellationToken cancellationToken = default);

    Task<ObsResult> SetRecordingAsync(bool start, CancellationToken cancellationToken = default);

    Task<ObsResult> SaveReplayBufferAsync(CancellationToken cancellationToken = default);
}

/// <summary>What OBS answered: <see cref="Problem"/> is null on success.</summary>
public sealed record ObsResult(string? Problem)
{
    public static ObsResult Success { get; } = new((string?)null);

    public bool Ok => Problem is null;
}

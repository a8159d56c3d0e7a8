using System.Globalization;

namespace Overlay.Web.Localization;

/// <summary>
/// A sentence made where no request culture exists (the upstream loop, form rules): the English composite format,
/// which is also its AdminText key, and its arguments. Logs and /healthz use <see cref="ToString"/>; the admin
/// translates it with <see cref="LocalTextExtensions.Format"/>. An argument that is itself a LocalText is
/// translated too; any other argument (viewer data, server reasons) is shown as it is.
/// </summary>
public sealed record LocalText(string Format, params object[] Args)
{
    // Without arguments the format is the text itself, so a message with braces (an engine's error) is safe.
    public override string ToString() => Args.Length == 0 ? Format : string.Format(CultureInfo.InvariantCulture, Format, Args);
}

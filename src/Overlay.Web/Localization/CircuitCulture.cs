using System.Globalization;

namespace Overlay.Web.Localization;

/// <summary>
/// The admin circuit's culture, captured when a component starts. A render queued from another thread (a widget
/// state, the upstream loop) runs with that thread's culture, so the admin's language and number format would
/// switch to English until the next render; <see cref="Run"/> renders in the captured culture instead.
/// </summary>
public readonly record struct CircuitCulture(CultureInfo Culture, CultureInfo UICulture)
{
    public static CircuitCulture Capture() => new(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public void Run(Action action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = Culture;
        CultureInfo.CurrentUICulture = UICulture;
        try
        {
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}

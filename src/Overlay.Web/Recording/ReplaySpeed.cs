using System.Globalization;

namespace Overlay.Web.Recording;

/// <summary>How fast a replay runs: a factor on the recorded gaps, or null for as fast as the pipeline takes frames.</summary>
public readonly record struct ReplaySpeed(double? Factor)
{
    public static ReplaySpeed RealTime { get; } = new(1);
    public static ReplaySpeed Fast { get; } = new(5);
    public static ReplaySpeed Max { get; } = new(null);

    public static bool TryParse(string? text, out ReplaySpeed speed)
    {
        speed = RealTime;
        var value = (text ?? "").Trim();
        if (value.Equals("max", StringComparison.OrdinalIgnoreCase))
        {
            speed = Max;
            return true;
        }
        // "5x" and "5×" read as 5.
        value = value.TrimEnd('x', 'X', '×').TrimEnd();
        if (value.Length == 0)
        {
            return true;
        }
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && factor is >= 0.1 and <= 1000)
        {
            speed = new ReplaySpeed(factor);
            return true;
        }
        return false;
    }

    /// <summary>When a frame recorded <paramref name="offset"/> after the first one is due.</summary>
    public TimeSpan Scale(TimeSpan offset) => Factor is { } f ? offset / f : TimeSpan.Zero;

    public override string ToString() => Factor is { } f ? f.ToString("0.##", CultureInfo.InvariantCulture) + "×" : "max";
}

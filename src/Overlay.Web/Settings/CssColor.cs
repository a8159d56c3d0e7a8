using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Overlay.Web.Settings;

/// <summary>
/// A strict subset of CSS colour syntax: hex (#rgb, #rgba, #rrggbb, #rrggbbaa), rgb()/rgba(), hsl()/hsla() (comma or
/// space form, optional "/ alpha") and the named colours. Anything else is refused, so a value can go into a style
/// attribute as it is and never carry a second declaration.
/// </summary>
public static partial class CssColor
{
    public const int MaxLength = 64;

    public const string Hint = "a CSS colour such as #ff2d6f, #ff2d6f80, rgb(255, 45, 111), hsl(340 100% 59%) or a colour name";

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength)
        {
            return false;
        }
        var v = value.Trim();
        return Hex().IsMatch(v) || Rgb().IsMatch(v) || Hsl().IsMatch(v) || Named.Contains(v);
    }

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")]
    private static partial Regex Hex();

    // Numbers as CSS writes them (12, 12.5, .5), percentages allowed on every channel.
    private const string Num = @"(?:\d{1,3}(?:\.\d+)?|\.\d+)%?";
    private const string Alpha = @"(?:\d(?:\.\d+)?|\.\d+|\d{1,3}(?:\.\d+)?%)";
    private const string Hue = @"-?(?:\d{1,3}(?:\.\d+)?|\.\d+)(?:deg|turn|rad|grad)?";

    [GeneratedRegex(@"^rgba?\(\s*(?:" + Num + @"\s*,\s*" + Num + @"\s*,\s*" + Num + @"(?:\s*,\s*" + Alpha + @")?"
        + @"|" + Num + @"\s+" + Num + @"\s+" + Num + @"(?:\s*/\s*" + Alpha + @")?)\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Rgb();

    [GeneratedRegex(@"^hsla?\(\s*(?:" + Hue + @"\s*,\s*" + Num + @"\s*,\s*" + Num + @"(?:\s*,\s*" + Alpha + @")?"
        + @"|" + Hue + @"\s+" + Num + @"\s+" + Num + @"(?:\s*/\s*" + Alpha + @")?)\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Hsl();

    private static readonly FrozenSet<string> Named = new[]
    {
        "transparent", "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black",
        "blanchedalmond", "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse", "chocolate", "coral",
        "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue", "darkcyan", "darkgoldenrod", "darkgray",
        "darkgreen", "darkgrey", "darkkhaki", "darkmagenta", "darkolivegreen", "darkorange", "darkorchid", "darkred",
        "darksalmon", "darkseagreen", "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise",
        "darkviolet", "deeppink", "deepskyblue", "dimgray", "dimgrey", "dodgerblue", "firebrick", "floralwhite",
        "forestgreen", "fuchsia", "gainsboro", "ghostwhite", "gold", "goldenrod", "gray", "green", "greenyellow",
        "grey", "honeydew", "hotpink", "indianred", "indigo", "ivory", "khaki", "lavender", "lavenderblush",
        "lawngreen", "lemonchiffon", "lightblue", "lightcoral", "lightcyan", "lightgoldenrodyellow", "lightgray",
        "lightgreen", "lightgrey", "lightpink", "lightsalmon", "lightseagreen", "lightskyblue", "lightslategray",
        "lightslategrey", "lightsteelblue", "lightyellow", "lime", "limegreen", "linen", "magenta", "maroon",
        "mediumaquamarine", "mediumblue", "mediumorchid", "mediumpurple", "mediumseagreen", "mediumslateblue",
        "mediumspringgreen", "mediumturquoise", "mediumvioletred", "midnightblue", "mintcream", "mistyrose",
        "moccasin", "navajowhite", "navy", "oldlace", "olive", "olivedrab", "orange", "orangered", "orchid",
        "palegoldenrod", "palegreen", "paleturquoise", "palevioletred", "papayawhip", "peachpuff", "peru", "pink",
        "plum", "powderblue", "purple", "rebeccapurple", "red", "rosybrown", "royalblue", "saddlebrown", "salmon",
        "sandybrown", "seagreen", "seashell", "sienna", "silver", "skyblue", "slateblue", "slategray", "slategrey",
        "snow", "springgreen", "steelblue", "tan", "teal", "thistle", "tomato", "turquoise", "violet", "wheat",
        "white", "whitesmoke", "yellow", "yellowgreen",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

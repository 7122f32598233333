using System.Text;
using System.Xml;

namespace PolicyTracker.Core.Common;

/// <summary>
/// Characters XML 1.0 cannot carry (most C0 controls, such as Word's U+000B line break, and unpaired surrogates).
/// Input refuses them; outputs drop them, so one stored value can never break a feed or a sitemap for everyone.
/// </summary>
public static class XmlSafeText
{
    /// <summary>The first character (as its code) that XML cannot carry, or null when there is none.</summary>
    public static int? FirstInvalid(string value) => NextInvalid(value, 0) is var at and >= 0 ? value[at] : null;

    /// <summary><paramref name="value"/> without the characters XML cannot carry.</summary>
    public static string Clean(string value)
    {
        StringBuilder? clean = null;
        var kept = 0;
        for (var at = NextInvalid(value, 0); at >= 0; at = NextInvalid(value, kept))
        {
            (clean ??= new StringBuilder(value.Length)).Append(value, kept, at - kept);
            kept = at + 1;
        }

        return clean is null ? value : clean.Append(value, kept, value.Length - kept).ToString();
    }

    /// <summary>Where the next character XML cannot carry is, from <paramref name="from"/> on; -1 when there is none.</summary>
    private static int NextInvalid(string value, int from)
    {
        for (var i = from; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i]))
            {
                continue;
            }

            if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}

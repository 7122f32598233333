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
    public static int? FirstInvalid(string value)
    {
        for (var i = 0; i < value.Length; i++)
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

            return value[i];
        }

        return null;
    }

    /// <summary><paramref name="value"/> without the characters XML cannot carry.</summary>
    public static string Clean(string value)
    {
        if (FirstInvalid(value) is null)
        {
            return value;
        }

        var clean = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i]))
            {
                clean.Append(value[i]);
            }
            else if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                clean.Append(value, i, 2);
                i++;
            }
        }

        return clean.ToString();
    }
}

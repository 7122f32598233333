using System.Text;

namespace PolicyTracker.Core.Sources;

/// <summary>A quotation located in a text, as a W3C Web Annotation TextQuoteSelector: the exact words and a few either side.</summary>
public sealed record TextQuoteSelector(string Prefix, string Exact, string Suffix);

/// <summary>
/// A source's text, ready for quotations to be found in it. Both are compared after the usual normalisation and
/// nothing looser: runs of whitespace are one space, curly quotes are straight, every dash is a hyphen. Case and every
/// other character must match, so a quotation with a word changed is not found. The text is normalised once, however
/// many quotations are looked for in it (a save checks each of a record's quotations, a new copy each of its source's).
/// </summary>
public sealed class QuotableText
{
    /// <summary>The longest prefix or suffix kept beside a quotation.</summary>
    public const int ContextMaxLength = 64;

    /// <summary>How many words either side a selector keeps: enough to tell apart two places with the same words.</summary>
    private const int ContextWords = 4;

    private readonly string text;
    private readonly string normal;
    private readonly int[] origins;

    public QuotableText(string text)
    {
        this.text = text;
        (normal, origins) = Normalise(text);
    }

    /// <summary>
    /// Where <paramref name="quotation"/> is in the text, or null when it is not there. The selector holds the words as
    /// the text has them (curly quotes and all, whitespace collapsed), since that is what a browser looks for when it
    /// opens the page at them.
    /// </summary>
    public TextQuoteSelector? Find(string quotation) =>
        Locate(quotation) is var (start, end)
            ? new TextQuoteSelector(LastWords(text[..start]), Collapse(text[start..end]), FirstWords(text[end..]))
            : null;

    /// <summary>
    /// The sentence a quotation is in, with the sentence before and after it: what the public is shown of a source
    /// whose full text it may not see. Null when the quotation is not in the text.
    /// </summary>
    public string? InContext(string quotation)
    {
        if (Locate(quotation) is not var (start, end))
        {
            return null;
        }

        var from = SentenceStart(text, SentenceStart(text, start) - 1);
        var to = SentenceEnd(text, SentenceEnd(text, end) + 1);
        return Collapse(text[from..to]);
    }

    /// <summary>Where the quotation's words are in the original text, compared after normalisation.</summary>
    private (int Start, int End)? Locate(string quotation)
    {
        var wanted = Normalise(quotation).Text;
        var at = wanted.Length == 0 ? -1 : normal.IndexOf(wanted, StringComparison.Ordinal);
        return at < 0 ? null : (origins[at], origins[at + wanted.Length - 1] + 1);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text compared, and for each of its characters the index of the original character it came from.</summary>
    private static (string Text, int[] Origins) Normalise(string text)
    {
        var normal = new StringBuilder(text.Length);
        var origins = new List<int>(text.Length);
        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = pendingSpace < 0 ? i : pendingSpace;
                continue;
            }

            if (pendingSpace >= 0 && normal.Length > 0)
            {
                normal.Append(' ');
                origins.Add(pendingSpace);
            }

            pendingSpace = -1;
            normal.Append(Plain(c));
            origins.Add(i);
        }

        return (normal.ToString(), origins.ToArray());
    }

    private static char Plain(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        >= '\u2010' and <= '\u2015' or '\u2212' => '-',
        _ => c,
    };

    private static string LastWords(string before)
    {
        var prefix = string.Join(' ', before.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).TakeLast(ContextWords));
        return prefix.Length <= ContextMaxLength ? prefix : prefix[^ContextMaxLength..].TrimStart();
    }

    private static string FirstWords(string after)
    {
        var suffix = string.Join(' ', after.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(ContextWords));
        return suffix.Length <= ContextMaxLength ? suffix : suffix[..ContextMaxLength].TrimEnd();
    }

    /// <summary>Where the sentence holding <paramref name="index"/> starts: after a full stop, question or exclamation mark (and a closing quote) and a space.</summary>
    private static int SentenceStart(string text, int index)
    {
        for (var i = Math.Min(index, text.Length) - 1; i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]) && EndsSentence(text, i - 1))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int SentenceEnd(string text, int index)
    {
        for (var i = Math.Max(index, 0); i < text.Length; i++)
        {
            if (EndsSentence(text, i) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    /// <summary>Whether the character at <paramref name="i"/> closes a sentence: a stop, or a closing quote right after one.</summary>
    private static bool EndsSentence(string text, int i) =>
        text[i] is '.' or '!' or '?'
        || (text[i] is '"' or '\'' or '\u201D' or '\u2019' && i > 0 && text[i - 1] is '.' or '!' or '?');
}

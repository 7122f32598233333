namespace PolicyTracker.Core.Sources;

/// <summary>
/// A kind whose record itself gives words as a source's own (a statement in quotation mode), beside its citations'
/// pinpoints. Declared on the kind's entity, so the shared write path and the archive find the words without naming
/// the kind: they are checked against the archived copies of the sources the record cites, as a quotation pinpoint is,
/// and only words found in one are shown as a quotation.
/// </summary>
public interface IQuotesItsSources
{
    /// <summary>The words given as a source's own; null when the record gives none (a paraphrase).</summary>
    string? QuotedWords { get; }

    /// <summary>The field an editor enters them in, for the refusal's message.</summary>
    string QuotedWordsField { get; }

    /// <summary>The archived copy the words were found in; null while they are not verified.</summary>
    Guid? WordsFoundInCopyId { get; set; }

    /// <summary>The first of <paramref name="copies"/> holding <paramref name="words"/>, or null.</summary>
    public static Guid? CopyHolding(string? words, IEnumerable<ArchivedText> copies) =>
        string.IsNullOrWhiteSpace(words) ? null : copies.FirstOrDefault(copy => copy.Find(words) is not null)?.CopyId;

    /// <summary>What a reader may be told of the words, from the same three facts wherever they are shown.</summary>
    public static PinpointStatus StatusOf(bool givenAsTheSourcesWords, bool found, bool aCitedSourceIsArchived) =>
        !givenAsTheSourcesWords ? PinpointStatus.Paraphrase
        : found ? PinpointStatus.VerifiedQuotation
        : aCitedSourceIsArchived ? PinpointStatus.NotInArchivedCopy
        : PinpointStatus.NotYetVerified;
}

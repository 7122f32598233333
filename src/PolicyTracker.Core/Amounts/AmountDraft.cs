using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Amounts;

/// <summary>An amount as an editor enters it, and as content, revisions and the dataset file hold it.</summary>
public sealed class AmountDraft
{
    /// <summary>Null for an amount added in this content.</summary>
    public Guid? Id { get; set; }

    public decimal Value { get; set; }

    public decimal? UpTo { get; set; }

    public Currency Currency { get; set; } = Currency.NZD;

    public string Purpose { get; set; } = "";

    public List<CitationDraft> Citations { get; set; } = [];

    internal static List<AmountDraft> From(IEnumerable<Amount> amounts) =>
        amounts.OrderBy(a => a.Id).Select(a => new AmountDraft
        {
            Id = a.Id, Value = a.Value, UpTo = a.UpTo, Currency = a.Currency, Purpose = a.Purpose, Citations = CitationDraft.From(a.Citations),
        }).ToList();
}

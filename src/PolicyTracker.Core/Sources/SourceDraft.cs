using PolicyTracker.Core.Common;

namespace PolicyTracker.Core.Sources;

/// <summary>A source's own content, as an editor enters it (inline, while citing it) and as a dataset file carries it.</summary>
public sealed class SourceDraft
{
    public string Title { get; set; } = "";

    public string? Outlet { get; set; }

    public string? Author { get; set; }

    public SourceKind SourceKind { get; set; }

    public string? Url { get; set; }

    public FuzzyDate Published { get; set; } = FuzzyDate.Unknown;

    public Reliability Reliability { get; set; } = Reliability.Medium;

    public string ReliabilityReason { get; set; } = "";

    public DateOnly? AccessedOn { get; set; }

    public string? Notes { get; set; }

    public OpenLicence OpenLicence { get; set; }

    public string? OpenLicenceReason { get; set; }

    public static SourceDraft From(Source source) => new()
    {
        Title = source.Title, Outlet = source.Outlet, Author = source.Author, SourceKind = source.SourceKind, Url = source.Url,
        Published = source.Published, Reliability = source.Reliability, ReliabilityReason = source.ReliabilityReason,
        AccessedOn = source.AccessedOn, Notes = source.Notes, OpenLicence = source.OpenLicence, OpenLicenceReason = source.OpenLicenceReason,
    };

    public void ApplyTo(Source source)
    {
        source.Title = Title.Trim();
        source.Outlet = TextInput.OrNull(Outlet);
        source.Author = TextInput.OrNull(Author);
        source.SourceKind = SourceKind;
        source.Url = TextInput.OrNull(Url);
        source.Published = Published;
        source.Reliability = Reliability;
        source.ReliabilityReason = ReliabilityReason.Trim();
        source.AccessedOn = AccessedOn;
        source.Notes = TextInput.OrNull(Notes);
        source.OpenLicence = OpenLicence;
        source.OpenLicenceReason = TextInput.OrNull(OpenLicenceReason);
    }
}

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

    /// <summary>
    /// Fills the fields still empty from what a fetched page says of itself (title, site name, author, the day it
    /// gives), and takes the page's own address, so the duplicate check sees the address the page goes by.
    /// </summary>
    public void FillFrom(FetchedSource fetched)
    {
        var about = fetched.Readable.Metadata;
        Url = fetched.Address;
        Title = string.IsNullOrWhiteSpace(Title) ? Clip(about.Title, Source.TitleMaxLength) ?? "" : Title;
        Outlet = string.IsNullOrWhiteSpace(Outlet) ? Clip(about.SiteName, Source.OutletMaxLength) : Outlet;
        Author = string.IsNullOrWhiteSpace(Author) ? Clip(about.Author, Source.AuthorMaxLength) : Author;
        if (!Published.IsKnown && about.Published is { } day)
        {
            Published = FuzzyDate.OnDay(day.Year, day.Month, day.Day);
        }

        static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
    }

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

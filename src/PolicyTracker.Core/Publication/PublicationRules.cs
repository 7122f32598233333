using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Publication;

/// <summary>The one place that says what the public may see and what may be published.</summary>
public static class PublicationRules
{
    /// <summary>Only published records reach the public (soft-deleted ones are already filtered out).</summary>
    public static IQueryable<T> VisibleToPublic<T>(this IQueryable<T> query)
        where T : Entity =>
        query.Where(e => e.State == PublicationState.Published);

    /// <summary>
    /// Records with a public address: published ones, and retracted ones this site had published, of which only the
    /// title, the date and the public reason are shown. A record an import brought in already retracted was never on
    /// view here, so not even its title is shown.
    /// </summary>
    public static IQueryable<TrackedRecord> AtPublicAddress(this IQueryable<TrackedRecord> records, IQueryable<History.Revision> revisions) =>
        records.Where(r => r.State == PublicationState.Published
            || (r.State == PublicationState.Retracted && revisions.Any(v => v.EntityId == r.Id && v.Action == History.RevisionAction.Published)));

    public static ValidationProblems CheckPublishable(TrackedRecord record)
    {
        var problems = RecordRules.Validate(record);
        if (!record.Citations.Any(c => c.Source?.State == PublicationState.Published))
        {
            problems.Add("Citations", $"\"{record.Title}\" cannot be published without a citation: add at least one published source that supports it.");
        }

        return problems;
    }

    /// <summary>
    /// What a reviewer should look at before publishing, though it does not stop publication: a citation with no
    /// pinpoint asks the reader to search the whole source for the fact.
    /// </summary>
    public static IReadOnlyList<string> ReviewWarnings(RecordContent content)
    {
        var unpinned = content.AllCitations().Count(c => string.IsNullOrWhiteSpace(c.Pinpoint));
        return unpinned == 0
            ? []
            : [$"{(unpinned == 1 ? "A citation has" : $"{unpinned} citations have")} no pinpoint: add the short quotation or paragraph that supports the fact, so a reader can check it without reading the whole source."];
    }

    /// <summary>
    /// A source added while citing it waits as a draft, unseen, until a record citing it is published: then it goes
    /// public with the record (each with its own revision). A deleted source is never cited, so never published here.
    /// </summary>
    public static void PublishCitedDraftSources(RecordWriter.Resolved links)
    {
        foreach (var source in links.Sources.Where(s => s.State is PublicationState.Draft or PublicationState.InReview && s.DeletedAt is null))
        {
            source.State = PublicationState.Published;
        }
    }

    /// <summary>
    /// A published record names only published entries: a draft person as a statement's speaker, a draft
    /// organisation or agreement it links to, would otherwise be half-shown or hidden from the reader. Each one is named.
    /// </summary>
    public static void CheckLinksPublished(RecordWriter.Resolved links, ValidationProblems problems)
    {
        var unpublished = links.Agreements.Where(a => a.State != PublicationState.Published).Select(a => ("agreement", a.Title))
            .Concat(links.People.Where(p => p.State != PublicationState.Published).Select(p => ("person", p.Name)))
            .Concat(links.Organisations.Where(o => o.State != PublicationState.Published).Select(o => ("organisation", o.Name)))
            .Concat(links.Countries.Where(c => c.State != PublicationState.Published).Select(c => ("country", c.Name)));
        foreach (var (noun, name) in unpublished)
        {
            problems.Add("Links", $"It names the {noun} \"{name}\", which is not published: publish that entry first, or remove it from the record.");
        }
    }
}

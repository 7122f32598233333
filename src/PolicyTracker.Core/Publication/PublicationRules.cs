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

using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Meetings;

/// <summary>A counted meeting named on another's page: a whole a count is part of, or one of its parts.</summary>
public sealed record CountLink(string Slug, string Title, int? Count);

/// <summary>
/// A meeting's own facts on its public page; <see cref="EndDate"/> is unknown for a single-day meeting. A count shows
/// the published count it is part of and its published parts.
/// </summary>
public sealed record MeetingFacts(
    MeetingKind MeetingKind, FuzzyDate EndDate, string? Place, string? Host, int? Count, bool CountIsMinimum,
    CountLink? PartOf, IReadOnlyList<CountLink> Parts) : RecordFacts
{
    internal static IQueryable<RecordFacts> Project(IQueryable<TrackedRecord> records) => records.OfType<Meeting>()
        .Select(m => new MeetingFacts(
            m.MeetingKind, m.EndDate, m.Place, m.Host, m.Count, m.CountIsMinimum,
            m.PartOf != null && m.PartOf.State == PublicationState.Published ? new CountLink(m.PartOf.Slug, m.PartOf.Title, m.PartOf.Count) : null,
            m.Parts.Where(p => p.State == PublicationState.Published).OrderByDescending(p => p.Count).ThenBy(p => p.Title)
                .Select(p => new CountLink(p.Slug, p.Title, p.Count)).ToList()));
}

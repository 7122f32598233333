using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.OiaReleases;

/// <summary>
/// An OIA release's own facts, with its timing computed for the day it is read: the statutory due date (20 working
/// days after a request known to the day), how many working days late the release was, or whether a response is
/// overdue while nothing is released. Where a date is not known to the day, nothing is computed from it.
/// </summary>
public sealed record OiaReleaseFacts(
    string? Requester, string? Agency, FuzzyDate RequestedOn, FuzzyDate ReleasedOn, string? Withheld, string? WithholdingGrounds,
    IReadOnlyList<Agreements.RelatedRecordView> Revealed) : RecordFacts
{
    public DateOnly? ResponseDue { get; private init; }

    /// <summary>Working days after the due date that the release came; 0 when on time; null when not computable.</summary>
    public int? WorkingDaysLate { get; private init; }

    public override RecordFacts AsOf(DateOnly today)
    {
        if (RequestedOn.Precision != DatePrecision.Day || RequestedOn.Start is not { } received)
        {
            return this;
        }

        var due = OiaWorkingDays.ResponseDue(received);
        var answered = ReleasedOn.Precision == DatePrecision.Day ? ReleasedOn.Start : null;
        var late = answered is { } released ? OiaWorkingDays.WorkingDaysBetween(due, released) : (int?)null;
        return this with { ResponseDue = due, WorkingDaysLate = late };
    }

    internal static IQueryable<RecordFacts> Project(IQueryable<TrackedRecord> records) => records.OfType<OiaRelease>()
        .Select(o => new OiaReleaseFacts(
            o.Requester,
            o.Agency != null && o.Agency.State == PublicationState.Published ? o.Agency.Name : null,
            o.RequestedOn,
            o.Date,
            o.Withheld,
            o.WithholdingGrounds,
            o.Revealed.Where(r => r.State == PublicationState.Published).OrderBy(r => r.Date.Start).ThenBy(r => r.Title)
                .Select(r => new Agreements.RelatedRecordView(r.Slug, r.Kind, r.Title, r.Date)).ToList()));
}

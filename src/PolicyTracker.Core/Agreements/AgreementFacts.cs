using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Agreements;

/// <summary>An agreement's own facts; <see cref="PartyCount"/> is how many parties the sources count, named or not.</summary>
public sealed record AgreementFacts(string? ShortName, AgreementKind AgreementKind, bool? IsBinding, bool? PubliclyAnnouncedByNz, int? PartyCount, string? UnnamedParties)
    : RecordFacts
{
    internal static IQueryable<RecordFacts> Project(IQueryable<TrackedRecord> records) => records.OfType<Agreement>()
        .Select(a => new AgreementFacts(a.ShortName, a.AgreementKind, a.IsBinding, a.PubliclyAnnouncedByNz, a.PartyCount, a.UnnamedParties));
}

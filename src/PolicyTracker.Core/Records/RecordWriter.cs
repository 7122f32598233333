using PolicyTracker.Core.Amounts;
using PolicyTracker.Core.Disclosures;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Records;

/// <summary>The record already at an address, named in the message that refuses it.</summary>
public sealed record AddressHolder(RecordKind Kind, string Title);

/// <summary>
/// Where the entities a record's content names are found: the editor looks in the database; the import looks in
/// its file first. Deleted entities are not found.
/// </summary>
public interface IRecordLinks
{
    Task<IReadOnlyList<T>> FindAsync<T>(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
        where T : Entity;

    /// <summary>The record other than <paramref name="recordId"/> that already has <paramref name="slug"/>, deleted ones included.</summary>
    Task<AddressHolder?> AddressHolderAsync(string slug, Guid recordId, CancellationToken cancellationToken);
}

/// <summary>
/// The one write path for record content, used by the editor and the dataset import: one check over everything the
/// content says (fields, lengths, markup, control characters, every id it names, its address across all records)
/// that reports every problem at once, and one apply that writes it onto a record, its links and its parts.
/// </summary>
public sealed class RecordWriter(PolicyTrackerDbContext db)
{
    /// <summary>What the content links to, loaded by the check for the apply.</summary>
    public sealed record Resolved(
        IReadOnlyList<Source> Sources,
        IReadOnlyList<Agreement> Agreements,
        IReadOnlyList<Person> People,
        IReadOnlyList<Organisation> Organisations,
        IReadOnlyList<Country> Countries,
        IReadOnlyList<TrackedRecord> Records,
        IReadOnlyDictionary<Guid, ArchivedText> ArchivedTexts);

    /// <summary>The editor's view: everything is looked up in the database.</summary>
    public IRecordLinks DatabaseLinks => new InDatabase(db);

    /// <summary>Checks everything about <paramref name="content"/>, adding each problem to <paramref name="problems"/>.</summary>
    public async Task<Resolved> CheckAsync(
        RecordContent content, Guid recordId, IRecordLinks links, ValidationProblems problems, CancellationToken cancellationToken)
    {
        content.Fields.Check(problems);
        foreach (var claim in content.AllDateClaims())
        {
            DateClaim.Check(problems, "Date claims", claim.Claim, claim.Citations.Count);
        }

        DisclosureDraft.CheckAll(problems, content.DisclosuresPerAct());
        foreach (var amount in content.Amounts)
        {
            Amount.Check(problems, amount.Value, amount.UpTo, amount.Purpose, amount.Citations.Count);
        }

        foreach (var pinpoint in content.AllCitations().Select(c => c.Pinpoint))
        {
            problems.Text("Pinpoint", pinpoint, Citation.PinpointMaxLength);
        }

        if (content.AllCitations().Any(c => c.SourceId == Guid.Empty))
        {
            problems.Add("Citations", "A citation has no source chosen: choose the source it cites, or remove the citation.");
        }

        var candidate = RecordKinds.Of(content.Kind).Create();
        content.ApplyColumnsTo(candidate);
        // With no title there is no slug to make; "Title is required" says all that needs saying.
        var slugFromEmptyTitle = string.IsNullOrWhiteSpace(content.Slug) && string.IsNullOrWhiteSpace(content.Title);
        foreach (var problem in RecordRules.Validate(candidate).All.Where(p => !(slugFromEmptyTitle && p.Field == "Slug")))
        {
            problems.Add(problem.Field, problem.Message);
        }

        var references = content.Fields.References.ToList();
        var resolved = new Resolved(
            await FindAllAsync<Source>(links, content.AllCitations().Where(c => c.SourceId != Guid.Empty).Select(c => (c.SourceId, "Citations")), "source", problems, cancellationToken),
            await FindAllAsync<Agreement>(links, Named(content.AgreementIds, "Agreements", LinkTarget.Agreement, references), "agreement", problems, cancellationToken),
            await FindAllAsync<Person>(links, Named(content.PersonIds, "People", LinkTarget.Person, references), "person", problems, cancellationToken),
            await FindAllAsync<Organisation>(links, Named(content.OrganisationIds, "Organisations", LinkTarget.Organisation, references), "organisation", problems, cancellationToken),
            await FindAllAsync<Country>(links, Named(content.CountryIds, "Countries", LinkTarget.Country, references), "country", problems, cancellationToken),
            await FindAllAsync<TrackedRecord>(links, Named([], "Records", LinkTarget.Record, references), "record", problems, cancellationToken),
            await ArchivedText.LatestAsync(db, content.AllCitations().Select(c => c.SourceId), cancellationToken));
        CheckQuotations(content, candidate, resolved, problems);
        if (references.Any(r => r.Target == LinkTarget.Record && r.Id == recordId))
        {
            problems.Add("Records it revealed", "A record cannot reveal itself.");
        }

        await Meetings.CountNesting.CheckAsync(db, links, content, recordId, problems, cancellationToken);
        if (content.AgreementIds.Contains(recordId) || references.Any(r => r.Target == LinkTarget.Agreement && r.Id == recordId))
        {
            problems.Add("Agreements", "A record cannot be related to itself.");
        }

        if (Slugs.IsValid(candidate.Slug) && await links.AddressHolderAsync(candidate.Slug, recordId, cancellationToken) is { } holder)
        {
            problems.Add("Slug", SlugTaken(candidate.Slug, holder));
        }

        return resolved;
    }

    /// <summary>
    /// A quotation from a source with an archived copy must be in it; one from a source without stays "not yet
    /// verified". Words the record itself gives as a source's (<see cref="IQuotesItsSources"/>) must be in the copy of
    /// one of the sources it cites, when any has one.
    /// </summary>
    private static void CheckQuotations(RecordContent content, TrackedRecord candidate, Resolved resolved, ValidationProblems problems)
    {
        if (candidate is IQuotesItsSources { QuotedWords: { } words } quoting && !string.IsNullOrWhiteSpace(words))
        {
            var copies = CopiesCitedBy(content, resolved);
            if (copies.Count > 0 && IQuotesItsSources.CopyHolding(words, copies) is null)
            {
                var titles = string.Join(" or ", resolved.Sources.Where(s => copies.Any(c => c.SourceId == s.Id)).Select(s => $"\"{s.Title}\""));
                problems.Add(quoting.QuotedWordsField,
                    $"These words are not in the archived copy of {titles}: \"{words.Trim()}\". " +
                    "Paste them from the source, or give them as a paraphrase.");
            }
        }

        foreach (var citation in content.AllCitations().Where(c => c.PinpointKind == PinpointKind.Quotation && !string.IsNullOrWhiteSpace(c.Pinpoint)))
        {
            if (resolved.ArchivedTexts.TryGetValue(citation.SourceId, out var copy) && copy.Find(citation.Pinpoint!) is null)
            {
                var title = resolved.Sources.FirstOrDefault(s => s.Id == citation.SourceId)?.Title ?? "its source";
                problems.Add("Citations",
                    $"These words are not in the archived copy of \"{title}\": \"{citation.Pinpoint!.Trim()}\". " +
                    "Paste them from the source, or mark the pinpoint as a paraphrase.");
            }
        }
    }

    /// <summary>
    /// Checks <paramref name="content"/> in full against the database, throwing <see cref="ValidationException"/> with
    /// every problem, and returns what it links to.
    /// </summary>
    public async Task<Resolved> CheckInFullAsync(RecordContent content, Guid recordId, CancellationToken cancellationToken)
    {
        var problems = new ValidationProblems();
        var resolved = await CheckAsync(content, recordId, DatabaseLinks, problems, cancellationToken);
        problems.ThrowIfInvalid($"\"{content.Title}\"");
        return resolved;
    }

    /// <summary>Checks <paramref name="content"/> in full (<see cref="CheckInFullAsync"/>) and writes it onto <paramref name="record"/>.</summary>
    public async Task CheckAndApplyAsync(RecordContent content, TrackedRecord record, CancellationToken cancellationToken) =>
        Apply(content, record, await CheckInFullAsync(content, record.Id, cancellationToken));

    /// <summary>Writes checked <paramref name="content"/> onto <paramref name="record"/>: columns, citations, disputed dates, links, the kind's parts.</summary>
    public void Apply(RecordContent content, TrackedRecord record, Resolved resolved)
    {
        var parts = new Parts(db, resolved.Sources, resolved.Records, resolved.ArchivedTexts);
        content.ApplyColumnsTo(record);
        parts.ReplaceCitations(record.Citations, content.Citations, c => c.RecordId = record.Id);
        parts.SyncDateClaims(record.DateClaims, content.DateClaims, claim => claim.RecordId = record.Id);
        parts.SyncDisclosures(record.Disclosures, content.Disclosures, disclosure => disclosure.RecordId = record.Id);
        parts.SyncAmounts(record.Amounts, content.Amounts, record.Id);
        SyncLinks(record.Agreements, resolved.Agreements.Where(a => content.AgreementIds.Contains(a.Id)));
        SyncLinks(record.People, resolved.People.Where(p => content.PersonIds.Contains(p.Id)));
        SyncLinks(record.Organisations, resolved.Organisations.Where(o => content.OrganisationIds.Contains(o.Id)));
        SyncLinks(record.Countries, resolved.Countries.Where(c => content.CountryIds.Contains(c.Id)));
        content.Fields.ApplyLinksTo(record, parts);
        if (record is IQuotesItsSources quoting)
        {
            quoting.WordsFoundInCopyId = IQuotesItsSources.CopyHolding(quoting.QuotedWords, CopiesCitedBy(content, resolved));
        }
    }

    /// <summary>The archived copies of the sources the record itself cites.</summary>
    private static List<ArchivedText> CopiesCitedBy(RecordContent content, Resolved resolved) =>
        content.Citations.Select(c => c.SourceId).Distinct()
            .Select(id => resolved.ArchivedTexts.GetValueOrDefault(id)).OfType<ArchivedText>().ToList();

    /// <summary>The record in the database, deleted ones included, that already has <paramref name="slug"/>.</summary>
    public static async Task<AddressHolder?> AddressHolderInDatabaseAsync(
        PolicyTrackerDbContext db, string slug, Guid recordId, CancellationToken cancellationToken) =>
        await db.Records.IgnoreQueryFilters().Where(r => r.Slug == slug && r.Id != recordId)
            .Select(r => new AddressHolder(r.Kind, r.Title)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The one message for a record address already in use.</summary>
    public static string SlugTaken(string slug, AddressHolder holder) =>
        $"The address \"{slug}\" is already used by the {RecordKinds.Of(holder.Kind).Noun} \"{holder.Title}\"; choose another slug.";

    /// <summary>Writes a record's parts (status steps, parties, disputed dates, citations) to match its content.</summary>
    public sealed class Parts(
        PolicyTrackerDbContext db, IReadOnlyList<Source> sources, IReadOnlyList<TrackedRecord> records, IReadOnlyDictionary<Guid, ArchivedText> archivedTexts)
    {
        /// <summary>Links <paramref name="current"/> to exactly the records <paramref name="ids"/> name (found by the check).</summary>
        public void Link(List<TrackedRecord> current, IEnumerable<Guid> ids)
        {
            var wanted = ids.ToHashSet();
            SyncLinks(current, records.Where(r => wanted.Contains(r.Id)));
        }

        /// <summary>
        /// Parts the content no longer has are removed, kept ones updated in place (so what hangs off them, like
        /// disputed dates, stays), new ones added, keeping the id the content gives them (an import, a restore).
        /// </summary>
        public void Sync<TPart, TDraft>(
            List<TPart> current, List<TDraft> wanted, Func<TPart, Guid> idOf, Func<TDraft, Guid?> draftIdOf, Func<Guid, TPart> create, Action<TPart, TDraft> update)
            where TPart : class
        {
            foreach (var removed in current.Where(part => !wanted.Any(d => draftIdOf(d) == idOf(part))).ToList())
            {
                db.Remove(removed);
                current.Remove(removed);
            }

            foreach (var draft in wanted)
            {
                var part = current.SingleOrDefault(p => idOf(p) == draftIdOf(draft));
                if (part is null)
                {
                    part = create(draftIdOf(draft) ?? Guid.CreateVersion7());
                    current.Add(part);
                    // Added explicitly: a new entity with its key already set would otherwise be taken for an existing row.
                    db.Add(part);
                }

                update(part, draft);
            }
        }

        public void SyncDateClaims(List<DateClaim> current, List<DateClaimDraft> wanted, Action<DateClaim> attach) =>
            Sync(current, wanted, c => c.Id, d => d.Id, id =>
            {
                var claim = new DateClaim { Id = id };
                attach(claim);
                return claim;
            }, (claim, draft) =>
            {
                (claim.Date, claim.Claim) = (draft.Date, draft.Claim.Trim());
                ReplaceCitations(claim.Citations, draft.Citations, c => c.DateClaimId = claim.Id);
            });

        public void SyncDisclosures(List<Disclosure> current, List<DisclosureDraft> wanted, Action<Disclosure> attach) =>
            Sync(current, wanted, d => d.Id, d => d.Id, id =>
            {
                var disclosure = new Disclosure { Id = id };
                attach(disclosure);
                return disclosure;
            }, (disclosure, draft) =>
            {
                (disclosure.Announcement, disclosure.PublicOn, disclosure.Through, disclosure.Note, disclosure.NotInformed) =
                    (draft.Announcement, draft.PublicOn, draft.Through, TextInput.OrNull(draft.Note), TextInput.OrNull(draft.NotInformed));
                ReplaceCitations(disclosure.Citations, draft.Citations, c => c.DisclosureId = disclosure.Id);
            });

        public void SyncAmounts(List<Amount> current, List<AmountDraft> wanted, Guid recordId) =>
            Sync(current, wanted, a => a.Id, d => d.Id, id => new Amount { Id = id, RecordId = recordId }, (amount, draft) =>
            {
                (amount.Value, amount.UpTo, amount.Currency, amount.Purpose) = (draft.Value, draft.UpTo, draft.Currency, draft.Purpose.Trim());
                ReplaceCitations(amount.Citations, draft.Citations, c => c.AmountId = amount.Id);
            });

        /// <summary>Citations have no identity of their own worth keeping: when the list changes, it is replaced.</summary>
        public void ReplaceCitations(List<Citation> current, List<CitationDraft> wanted, Action<Citation> attach)
        {
            var same = current.Count == wanted.Count
                && current.OrderBy(c => c.SourceId).ThenBy(c => c.Pinpoint).Select(c => (c.SourceId, c.Pinpoint, c.PinpointKind))
                    .SequenceEqual(wanted.OrderBy(c => c.SourceId).ThenBy(c => c.Pinpoint)
                        .Select(c => (c.SourceId, Pinpoint: TextInput.OrNull(c.Pinpoint), c.PinpointKind)));
            if (same)
            {
                return;
            }

            db.Citations.RemoveRange(current);
            current.Clear();
            foreach (var wantedCitation in wanted)
            {
                var citation = new Citation
                {
                    SourceId = wantedCitation.SourceId,
                    Source = sources.Single(s => s.Id == wantedCitation.SourceId),
                    Pinpoint = TextInput.OrNull(wantedCitation.Pinpoint),
                    PinpointKind = wantedCitation.PinpointKind,
                };
                if (archivedTexts.TryGetValue(citation.SourceId, out var copy))
                {
                    copy.Verify(citation);
                }

                attach(citation);
                current.Add(citation);
                // Added explicitly: a new entity with its key already set would otherwise be taken for an existing row.
                db.Citations.Add(citation);
            }
        }
    }

    private static IEnumerable<(Guid Id, string Field)> Named(List<Guid> ids, string field, LinkTarget target, List<LinkReference> references) =>
        ids.Select(id => (id, field)).Concat(references.Where(r => r.Target == target).Select(r => (r.Id, r.Field)));

    /// <summary>Loads every entity the ids name; each unknown (or deleted) id becomes a problem on the field that named it.</summary>
    private static async Task<IReadOnlyList<T>> FindAllAsync<T>(
        IRecordLinks links, IEnumerable<(Guid Id, string Field)> named, string noun, ValidationProblems problems, CancellationToken cancellationToken)
        where T : Entity
    {
        var wanted = named.ToList();
        var ids = wanted.Select(w => w.Id).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var found = await links.FindAsync<T>(ids, cancellationToken);
        foreach (var (id, field) in wanted.DistinctBy(w => w.Id).Where(w => found.All(e => e.Id != w.Id)))
        {
            problems.Add(field, $"No {noun} has the id {id}.");
        }

        return found;
    }

    private static void SyncLinks<T>(List<T> current, IEnumerable<T> wanted)
        where T : Entity
    {
        var wantedList = wanted.ToList();
        current.RemoveAll(item => !wantedList.Any(w => w.Id == item.Id));
        current.AddRange(wantedList.Where(w => !current.Any(item => item.Id == w.Id)));
    }

    private sealed class InDatabase(PolicyTrackerDbContext db) : IRecordLinks
    {
        public async Task<IReadOnlyList<T>> FindAsync<T>(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
            where T : Entity =>
            await db.Set<T>().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);

        public Task<AddressHolder?> AddressHolderAsync(string slug, Guid recordId, CancellationToken cancellationToken) =>
            AddressHolderInDatabaseAsync(db, slug, recordId, cancellationToken);
    }
}

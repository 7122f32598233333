using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Dataset;

/// <summary>Writes the whole tracker, deleted entities and pending changes included, as a <see cref="DatasetFile"/>.</summary>
public sealed class DatasetExporter(PolicyTrackerDbContext db, IActor actor)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        WriteIndented = true,
    };

    public async Task<DatasetFile> ExportAsync(CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Analyst);

        return new DatasetFile
        {
            Countries = await db.Countries.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Id)
                .Select(c => new CountryEntry
                {
                    Id = c.Id, Slug = c.Slug, State = c.State, InternalNotes = c.InternalNotes, Deleted = c.DeletedAt != null,
                    Name = c.Name, IsoCode = c.IsoCode,
                }).ToListAsync(cancellationToken),
            Organisations = await db.Organisations.IgnoreQueryFilters().AsNoTracking().OrderBy(o => o.Id)
                .Select(o => new OrganisationEntry
                {
                    Id = o.Id, Slug = o.Slug, State = o.State, InternalNotes = o.InternalNotes, Deleted = o.DeletedAt != null,
                    Name = o.Name, OrganisationKind = o.OrganisationKind, CountryId = o.CountryId,
                }).ToListAsync(cancellationToken),
            People = await db.People.IgnoreQueryFilters().AsNoTracking().OrderBy(p => p.Id)
                .Select(p => new PersonEntry
                {
                    Id = p.Id, Slug = p.Slug, State = p.State, InternalNotes = p.InternalNotes, Deleted = p.DeletedAt != null,
                    Name = p.Name, Summary = p.Summary,
                    Roles = p.Roles.OrderBy(r => r.Id).Select(r => new PersonRoleEntry
                    {
                        Id = r.Id, Title = r.Title, OrganisationId = r.OrganisationId, From = r.From, To = r.To,
                    }).ToList(),
                }).ToListAsync(cancellationToken),
            Sources = (await db.Sources.IgnoreQueryFilters().AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken))
                .Select(s => new SourceEntry
                {
                    Id = s.Id, Slug = s.Slug, State = s.State, InternalNotes = s.InternalNotes, Deleted = s.DeletedAt != null,
                    Content = SourceDraft.From(s),
                }).ToList(),
            Records = await RecordsAsync(cancellationToken),
        };
    }

    private async Task<List<RecordEntry>> RecordsAsync(CancellationToken cancellationToken)
    {
        var records = await db.Records.IgnoreQueryFilters().AsNoTracking()
            .Include(r => r.Citations)
            .Include(r => r.DateClaims).ThenInclude(c => c.Citations)
            .Include(r => r.Agreements)
            .Include(r => r.People)
            .Include(r => r.Organisations)
            .Include(r => r.Countries)
            .AsSplitQuery()
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var statusHistory = (await db.StatusChanges.AsNoTracking()
            .Include(s => s.Citations)
            .Include(s => s.DateClaims).ThenInclude(c => c.Citations)
            .AsSplitQuery()
            .ToListAsync(cancellationToken)).ToLookup(s => s.AgreementId);
        var parties = (await db.PartyMemberships.AsNoTracking().Include(p => p.Citations).ToListAsync(cancellationToken))
            .ToLookup(p => p.AgreementId);

        return records.Select(record =>
        {
            if (record is Agreement agreement)
            {
                agreement.StatusHistory = statusHistory[agreement.Id].ToList();
                agreement.Parties = parties[agreement.Id].ToList();
            }

            return new RecordEntry
            {
                Id = record.Id,
                State = record.State,
                Deleted = record.DeletedAt is not null,
                Content = RecordDraft.From(record),
                PendingDraft = record.PendingDraftJson is { } pending ? JsonSerializer.Deserialize<RecordDraft>(pending, SnapshotJson.Options) : null,
                PendingState = record.PendingState,
            };
        }).ToList();
    }
}

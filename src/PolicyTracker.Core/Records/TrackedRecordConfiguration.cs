using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Records;

internal sealed class TrackedRecordConfiguration : IEntityTypeConfiguration<TrackedRecord>
{
    public void Configure(EntityTypeBuilder<TrackedRecord> builder)
    {
        builder.ToTable("Records");
        builder.MapEntity();
        var discriminator = builder.HasDiscriminator(r => r.Kind);
        foreach (var kind in RecordKinds.All)
        {
            discriminator.HasValue(kind.EntityType, kind.Kind);
        }

        builder.Property(r => r.Title).HasMaxLength(TrackedRecord.TitleMaxLength).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(TrackedRecord.SummaryMaxLength).IsRequired();
        builder.MapFuzzyDate(r => r.Date);
        builder.Property(r => r.PendingState).HasConversion<string>().HasMaxLength(20);

        // The timeline reads records by state in timeline order (Timeline/TimelineOrder). EF Core cannot declare
        // an index on a complex property's columns, so IX_Records_Timeline is created by hand (Timeline/TimelineIndex).
        builder.HasIndex(r => new { r.State, r.Kind });

        builder.HasMany(r => r.Citations).WithOne(c => c.Record).HasForeignKey(c => c.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.DateClaims).WithOne().HasForeignKey(c => c.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Disclosures).WithOne().HasForeignKey(d => d.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Amounts).WithOne().HasForeignKey(a => a.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Agreements).WithMany(a => a.RelatedRecords).UsingEntity(
            "RecordAgreements",
            right => right.HasOne(typeof(Agreement)).WithMany().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade),
            left => left.HasOne(typeof(TrackedRecord)).WithMany().HasForeignKey("RecordId").OnDelete(DeleteBehavior.Cascade));
        builder.HasMany(r => r.People).WithMany(p => p.Records).UsingEntity("RecordPeople");
        builder.HasMany(r => r.Organisations).WithMany(o => o.Records).UsingEntity("RecordOrganisations");
        builder.HasMany(r => r.Countries).WithMany(c => c.Records).UsingEntity("RecordCountries");
    }
}

internal sealed class DateClaimConfiguration : IEntityTypeConfiguration<DateClaim>
{
    public void Configure(EntityTypeBuilder<DateClaim> builder)
    {
        builder.Property(c => c.Claim).HasMaxLength(DateClaim.ClaimMaxLength).IsRequired();
        builder.MapFuzzyDate(c => c.Date);
        builder.HasMany(c => c.Citations).WithOne(c => c.DateClaim).HasForeignKey(c => c.DateClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_DateClaims_OneOwner",
            """(CASE WHEN "RecordId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "StatusChangeId" IS NULL THEN 0 ELSE 1 END) = 1"""));
    }
}

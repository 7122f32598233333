using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.OiaReleases;

internal sealed class OiaReleaseConfiguration : IEntityTypeConfiguration<OiaRelease>
{
    public void Configure(EntityTypeBuilder<OiaRelease> builder)
    {
        builder.Property(o => o.Requester).HasMaxLength(OiaRelease.RequesterMaxLength);
        builder.Property(o => o.Withheld).HasMaxLength(OiaRelease.WithheldMaxLength);
        builder.Property(o => o.WithholdingGrounds).HasMaxLength(OiaRelease.GroundsMaxLength);
        builder.MapFuzzyDate(o => o.RequestedOn);
        builder.HasOne(o => o.Agency).WithMany().HasForeignKey(o => o.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Revealed).WithMany().UsingEntity(
            "OiaReleaseRevealedRecords",
            revealed => revealed.HasOne(typeof(Records.TrackedRecord)).WithMany().HasForeignKey("RecordId").OnDelete(DeleteBehavior.Cascade),
            release => release.HasOne(typeof(OiaRelease)).WithMany().HasForeignKey("OiaReleaseId").OnDelete(DeleteBehavior.Cascade));
    }
}

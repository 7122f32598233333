using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyTracker.Core.History;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.Property(r => r.EntityType).HasMaxLength(60).IsRequired();
        builder.Property(r => r.ChangedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(2000);
        // Not unique: a stale save must fail on the record's concurrency token, not on its revision number.
        builder.HasIndex(r => new { r.EntityId, r.Number });
        builder.HasIndex(r => r.ChangedAt);
    }
}

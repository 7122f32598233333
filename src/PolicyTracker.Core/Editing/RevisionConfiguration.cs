using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyTracker.Core.Editing;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.Property(r => r.EntityType).HasMaxLength(60).IsRequired();
        builder.Property(r => r.ChangedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.HasIndex(r => new { r.EntityId, r.Number }).IsUnique();
        builder.HasIndex(r => r.ChangedAt);
    }
}

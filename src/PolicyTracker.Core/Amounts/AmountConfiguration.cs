using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyTracker.Core.Amounts;

internal sealed class AmountConfiguration : IEntityTypeConfiguration<Amount>
{
    public void Configure(EntityTypeBuilder<Amount> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Value).HasPrecision(24, 2);
        builder.Property(a => a.UpTo).HasPrecision(24, 2);
        builder.Property(a => a.Purpose).HasMaxLength(Amount.PurposeMaxLength).IsRequired();
        builder.HasMany(a => a.Citations).WithOne().HasForeignKey(c => c.AmountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.RecordId);
    }
}

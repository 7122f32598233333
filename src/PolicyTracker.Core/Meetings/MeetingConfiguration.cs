using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Meetings;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Place).HasMaxLength(Meeting.PlaceMaxLength);
        builder.Property(m => m.Host).HasMaxLength(Meeting.PlaceMaxLength);
        builder.MapFuzzyDate(m => m.EndDate);
        builder.HasOne(m => m.PartOf).WithMany(m => m.Parts).HasForeignKey(m => m.PartOfId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Disclosures;

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Announcement).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Through).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Note).HasMaxLength(Disclosure.NoteMaxLength);
        builder.Property(d => d.NotInformed).HasMaxLength(Disclosure.NoteMaxLength);
        builder.MapFuzzyDate(d => d.PublicOn);
        builder.HasMany(d => d.Citations).WithOne().HasForeignKey(c => c.DisclosureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.RecordId);
        builder.HasIndex(d => d.StatusChangeId);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Disclosures_OneOwner",
            """(CASE WHEN "RecordId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "StatusChangeId" IS NULL THEN 0 ELSE 1 END) = 1"""));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Agreements;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.Property(a => a.ShortName).HasMaxLength(Agreement.ShortNameMaxLength);
        builder.Property(a => a.UnnamedParties).HasMaxLength(Agreement.UnnamedPartiesMaxLength);
        builder.HasMany(a => a.StatusHistory).WithOne(s => s.Agreement).HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Parties).WithOne(p => p.Agreement).HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Workstreams).WithOne(w => w.Agreement).HasForeignKey(w => w.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> builder)
    {
        builder.Property(s => s.Note).HasMaxLength(StatusChange.NoteMaxLength);
        builder.MapFuzzyDate(s => s.Date);
        builder.HasIndex(s => new { s.AgreementId, s.Status });
        builder.HasMany(s => s.Citations).WithOne(c => c.StatusChange).HasForeignKey(c => c.StatusChangeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.DateClaims).WithOne().HasForeignKey(c => c.StatusChangeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Disclosures).WithOne().HasForeignKey(d => d.StatusChangeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PartyMembershipConfiguration : IEntityTypeConfiguration<PartyMembership>
{
    public void Configure(EntityTypeBuilder<PartyMembership> builder)
    {
        builder.Property(p => p.Role).HasMaxLength(PartyMembership.RoleMaxLength);
        builder.MapFuzzyDate(p => p.Since);
        builder.HasIndex(p => new { p.AgreementId, p.CountryId }).IsUnique();
        builder.HasOne(p => p.Country).WithMany().HasForeignKey(p => p.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Citations).WithOne(c => c.PartyMembership).HasForeignKey(c => c.PartyMembershipId).OnDelete(DeleteBehavior.Cascade);
    }
}

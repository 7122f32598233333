using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Commitments;

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.Property(c => c.PromisedTo).HasMaxLength(Commitment.PromisedToMaxLength);
        builder.MapFuzzyDate(c => c.DueBy);
        builder.HasOne(c => c.MadeBy).WithMany().HasForeignKey(c => c.MadeById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.MadeByOrganisation).WithMany().HasForeignKey(c => c.MadeByOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Outcomes).WithOne().HasForeignKey(o => o.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommitmentOutcomeConfiguration : IEntityTypeConfiguration<CommitmentOutcome>
{
    public void Configure(EntityTypeBuilder<CommitmentOutcome> builder)
    {
        builder.Property(o => o.Note).HasMaxLength(CommitmentOutcome.NoteMaxLength);
        builder.MapFuzzyDate(o => o.Date);
        builder.HasIndex(o => new { o.CommitmentId, o.Status });
        builder.HasMany(o => o.Citations).WithOne().HasForeignKey(c => c.CommitmentOutcomeId).OnDelete(DeleteBehavior.Cascade);
    }
}

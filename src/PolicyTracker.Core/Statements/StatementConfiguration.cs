using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyTracker.Core.Statements;

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.Property(s => s.Text).HasMaxLength(Statement.TextMaxLength);
        builder.Property(s => s.SpeakerRole).HasMaxLength(Statement.RoleMaxLength);
        builder.Property(s => s.UnnamedSpeaker).HasMaxLength(Statement.RoleMaxLength);
        builder.Property(s => s.Venue).HasMaxLength(Statement.VenueMaxLength);
        builder.HasOne(s => s.Speaker).WithMany().HasForeignKey(s => s.SpeakerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.SpeakingOrganisation).WithMany().HasForeignKey(s => s.SpeakingOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

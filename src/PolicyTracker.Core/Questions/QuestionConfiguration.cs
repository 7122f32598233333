using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Questions;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.Property(q => q.AskedBy).HasMaxLength(Question.AskedByMaxLength);
        builder.Property(q => q.QuestionText).HasMaxLength(Question.TextMaxLength);
        builder.MapFuzzyDate(q => q.RespondedOn);
        builder.HasOne(q => q.AskedOf).WithMany().HasForeignKey(q => q.AskedOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(q => q.AskedOfOrganisation).WithMany().HasForeignKey(q => q.AskedOfOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(q => q.ReferredTo).WithMany().HasForeignKey(q => q.ReferredToId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Sources;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.MapEntity();
        builder.Property(s => s.Title).HasMaxLength(Source.TitleMaxLength).IsRequired();
        builder.Property(s => s.Outlet).HasMaxLength(Source.OutletMaxLength);
        builder.Property(s => s.Author).HasMaxLength(Source.AuthorMaxLength);
        builder.Property(s => s.Url).HasMaxLength(Source.UrlMaxLength);
        builder.Property(s => s.ReliabilityReason).HasMaxLength(Source.ReasonMaxLength).IsRequired();
        builder.Property(s => s.Notes).HasMaxLength(Entity.NotesMaxLength);
        builder.Property(s => s.OpenLicenceReason).HasMaxLength(Source.ReasonMaxLength);
        builder.MapFuzzyDate(s => s.Published);
        builder.HasMany(s => s.Citations).WithOne(c => c.Source).HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
        // Defence in depth behind SourceRules: the database itself refuses non-web addresses.
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Sources_WebUrl",
            "\"Url\" IS NULL OR \"Url\" LIKE 'http://%' OR \"Url\" LIKE 'https://%'"));
    }
}

internal sealed class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        builder.Property(c => c.Pinpoint).HasMaxLength(Citation.PinpointMaxLength);
        builder.Property(c => c.QuoteExact).HasMaxLength(Citation.PinpointMaxLength * 2);
        builder.Property(c => c.QuotePrefix).HasMaxLength(QuotableText.ContextMaxLength);
        builder.Property(c => c.QuoteSuffix).HasMaxLength(QuotableText.ContextMaxLength);
        builder.HasOne<SourceCopy>().WithMany().HasForeignKey(c => c.VerifiedCopyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.SourceId);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Citations_OneFact",
            """
            (CASE WHEN "RecordId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "StatusChangeId" IS NULL THEN 0 ELSE 1 END)
            + (CASE WHEN "PartyMembershipId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "DateClaimId" IS NULL THEN 0 ELSE 1 END)
            + (CASE WHEN "CommitmentOutcomeId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "DisclosureId" IS NULL THEN 0 ELSE 1 END)
            + (CASE WHEN "AmountId" IS NULL THEN 0 ELSE 1 END) = 1
            """));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Editing;

/// <summary>
/// A note one editor leaves another about a record under review ("the second source does not say this"). Workspace
/// only; kept as written, with who wrote it and when, so the review of a record can be read back later.
/// </summary>
public class ReviewComment
{
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RecordId { get; set; }

    public TrackedRecord Record { get; set; } = null!;

    public string Author { get; set; } = "";

    public DateTime WrittenAt { get; set; }

    public string Text { get; set; } = "";
}

/// <summary>The configuration section <c>Editing</c>: how review works in this newsroom.</summary>
public sealed class EditingRules
{
    public const string Section = "Editing";

    /// <summary>
    /// Whether a record (or a change to one) is published only by someone who did not write it. On unless turned
    /// off: a one-person newsroom can turn it off, and says so by doing it.
    /// </summary>
    public bool RequireSecondApprover { get; set; } = true;
}

internal sealed class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> builder)
    {
        builder.Property(c => c.Author).HasMaxLength(256).IsRequired();
        builder.Property(c => c.Text).HasMaxLength(ReviewComment.TextMaxLength).IsRequired();
        builder.HasOne(c => c.Record).WithMany().HasForeignKey(c => c.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.RecordId, c.WrittenAt });
    }
}

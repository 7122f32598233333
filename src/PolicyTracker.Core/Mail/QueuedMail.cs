using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyTracker.Core.Mail;

/// <summary>
/// A mail waiting to be sent: its purpose (which names what writes it, at sending time) and its recipient. Kept in the
/// database, so a request never waits for a mail server and a restart loses nothing; deleted once sent or given up.
/// </summary>
public class QueuedMail
{
    public const int PurposeMaxLength = 40;
    public const int FailureMaxLength = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Purpose { get; set; } = "";

    public string Recipient { get; set; } = "";

    public DateTime QueuedAt { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>While an instance is sending it: until when. Past that (the instance stopped), another takes it over.</summary>
    public DateTime? ClaimedUntil { get; set; }

    /// <summary>Why the last attempt failed, for the operator.</summary>
    public string? LastFailure { get; set; }
}

internal sealed class QueuedMailConfiguration : IEntityTypeConfiguration<QueuedMail>
{
    public void Configure(EntityTypeBuilder<QueuedMail> builder)
    {
        builder.ToTable("QueuedMail");
        builder.Property(m => m.Purpose).HasMaxLength(QueuedMail.PurposeMaxLength);
        builder.Property(m => m.Recipient).HasMaxLength(256);
        builder.Property(m => m.LastFailure).HasMaxLength(QueuedMail.FailureMaxLength);
        builder.HasIndex(m => m.NextAttemptAt);
    }
}

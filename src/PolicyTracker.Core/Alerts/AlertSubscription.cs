using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyTracker.Core.Alerts;

public enum AlertFrequency
{
    /// <summary>A mail soon after each public change in the thread.</summary>
    Immediately,

    /// <summary>At most one mail a day, with the day's changes.</summary>
    DailyDigest,
}

/// <summary>
/// A reader's request to be told by mail of public changes in one thread, without an account. Nothing but the
/// confirmation is sent until <see cref="ConfirmedAt"/>; the address is used for nothing else, and the row (address
/// included) is deleted when the reader unsubscribes.
/// </summary>
public class AlertSubscription
{
    public const int EmailMaxLength = 254;
    public const int ThreadMaxLength = 500;
    public const int ThreadNameMaxLength = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Email { get; set; } = "";

    /// <summary>The thread, as the timeline's filter in a query string ("agreement=pipir"); empty for every record.</summary>
    public string Thread { get; set; } = "";

    /// <summary>The thread in words when it was chosen: "PIPIR".</summary>
    public string ThreadName { get; set; } = "";

    public AlertFrequency Frequency { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the last confirmation was sent to the address for this thread; one a day at most per address.</summary>
    public DateTime? ConfirmationSentAt { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    /// <summary>Public changes up to this moment have been mailed (or came before the confirmation).</summary>
    public DateTime MailedUpTo { get; set; }

    /// <summary>The New Zealand day of the last digest, so a digest goes at most once a day.</summary>
    public DateOnly? LastDigestDay { get; set; }
}

internal sealed class AlertSubscriptionConfiguration : IEntityTypeConfiguration<AlertSubscription>
{
    public void Configure(EntityTypeBuilder<AlertSubscription> builder)
    {
        builder.Property(s => s.Email).HasMaxLength(AlertSubscription.EmailMaxLength).IsRequired();
        builder.Property(s => s.Thread).HasMaxLength(AlertSubscription.ThreadMaxLength).IsRequired();
        builder.Property(s => s.ThreadName).HasMaxLength(AlertSubscription.ThreadNameMaxLength).IsRequired();
        builder.HasIndex(s => s.Email);
        builder.HasIndex(s => s.ConfirmedAt);
    }
}

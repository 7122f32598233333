using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyTracker.Core.Sources.Watching;

/// <summary>
/// One pass of the link watch over every source with an address: asked for by the schedule or by an editor's "Check
/// now", started by whichever instance holds the watch's lock, and resumed from where it stopped after a restart.
/// </summary>
public class LinkWatchRun
{
    public const int OutcomeMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTime RequestedAt { get; set; }

    /// <summary>The editor who pressed "Check now"; null when the schedule asked.</summary>
    public string? RequestedBy { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>Addresses to check in this run, and how many have been.</summary>
    public int Total { get; set; }

    public int Checked { get; set; }

    /// <summary>What the run found, in a sentence.</summary>
    public string? Outcome { get; set; }
}

internal sealed class LinkWatchRunConfiguration : IEntityTypeConfiguration<LinkWatchRun>
{
    public void Configure(EntityTypeBuilder<LinkWatchRun> builder)
    {
        builder.ToTable("LinkWatchRuns");
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.Outcome).HasMaxLength(LinkWatchRun.OutcomeMaxLength);
        builder.HasIndex(r => r.RequestedAt);
    }
}

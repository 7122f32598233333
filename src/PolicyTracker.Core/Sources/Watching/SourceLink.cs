using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Sources.Fetching;

namespace PolicyTracker.Core.Sources.Watching;

/// <summary>What the link watch last found at a source's address.</summary>
public enum LinkStatus
{
    /// <summary>Not checked yet.</summary>
    NotChecked,

    /// <summary>The page answers, and every verified quotation from it is still on it.</summary>
    Works,

    /// <summary>The address now redirects to a different page.</summary>
    Moved,

    /// <summary>The page answers 404 or 410, or a "page not found" page, or sends readers to the site's front page.</summary>
    Gone,

    /// <summary>The page answers, but words the tracker quotes from it are no longer on it.</summary>
    Changed,

    /// <summary>No answer on repeated checks over several days while other sites answered.</summary>
    Unreachable,
}

/// <summary>
/// The link watch's state for one source's address, kept apart from the source itself: a check is not an edit, so it
/// makes no revision and never conflicts with an editor saving the source.
/// </summary>
public class SourceLink
{
    public const int DetailMaxLength = 1000;

    public Guid SourceId { get; set; }

    /// <summary>The address checked: once an editor changes the source's address, nothing here speaks of it until it is checked.</summary>
    public string? Address { get; set; }

    public LinkStatus Status { get; set; }

    /// <summary>Since when the address has had <see cref="Status"/>.</summary>
    public DateTime? StatusSince { get; set; }

    /// <summary>The last time the address was asked (answered or not).</summary>
    public DateTime? CheckedAt { get; set; }

    /// <summary>What was found, in words an editor can act on.</summary>
    public string? Detail { get; set; }

    /// <summary>Where a moved page now is.</summary>
    public string? MovedTo { get; set; }

    public int? HttpStatus { get; set; }

    /// <summary>The validators of the last full answer, sent back so an unchanged page costs a 304.</summary>
    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    /// <summary>When the run of unanswered checks began; null while the address answers.</summary>
    public DateTime? FailingSince { get; set; }

    public int FailedChecks { get; set; }

    /// <summary>What editors must look at: the "Sources needing attention" list.</summary>
    public static readonly LinkStatus[] Problems = [LinkStatus.Moved, LinkStatus.Gone, LinkStatus.Changed, LinkStatus.Unreachable];

    /// <summary>What public pages tell readers, leading them to the archived copy: the original is gone, or no longer says what was quoted.</summary>
    public static bool IsToldToReaders(LinkStatus status) => status is LinkStatus.Gone or LinkStatus.Changed;

    /// <summary>Records an answer; returns whether what readers are told changed.</summary>
    public bool RecordAnswer(string address, LinkFinding finding, LinkAnswer answer, DateTime now)
    {
        var before = ForAddress(address);
        if (answer.HttpStatus != 304)
        {
            // A page that no longer has the quoted words is fetched whole next time, so a corrected record is seen.
            (ETag, LastModified) = finding.Status == LinkStatus.Works ? (answer.ETag, answer.LastModified) : (null, null);
        }

        Become(finding.Status, now);
        (Detail, MovedTo, HttpStatus, CheckedAt, FailingSince, FailedChecks) = (finding.Detail, finding.MovedTo, answer.HttpStatus, now, null, 0);
        return ReadersToldOtherwise(before);
    }

    /// <summary>
    /// Records a check that got no answer. The address becomes unreachable only after
    /// <see cref="LinkWatchOptions.UnreachableAfterChecks"/> such checks in a row spread over
    /// <see cref="LinkWatchOptions.UnreachableAfter"/>; until then it keeps what it had. Returns whether what readers are told changed.
    /// </summary>
    public bool RecordNoAnswer(string address, string reason, DateTime now, LinkWatchOptions options)
    {
        var before = ForAddress(address);
        FailingSince ??= now;
        FailedChecks++;
        CheckedAt = now;
        var since = NewZealandTime.DateOf(FailingSince.Value).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        if (FailedChecks >= options.UnreachableAfterChecks && now - FailingSince.Value >= options.UnreachableAfter)
        {
            Become(LinkStatus.Unreachable, now);
            Detail = $"No answer on {FailedChecks} checks in a row since {since}: {reason}";
        }
        else
        {
            Detail = $"No answer on {FailedChecks} check{(FailedChecks == 1 ? "" : "s")} since {since} (not yet counted as a problem): {reason}";
        }

        return ReadersToldOtherwise(before);
    }

    private bool ReadersToldOtherwise(LinkStatus before) => before != Status && (IsToldToReaders(before) || IsToldToReaders(Status));

    /// <summary>
    /// Starts afresh for an address not checked before (an editor changed it): what was found at the old one is not
    /// shown for the new one, so readers were told nothing of it. Returns what readers were told before this check.
    /// </summary>
    private LinkStatus ForAddress(string address)
    {
        if (Address == address)
        {
            return Status;
        }

        (Address, Status, StatusSince, Detail, MovedTo, HttpStatus, ETag, LastModified, FailingSince, FailedChecks) =
            (address, LinkStatus.NotChecked, null, null, null, null, null, null, null, 0);
        return LinkStatus.NotChecked;
    }

    private void Become(LinkStatus status, DateTime now)
    {
        if (status != Status || StatusSince is null)
        {
            (Status, StatusSince) = (status, now);
        }
    }
}

internal sealed class SourceLinkConfiguration : IEntityTypeConfiguration<SourceLink>
{
    public void Configure(EntityTypeBuilder<SourceLink> builder)
    {
        builder.ToTable("SourceLinks");
        builder.HasKey(l => l.SourceId);
        builder.HasOne<Source>().WithOne(s => s.Link).HasForeignKey<SourceLink>(l => l.SourceId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.Address).HasMaxLength(Source.UrlMaxLength);
        builder.Property(l => l.Detail).HasMaxLength(SourceLink.DetailMaxLength);
        builder.Property(l => l.MovedTo).HasMaxLength(Source.UrlMaxLength);
        builder.Property(l => l.ETag).HasMaxLength(300);
        builder.Property(l => l.LastModified).HasMaxLength(100);
        builder.HasIndex(l => l.Status);
    }
}

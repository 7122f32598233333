using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyTracker.Core.OpenData;

/// <summary>
/// One dated open-data release: the public record as it stood when it was made, as files with their digests. Made at
/// most once a day, and only on a day when something public changed; never changed once made.
/// </summary>
public class DataRelease
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The day it is of, in New Zealand; one release per day.</summary>
    public DateOnly Day { get; set; }

    public DateTime MadeAt { get; set; }

    /// <summary>The public changes it includes end here; the next release's change file starts from here.</summary>
    public DateTime ChangesUntil { get; set; }

    public int Records { get; set; }

    public int Added { get; set; }

    public int Changed { get; set; }

    public int Retracted { get; set; }

    public List<DataReleaseFile> Files { get; set; } = [];
}

/// <summary>A file of a release, kept whole: a release's files never change, so each address always gives the same bytes.</summary>
public class DataReleaseFile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ReleaseId { get; set; }

    /// <summary>"records.csv": the file's name within the release.</summary>
    public string Name { get; set; } = "";

    public string MediaType { get; set; } = "";

    public byte[] Content { get; set; } = [];

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>, as the data package states it.</summary>
    public string Sha256 { get; set; } = "";
}

internal sealed class DataReleaseConfiguration : IEntityTypeConfiguration<DataRelease>
{
    public void Configure(EntityTypeBuilder<DataRelease> builder)
    {
        // Two instances making the day's release at once: the second insert is refused here.
        builder.HasIndex(r => r.Day).IsUnique();
        builder.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.ReleaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DataReleaseFileConfiguration : IEntityTypeConfiguration<DataReleaseFile>
{
    public void Configure(EntityTypeBuilder<DataReleaseFile> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(100).IsRequired();
        builder.Property(f => f.MediaType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.HasIndex(f => new { f.ReleaseId, f.Name }).IsUnique();
    }
}

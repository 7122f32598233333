using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyTracker.Core.Common;

namespace PolicyTracker.Core.History;

/// <summary>
/// A slug a published entity used to have. Published addresses never break: when a published entity's slug
/// changes, the old one is kept here and its address redirects to the new one.
/// </summary>
public class SlugRedirect
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string EntityType { get; set; } = "";

    public string OldSlug { get; set; } = "";

    public Guid EntityId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Slugs are unique per scope: all tracked records share one, each other entity type has its own.</summary>
    public static string ScopeOf(Entity entity) => entity is Records.TrackedRecord ? "Record" : entity.GetType().Name;
}

internal sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> builder)
    {
        builder.Property(r => r.EntityType).HasMaxLength(60).IsRequired();
        builder.Property(r => r.OldSlug).HasMaxLength(Entity.SlugMaxLength).IsRequired();
        builder.HasIndex(r => new { r.EntityType, r.OldSlug }).IsUnique();
    }
}

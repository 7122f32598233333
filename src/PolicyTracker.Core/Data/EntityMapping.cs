using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyTracker.Core.Common;

namespace PolicyTracker.Core.Data;

/// <summary>Mapping shared by every entity type, so each configuration only states what is its own.</summary>
internal static class EntityMapping
{
    public static void MapEntity<T>(this EntityTypeBuilder<T> builder)
        where T : Entity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Slug).HasMaxLength(Entity.SlugMaxLength).IsRequired();
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.InternalNotes).HasMaxLength(Entity.NotesMaxLength);
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.Property(e => e.DeletedBy).HasMaxLength(256);
        builder.Property(e => e.Version).IsConcurrencyToken();
        // Soft-deleted rows disappear from every query unless a caller asks for them explicitly.
        builder.HasQueryFilter(e => e.DeletedAt == null);
    }

    public static void MapFuzzyDate<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, FuzzyDate?>> date)
        where T : class =>
        builder.ComplexProperty(date, MapFuzzyDateColumns);

    public static void MapFuzzyDateColumns(ComplexPropertyBuilder<FuzzyDate> date)
    {
        date.Property(d => d.Start);
        // Stored as a number, unlike other enums, so that "more precise first" is a plain ORDER BY.
        date.Property(d => d.Precision).HasConversion<int>().IsRequired();
        date.Property(d => d.Approximate).IsRequired();
        date.Property(d => d.Until);
    }
}

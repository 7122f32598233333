using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.MapEntity();
        builder.Property(p => p.Name).HasMaxLength(Person.NameMaxLength).IsRequired();
        builder.Property(p => p.Summary).HasMaxLength(Entity.NotesMaxLength);
        builder.Property(p => p.WikidataId).HasMaxLength(Wikidata.IdMaxLength);
        builder.HasMany(p => p.Roles).WithOne().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonRoleConfiguration : IEntityTypeConfiguration<PersonRole>
{
    public void Configure(EntityTypeBuilder<PersonRole> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(PersonRole.TitleMaxLength).IsRequired();
        builder.MapFuzzyDate(r => r.From);
        builder.MapFuzzyDate(r => r.To);
        builder.HasOne(r => r.Organisation).WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.MapEntity();
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        builder.Property(o => o.WikidataId).HasMaxLength(Wikidata.IdMaxLength);
        builder.HasOne(o => o.Country).WithMany().HasForeignKey(o => o.CountryId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.MapEntity();
        builder.Property(c => c.Name).HasMaxLength(Country.NameMaxLength).IsRequired();
        builder.Property(c => c.IsoCode).HasMaxLength(2).IsRequired();
        builder.Property(c => c.WikidataId).HasMaxLength(Wikidata.IdMaxLength);
    }
}

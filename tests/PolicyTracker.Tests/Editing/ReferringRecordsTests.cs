using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Questions;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Editing;

/// <summary>
/// Nothing a record points to can be deleted or unpublished from under it, whichever field of whichever kind (or of
/// its parts) points: the directory refuses and names the records.
/// </summary>
public partial class ReferringRecordsTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "referring");

    public async Task DisposeAsync() => await database.DisposeAsync();

    /// <summary>
    /// The oracle is the dataset export, written by each kind's own fields: a record points to an entry exactly when the
    /// entry's id is somewhere in the record's exported content (its fields, parts and citations).
    /// </summary>
    [Fact]
    public async Task For_every_person_organisation_country_and_source_the_records_found_are_the_records_whose_content_names_it()
    {
        var exported = JsonNode.Parse(await database.ExportDatasetAsync())!;
        var idsNamedBy = exported["records"]!.AsArray().ToDictionary(
            r => Guid.Parse((string)r!["id"]!),
            r => GuidPattern().Matches(r!.ToJsonString()).Select(m => Guid.Parse(m.Value)).ToHashSet());
        await using var db = database.CreateContext();
        var referrers = new ReferringRecords(db);
        var entries = new List<Entity>();
        entries.AddRange(await db.People.IgnoreQueryFilters().ToListAsync());
        entries.AddRange(await db.Organisations.IgnoreQueryFilters().ToListAsync());
        entries.AddRange(await db.Countries.IgnoreQueryFilters().ToListAsync());
        entries.AddRange(await db.Sources.IgnoreQueryFilters().ToListAsync());

        var wrong = new List<string>();
        var referenced = 0;
        foreach (var entry in entries)
        {
            var expected = idsNamedBy.Where(r => r.Value.Contains(entry.Id)).Select(r => r.Key).Order().ToList();
            var found = (await referrers.FindAsync(entry, includeUnpublished: true)).Select(r => r.Id).Order().ToList();
            referenced += expected.Count > 0 ? 1 : 0;
            if (!expected.SequenceEqual(found))
            {
                wrong.Add($"{entry.GetType().Name} {entry.Slug}: content names it in {string.Join(", ", expected)}; found {string.Join(", ", found)}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(referenced > 50, $"Only {referenced} entries are pointed to; the sample data should exercise this.");
    }

    /// <summary>Each foreign key to the directory in the model (kind × field, parts included) is exercised by the sample data, so the test above covers it.</summary>
    [Fact]
    public async Task The_sample_data_exercises_every_reference_field_of_every_kind_and_part()
    {
        await using var db = database.CreateContext();
        var unexercised = new List<string>();
        foreach (var type in new[] { typeof(Person), typeof(Organisation), typeof(Country), typeof(Source) })
        {
            foreach (var (dependent, column) in ReferringRecords.ForeignKeysTo(db.Model, type))
            {
                if (dependent.ClrType == typeof(Organisation) || dependent.ClrType == typeof(PersonRole))
                {
                    continue; // the directory pointing within itself, not a record
                }

                if (dependent.GetForeignKeys().All(fk => fk.PrincipalEntityType.ClrType == type))
                {
                    continue; // the entry's own rows (a source's archived copies, its link watch state), never a record's
                }

                var table = dependent.GetTableName()!;
                var name = column.GetColumnName(Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, null))!;
                // Names from the model, not input.
                var sql = $"SELECT COUNT(*)::int AS \"Value\" FROM \"{table}\" WHERE \"{name}\" IS NOT NULL";
                var count = await db.Database.SqlQueryRaw<int>(sql).SingleAsync();
                if (count == 0)
                {
                    unexercised.Add($"{dependent.DisplayName()}.{column.Name} -> {type.Name}");
                }
            }
        }

        Assert.True(unexercised.Count == 0, "Not in the sample data:\n" + string.Join("\n", unexercised));
    }

    [Fact]
    public async Task A_person_named_only_as_whom_a_question_was_asked_of_cannot_be_deleted_and_the_refusal_names_the_question()
    {
        await using var db = database.CreateContext(TestActor.Editor());
        var directory = new DirectoryEditor(db, TestActor.Editor(), TimeProvider.System);
        var personId = await directory.SaveAsync<Person, PersonDraft>(null, 0, new PersonDraft { Name = "Asked Only" }, null, PublicationState.Published, null);
        var question = await db.Records.OfType<Question>().AsNoTracking().FirstAsync(q => q.AskedOfId != null);
        await db.Records.OfType<Question>().Where(q => q.Id == question.Id).ExecuteUpdateAsync(q => q.SetProperty(x => x.AskedOfId, personId));
        db.ChangeTracker.Clear();

        var refused = await Assert.ThrowsAsync<ValidationException>(() => directory.DeleteAsync<Person>(personId, 1));
        var unpublish = await Assert.ThrowsAsync<ValidationException>(() =>
            directory.SaveAsync<Person, PersonDraft>(personId, 1, new PersonDraft { Name = "Asked Only" }, "asked-only", PublicationState.Draft, null));

        Assert.Contains($"\"{question.Title}\" (question)", Assert.Single(refused.Problems).Message);
        Assert.Contains($"\"{question.Title}\"", Assert.Single(unpublish.Problems).Message);
        var person = await db.People.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == personId);
        Assert.Null(person.DeletedAt);
        Assert.Equal(PublicationState.Published, person.State);
        Assert.Equal([question.Id], (await directory.ReferringRecordsAsync<Person>(personId)).Select(r => r.Id));
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();
}

using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Editing;

/// <summary>Every record write × anonymous / Analyst / Editor / Admin: the service itself refuses, whatever the page showed.</summary>
public class EditingAuthorisationTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private Guid recordId;

    public static readonly string[] Operations =
        ["create", "save", "submit", "return", "publish", "retract", "reinstate", "discard", "delete", "undelete", "restore-revision", "comment", "open"];

    public static TheoryData<string, string?, bool> Matrix()
    {
        var data = new TheoryData<string, string?, bool>();
        foreach (var operation in Operations)
        {
            foreach (var role in new[] { null, Roles.Analyst, Roles.Editor, Roles.Admin })
            {
                var allowed = role is Roles.Editor or Roles.Admin || (operation == "open" && role is Roles.Analyst);
                data.Add(operation, role, allowed);
            }
        }

        return data;
    }

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "editing-authorisation");
        await using var db = database.CreateContext();
        recordId = (await db.Records.FirstAsync(r => r.State == PublicationState.Published)).Id;
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Record_writes_are_authorised_by_the_service(string operation, string? role, bool allowed)
    {
        var actor = role switch
        {
            null => (IActor)new SystemActor("anonymous"),
            Roles.Analyst => new TestActor("analyst@example.org", TestActor.AnalystRoles),
            Roles.Editor => TestActor.Editor(),
            _ => new TestActor("admin@example.org", TestActor.AdminRoles),
        };
        await using var session = database.Edit(actor);
        var version = (await session.Db.Records.SingleAsync(r => r.Id == recordId)).Version;
        var draft = RecordContent.Empty(RecordKind.Event);
        draft.Title = "Authorisation probe";

        Task Run() => operation switch
        {
            "create" => session.Editor.CreateAsync(draft),
            "save" => session.Editor.SaveAsync(recordId, version, draft),
            "submit" => session.Editor.SubmitForReviewAsync(recordId, version),
            "return" => session.Editor.ReturnToDraftAsync(recordId, version),
            "publish" => session.Editor.PublishAsync(recordId, version),
            "retract" => session.Editor.RetractAsync(recordId, version, "A reason"),
            "reinstate" => session.Editor.ReinstateAsync(recordId, version, "A reason"),
            "discard" => session.Editor.DiscardPendingAsync(recordId, version),
            "delete" => session.Editor.DeleteAsync(recordId, version),
            "undelete" => session.Editor.UndeleteAsync(recordId, version),
            "restore-revision" => session.Editor.RestoreRevisionAsync(recordId, version, 1),
            "comment" => session.Editor.CommentAsync(recordId, "A review comment"),
            _ => session.Editor.OpenAsync(recordId),
        };

        if (allowed)
        {
            // Past the role check; the operation itself may still refuse this record's state or this input.
            var error = await Record.ExceptionAsync(Run);
            Assert.False(error is UnauthorizedAccessException, error?.Message);
        }
        else
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(Run);
            await using var check = database.CreateContext();
            Assert.Equal(version, (await check.Records.SingleAsync(r => r.Id == recordId)).Version);
        }
    }
}

using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.Events;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Statements;
using PolicyTracker.Core.Workstreams;

namespace PolicyTracker.Core.Data;

public class PolicyTrackerDbContext(
    DbContextOptions<PolicyTrackerDbContext> options,
    IActor actor,
    TimeProvider clock,
    IPublicContentCache publicCache) : IdentityDbContext<IdentityUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect sign-in cookies and antiforgery tokens, kept so they survive restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<TrackedRecord> Records => Set<TrackedRecord>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<Workstream> Workstreams => Set<Workstream>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Statement> Statements => Set<Statement>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();

    public DbSet<PartyMembership> PartyMemberships => Set<PartyMembership>();

    public DbSet<DateClaim> DateClaims => Set<DateClaim>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Citation> Citations => Set<Citation>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();

    public DbSet<Timeline.SavedView> SavedViews => Set<Timeline.SavedView>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enum values are stored by name so the data reads plainly and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        // Every timestamp is UTC; SQLite does not keep the kind, so it is restored on reading.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder); // the ASP.NET Core Identity tables
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PolicyTrackerDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            Search.PostgresSearchMapping.Apply(modelBuilder);
        }
    }

    /// <summary>
    /// Saves, recording <paramref name="reason"/> on the revisions written; public for retractions and for changes
    /// to published records, whose <paramref name="publicAction"/> (a correction or an update) is named by the caller.
    /// </summary>
    public async Task<int> SaveChangesAsync(string reason, RevisionAction? publicAction, CancellationToken cancellationToken = default)
    {
        (changeReason, changeAction) = (reason, publicAction);
        try
        {
            return await SaveChangesAsync(cancellationToken);
        }
        finally
        {
            (changeReason, changeAction) = (null, null);
        }
    }

    /// <summary>
    /// Saves made inside are rehearsals (a preview, rolled back): they still write revisions in their transaction,
    /// but tell the public cache nothing, since nothing of them will ever be public.
    /// </summary>
    internal IDisposable Rehearsal()
    {
        rehearsing = true;
        return new EndRehearsal(this);
    }

    private bool rehearsing;

    private sealed class EndRehearsal(PolicyTrackerDbContext db) : IDisposable
    {
        public void Dispose() => db.rehearsing = false;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var publicChange = RecordChanges();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (publicChange)
        {
            publicCache.InvalidateAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var publicChange = RecordChanges();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (publicChange)
        {
            await publicCache.InvalidateAsync(cancellationToken);
        }

        return saved;
    }

    private string? changeReason;

    private RevisionAction? changeAction;

    private readonly Dictionary<Guid, RecordContent> contentAsLoaded = [];

    /// <summary>
    /// Remembers a fully loaded record's content, so the revision its next save writes holds the whole content
    /// (citations and links included) before and after, not only its own columns.
    /// </summary>
    internal void RememberContent(TrackedRecord record) => contentAsLoaded[record.Id] = RecordContent.From(record);

    /// <summary>
    /// Runs <paramref name="work"/> on an empty change tracker and leaves it empty whatever happens: a circuit keeps
    /// one context for its lifetime, and a refused change must not be saved by a later, unrelated save.
    /// </summary>
    internal async Task<T> InCleanStateAsync<T>(Func<Task<T>> work)
    {
        ForgetTracked();
        try
        {
            return await work();
        }
        finally
        {
            ForgetTracked();
        }
    }

    internal Task InCleanStateAsync(Func<Task> work) => InCleanStateAsync(async () =>
    {
        await work();
        return true;
    });

    /// <summary>Stops tracking every entity, and forgets the content remembered for them with it.</summary>
    private void ForgetTracked()
    {
        ChangeTracker.Clear();
        contentAsLoaded.Clear();
    }

    private bool RecordChanges()
    {
        var publicChange = new ChangeRecorder(ChangeTracker, actor.Name, clock.GetUtcNow().UtcDateTime, changeReason, changeAction, contentAsLoaded)
            .StampAndRecordRevisions();
        contentAsLoaded.Clear();
        return publicChange && !rehearsing;
    }
}

internal sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

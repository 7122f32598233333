using PolicyTracker.Core.Amounts;
using PolicyTracker.Core.Disclosures;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.History;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Data;

/// <summary>
/// The app's tables. Every save is journalled by <see cref="RevisionJournal"/> and evicts what it changed from the public
/// cache through <see cref="Publication.PublicCacheEviction"/>, both added to the options as interceptors
/// (<see cref="DatabaseSetup"/>), so no code path can save without leaving revisions or leave a stale public page.
/// </summary>
public class PolicyTrackerDbContext(DbContextOptions<PolicyTrackerDbContext> options) : IdentityDbContext<IdentityUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect sign-in cookies and antiforgery tokens, kept so they survive restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<TrackedRecord> Records => Set<TrackedRecord>();

    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();

    public DbSet<PartyMembership> PartyMemberships => Set<PartyMembership>();

    public DbSet<DateClaim> DateClaims => Set<DateClaim>();

    public DbSet<Disclosure> Disclosures => Set<Disclosure>();

    public DbSet<Amount> Amounts => Set<Amount>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Citation> Citations => Set<Citation>();

    public DbSet<SourceCopy> SourceCopies => Set<SourceCopy>();

    public DbSet<Sources.Watching.SourceLink> SourceLinks => Set<Sources.Watching.SourceLink>();

    public DbSet<Sources.Watching.LinkWatchRun> LinkWatchRuns => Set<Sources.Watching.LinkWatchRun>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();

    public DbSet<Timeline.SavedView> SavedViews => Set<Timeline.SavedView>();

    public DbSet<Editing.ReviewComment> ReviewComments => Set<Editing.ReviewComment>();

    public DbSet<Mail.QueuedMail> QueuedMail => Set<Mail.QueuedMail>();

    /// <summary>Dated open-data releases and their files (<see cref="OpenData.DataRelease"/>).</summary>
    public DbSet<OpenData.DataRelease> DataReleases => Set<OpenData.DataRelease>();

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
        ConfigurePasskeys(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PolicyTrackerDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            Search.PostgresSearchMapping.Apply(modelBuilder);
        }
    }

    /// <summary>
    /// Staff's passkeys, as Identity's schema version 3 keeps them. Declared here rather than by choosing that version in
    /// the Identity options, which only contexts made by the app would see: the migrations tool and the tests' contexts
    /// build the same model, and EF Core keeps the first model built for every context after it.
    /// </summary>
    private static void ConfigurePasskeys(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdentityUserPasskey<string>>(passkey =>
        {
            passkey.HasKey(p => p.CredentialId);
            passkey.ToTable("AspNetUserPasskeys");
            passkey.Property(p => p.CredentialId).HasMaxLength(1024); // WebAuthn: at most 1,023 bytes
            passkey.OwnsOne(p => p.Data).ToJson();
        });
        modelBuilder.Entity<IdentityUser>().HasMany<IdentityUserPasskey<string>>().WithOne().HasForeignKey(p => p.UserId).IsRequired();
    }

    /// <summary>
    /// Runs <paramref name="work"/> on an empty change tracker and leaves it empty whatever happens: a circuit keeps
    /// one context for its lifetime, and a refused change must not be saved by a later, unrelated save.
    /// </summary>
    internal async Task<T> InCleanStateAsync<T>(Func<Task<T>> work)
    {
        ChangeTracker.Clear();
        try
        {
            return await work();
        }
        finally
        {
            ChangeTracker.Clear();
        }
    }

    internal Task InCleanStateAsync(Func<Task> work) => InCleanStateAsync(async () =>
    {
        await work();
        return true;
    });
}

internal sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

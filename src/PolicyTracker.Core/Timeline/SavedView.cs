using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Timeline;

/// <summary>
/// A workspace timeline filter an analyst named and kept, for one click later. Personal: each user sees their own.
/// Not content: it has no revisions and never reaches the public.
/// </summary>
public class SavedView
{
    public const int NameMaxLength = 100;
    public const int QueryMaxLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The user who saved it, by sign-in name.</summary>
    public string Owner { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The filter as the address holds it, without the leading "?": "agreement=pipir&amp;state=draft".</summary>
    public string Query { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

internal sealed class SavedViewConfiguration : IEntityTypeConfiguration<SavedView>
{
    public void Configure(EntityTypeBuilder<SavedView> builder)
    {
        builder.Property(v => v.Owner).HasMaxLength(256).IsRequired();
        builder.Property(v => v.Name).HasMaxLength(SavedView.NameMaxLength).IsRequired();
        builder.Property(v => v.Query).HasMaxLength(SavedView.QueryMaxLength).IsRequired();
        builder.HasIndex(v => new { v.Owner, v.Name }).IsUnique();
    }
}

/// <summary>Saves, lists and deletes the acting user's own views; analysts and above only.</summary>
public sealed class SavedViews(PolicyTrackerDbContext db, IActor actor, TimeProvider clock)
{
    public Task<List<SavedView>> ListAsync(CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Analyst);
        return db.SavedViews.AsNoTracking().Where(v => v.Owner == actor.Name).OrderBy(v => v.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Keeps <paramref name="filter"/> under <paramref name="name"/>, replacing the user's view of that name.</summary>
    public async Task SaveAsync(string name, WorkspaceFilter filter, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Analyst);
        var problems = new ValidationProblems();
        problems.Required("Name", name, SavedView.NameMaxLength);
        problems.ThrowIfInvalid("The view");
        var query = string.Join('&', filter.ToQuery()
            .Where(p => p.Value is not null)
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)!)}"));
        var trimmed = name.Trim();
        var view = await db.SavedViews.SingleOrDefaultAsync(v => v.Owner == actor.Name && v.Name == trimmed, cancellationToken);
        if (view is null)
        {
            view = new SavedView { Owner = actor.Name, Name = trimmed, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.SavedViews.Add(view);
        }

        view.Query = query;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes one of the user's own views; another user's view is not found, not deleted.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Analyst);
        await db.SavedViews.Where(v => v.Id == id && v.Owner == actor.Name).ExecuteDeleteAsync(cancellationToken);
    }
}

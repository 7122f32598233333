namespace PolicyTracker.Core.Common;

public enum PublicationState
{
    Draft,
    InReview,
    Published,
    Retracted,
}

/// <summary>
/// What every stored record shares: a permanent id, a slug for its address, a publication state,
/// notes only the team sees, who made and last changed it, a soft-delete marker and a concurrency token.
/// </summary>
public abstract class Entity
{
    public const int SlugMaxLength = 120;
    public const int NotesMaxLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Slug { get; set; } = "";

    public PublicationState State { get; set; } = PublicationState.Draft;

    /// <summary>Working notes for analysts and editors; never shown on public pages.</summary>
    public string? InternalNotes { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>Set when the record is deleted; deletes are soft so they can be undone.</summary>
    public DateTime? DeletedAt { get; set; }

    public string? DeletedBy { get; set; }

    /// <summary>Raised on every save; a save based on an older version is refused as a conflict.</summary>
    public int Version { get; set; }
}

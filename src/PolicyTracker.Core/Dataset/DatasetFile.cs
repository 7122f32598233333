using PolicyTracker.Core.Common;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Dataset;

/// <summary>
/// The whole tracker as one JSON document: every entity in every state, with its id, so a dataset imported into
/// an empty database exports again exactly as it was. Who changed what and when is not part of it: the import
/// is itself a change, recorded in the new database's history under the importing editor's name.
/// </summary>
public sealed class DatasetFile
{
    public const string FormatName = "policytracker-dataset";
    public const int CurrentVersion = 1;

    public string Format { get; set; } = FormatName;

    public int Version { get; set; } = CurrentVersion;

    public List<DirectoryEntryOf<CountryDraft>> Countries { get; set; } = [];

    public List<DirectoryEntryOf<OrganisationDraft>> Organisations { get; set; } = [];

    public List<DirectoryEntryOf<PersonDraft>> People { get; set; } = [];

    public List<SourceEntry> Sources { get; set; } = [];

    public List<RecordEntry> Records { get; set; } = [];
}

/// <summary>What every entry shares with <see cref="Entity"/>, less the stamps of who changed it.</summary>
public abstract class EntryBase
{
    public Guid Id { get; set; }

    public string Slug { get; set; } = "";

    public PublicationState State { get; set; }

    public string? InternalNotes { get; set; }

    public bool Deleted { get; set; }
}

/// <summary>A person, organisation or country: its content is what the directory form edits.</summary>
public sealed class DirectoryEntryOf<TDraft> : EntryBase
    where TDraft : new()
{
    public TDraft Content { get; set; } = new();
}

public sealed class SourceEntry : EntryBase
{
    public SourceDraft Content { get; set; } = new();

    /// <summary>
    /// Its archived copies, oldest first, each with its raw bytes (compressed) and their digest; the import checks the
    /// digest and verifies the quotations against the latest, as taking the copy did.
    /// </summary>
    public List<SourceCopy> ArchivedCopies { get; set; } = [];

    /// <summary>What the link watch last found at its address.</summary>
    public Sources.Watching.SourceLink? Link { get; set; }
}

public sealed class RecordEntry
{
    public Guid Id { get; set; }

    public PublicationState State { get; set; }

    public bool Deleted { get; set; }

    /// <summary>The record's content, as the editor form holds it: citations, links, status history, parties, disputed dates.</summary>
    [System.Text.Json.Serialization.JsonRequired]
    public RecordContent Content { get; set; } = null!;

    /// <summary>A live record's change waiting for publication, and where it stands.</summary>
    public RecordContent? PendingDraft { get; set; }

    public PublicationState? PendingState { get; set; }

    /// <summary>For a retracted record: the public reason, shown at its address and in the corrections log. Required then.</summary>
    public string? RetractionReason { get; set; }
}

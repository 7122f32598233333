using PolicyTracker.Core.Disclosures;
using PolicyTracker.Core.Common;

namespace PolicyTracker.Core.Records;

/// <summary>What an id in a record's content must name.</summary>
public enum LinkTarget
{
    Agreement,
    Person,
    Organisation,
    Country,
    Meeting,
    Record,
}

/// <summary>An id the content names, the form field it came from, and what it must be.</summary>
public sealed record LinkReference(LinkTarget Target, Guid Id, string Field);

/// <summary>
/// The fields only one kind of record has, as the editor form holds them: read from the record, checked, and
/// written back. Each kind's class lives in the kind's own folder beside its entity (<c>Meetings/MeetingFields</c>)
/// and is named in the kind's registration. What every kind shares stays in <see cref="RecordContent"/>.
/// </summary>
public abstract class RecordFields
{
    internal abstract void ReadFrom(TrackedRecord record);

    /// <summary>Writes the fields that are the record's own columns.</summary>
    internal abstract void ApplyColumnsTo(TrackedRecord record);

    /// <summary>Writes what needs the links resolved or parts synced (an agreement's status history, a workstream's agreement).</summary>
    internal virtual void ApplyLinksTo(TrackedRecord record, RecordWriter.Parts parts)
    {
    }

    /// <summary>What the entity's own rules cannot see: the content's parts, as entered.</summary>
    internal virtual void Check(ValidationProblems problems)
    {
    }

    /// <summary>The ids these fields name, each checked to exist before anything is written.</summary>
    internal virtual IEnumerable<LinkReference> References => [];

    internal virtual IEnumerable<CitationDraft> Citations => [];

    internal virtual IEnumerable<DateClaimDraft> DateClaims => [];

    /// <summary>The disclosures of the kind's own parts, one list per part.</summary>
    internal virtual IEnumerable<IReadOnlyList<DisclosureDraft>> Disclosures => [];
}

/// <summary>A kind's fields, typed by the entity they belong to.</summary>
public abstract class RecordFields<TRecord> : RecordFields
    where TRecord : TrackedRecord
{
    internal sealed override void ReadFrom(TrackedRecord record) => Read((TRecord)record);

    internal sealed override void ApplyColumnsTo(TrackedRecord record) => Apply((TRecord)record);

    internal sealed override void ApplyLinksTo(TrackedRecord record, RecordWriter.Parts parts) => ApplyLinks((TRecord)record, parts);

    protected abstract void Read(TRecord record);

    protected abstract void Apply(TRecord record);

    protected virtual void ApplyLinks(TRecord record, RecordWriter.Parts parts)
    {
    }
}

using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Disclosures;

/// <summary>A disclosure as an editor enters it, and as content, revisions and the dataset file hold it.</summary>
public sealed class DisclosureDraft
{
    /// <summary>Null for a disclosure added in this content.</summary>
    public Guid? Id { get; set; }

    public GovernmentAnnouncement Announcement { get; set; } = GovernmentAnnouncement.NotAnnounced;

    public FuzzyDate PublicOn { get; set; } = FuzzyDate.Unknown;

    public DisclosureChannel Through { get; set; } = DisclosureChannel.MediaReport;

    public string? Note { get; set; }

    public string? NotInformed { get; set; }

    public List<CitationDraft> Citations { get; set; } = [];

    internal static List<DisclosureDraft> From(IEnumerable<Disclosure> disclosures) =>
        disclosures.OrderBy(d => d.PublicOn).ThenBy(d => d.Id).Select(d => new DisclosureDraft
        {
            Id = d.Id, Announcement = d.Announcement, PublicOn = d.PublicOn, Through = d.Through, Note = d.Note, NotInformed = d.NotInformed,
            Citations = CitationDraft.From(d.Citations),
        }).ToList();

    /// <summary>Checks one act's disclosures: each as <see cref="Disclosure.Check"/> says, and one per act.</summary>
    internal static void CheckAll(ValidationProblems problems, IEnumerable<IReadOnlyList<DisclosureDraft>> perAct)
    {
        foreach (var disclosures in perAct)
        {
            if (disclosures.Count > 1)
            {
                problems.Add("Disclosure", "An act has one disclosure: how and when the public first learned of it. Keep one.");
            }

            foreach (var disclosure in disclosures)
            {
                Disclosure.Check(problems, disclosure.Announcement, disclosure.Through, disclosure.Note, disclosure.NotInformed, disclosure.Citations.Count);
            }
        }
    }
}

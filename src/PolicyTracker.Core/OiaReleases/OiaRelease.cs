using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.OiaReleases;

/// <summary>
/// Information released under the Official Information Act 1982: who asked, which agency answered, when it was
/// asked and released, and what was withheld, on what grounds and how much. The record's date is the release; the
/// documents released are its citations (each a source). Whether the answer was late is computed from the dates.
/// </summary>
public class OiaRelease : TrackedRecord
{
    public const int RequesterMaxLength = 200;
    public const int WithheldMaxLength = 1000;
    public const int GroundsMaxLength = 300;

    public OiaRelease() => Kind = RecordKind.OiaRelease;

    public static readonly RecordKindInfo KindInfo = new(RecordKind.OiaRelease, typeof(OiaRelease), "oia-releases", "OIA release", "OIA releases", "Report", () => new OiaRelease(), () => new OiaReleaseFields(), OiaReleaseFacts.Project)
    {
        IncludeOwnParts = records => records.Include(r => ((OiaRelease)r).Revealed),
    };

    /// <summary>Who asked, as the source says: "RNZ", "a member of the public".</summary>
    public string? Requester { get; set; }

    public Guid? AgencyId { get; set; }

    public Organisation? Agency { get; set; }

    /// <summary>When the agency received the request; the response is due 20 working days later, when known to the day.</summary>
    public FuzzyDate RequestedOn { get; set; } = FuzzyDate.Unknown;

    /// <summary>What was withheld and how much, as the source says: "the risks of joining PIPIR, two full pages".</summary>
    public string? Withheld { get; set; }

    /// <summary>The grounds claimed, as the release states them: "s 6(a), s 9(2)(g)(i)"; empty when not stated.</summary>
    public string? WithholdingGrounds { get; set; }

    /// <summary>The records this release brought to light: a step taken unannounced, a briefing, officials' words.</summary>
    public List<TrackedRecord> Revealed { get; set; } = [];

    protected internal override void CheckOwnFields(ValidationProblems problems)
    {
        problems.Text("Requester", Requester, RequesterMaxLength);
        problems.Text("Withheld", Withheld, WithheldMaxLength);
        problems.Text("Withholding grounds", WithholdingGrounds, GroundsMaxLength);
        if (RequestedOn.IsKnown && Date.IsKnown && RequestedOn.Start > Date.End)
        {
            problems.Add("Requested on", $"The request ({RequestedOn}) is after the release ({Date}).");
        }
    }
}

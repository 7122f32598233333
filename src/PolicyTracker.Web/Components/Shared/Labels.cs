using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Sources.Watching;
using PolicyTracker.Core.Workstreams;

namespace PolicyTracker.Web.Components.Shared;

/// <summary>
/// Reader-facing words for the model's enumerations: pages, choice lists, CSV files, feeds and messages take their
/// words from here, never from a value's code name.
/// </summary>
public static class Labels
{
    /// <summary>Any enumeration value as people say it; the words each type gives below, plain words otherwise.</summary>
    public static string Of(Enum value) => value switch
    {
        NzStatus status => For(status),
        AgreementKind kind => For(kind),
        NzStance stance => For(stance),
        RecordKind kind => For(kind),
        CopyOrigin origin => For(origin),
        OpenLicence licence => For(licence),
        LinkStatus status => For(status),
        SourceKind kind => For(kind),
        PublicationState state => For(state),
        Core.Disclosures.GovernmentAnnouncement announcement => For(announcement),
        Core.Disclosures.DisclosureChannel channel => For(channel),
        Core.History.RevisionAction action => For(action),
        DatePrecision precision => For(precision),
        Core.Events.EventKind kind => For(kind),
        Core.Sources.PinpointStatus status => For(status),
        _ => Words(value),
    };

    public static string For(NzStatus status) => status switch
    {
        NzStatus.IncludedByAnotherParty => "Included by another party",
        _ => Words(status.ToString()),
    };

    /// <summary>What a status word means, for the legend under the status chart.</summary>
    public static string Explain(NzStatus status) => status switch
    {
        NzStatus.Considering => "Ministers or officials are weighing whether New Zealand should take part; nothing is signed or agreed yet.",
        NzStatus.Endorsed => "New Zealand has put its name to a statement or set of principles, without joining a body or taking on obligations.",
        NzStatus.Joined => "New Zealand has become a member or participant by its own decision.",
        NzStatus.IncludedByAnotherParty => "Another government's decision placed New Zealand in it (for the NTIB, a US law); New Zealand signed nothing.",
        NzStatus.Participating => "New Zealand takes part in the work, such as meetings or projects, whether or not it is formally a member.",
        NzStatus.Declined => "New Zealand could have taken part and chose not to.",
        NzStatus.Withdrawn => "New Zealand took part and has since left.",
        NzStatus.NotIncluded => "Others were brought in and, on the sources' reading, New Zealand was not.",
        _ => For(status),
    };

    /// <summary>The class that colours a status in the chart and its legend (the colours are in app.css).</summary>
    public static string ColourClass(NzStatus status) => $"status-{status.ToString().ToLowerInvariant()}";

    public static string For(AgreementKind kind) => Words(kind.ToString());

    public static string For(NzStance stance) => stance switch
    {
        NzStance.Priority => "NZ priority",
        NzStance.Open => "NZ open, case by case",
        NzStance.NotEngaged => "NZ not engaged",
        _ => "NZ stance unknown",
    };

    public static string For(RecordKind kind) => RecordKinds.Of(kind).Label;

    public static string For(Reliability reliability) => $"{reliability} reliability";

    /// <summary>How an archived copy was taken, as its retrieval line begins.</summary>
    public static string For(CopyOrigin origin) => origin switch
    {
        CopyOrigin.Fetched => "Fetched by the tracker",
        CopyOrigin.PastedByEditor => "Text entered by an editor from the source",
        CopyOrigin.UploadedByEditor => "The source's file, uploaded by an editor",
        _ => "Text supplied with the tracker's sample data",
    };

    /// <summary>The editor's choice of whether the public may read a source's whole archived text.</summary>
    public static string For(OpenLicence licence) =>
        licence == OpenLicence.None ? "No: only the quoted passages (the publisher's text)" : $"Yes: {LicenceName(licence)}";

    public static string LicenceName(OpenLicence licence) => licence switch
    {
        OpenLicence.CreativeCommonsAttribution => "Creative Commons Attribution",
        OpenLicence.UsFederalWork => "a US federal government work, in the public domain",
        OpenLicence.OtherOpenLicence => "an open licence",
        _ => "not openly licensed",
    };

    /// <summary>What the link watch found at an address, as editors read it in a list.</summary>
    public static string For(LinkStatus status) => status switch
    {
        LinkStatus.NotChecked => "Not checked yet",
        LinkStatus.Works => "Works",
        LinkStatus.Moved => "Moved",
        LinkStatus.Gone => "Gone",
        LinkStatus.Changed => "Quoted words changed",
        _ => "Unreachable",
    };

    /// <summary>What a reader is told of an original the watch found gone or changed, leading to the archived copy.</summary>
    public static string? OriginalNotice(LinkStatus status, DateTime? checkedAt) => status switch
    {
        LinkStatus.Gone => $"The original is no longer available (checked {Day(checkedAt)})",
        LinkStatus.Changed => $"The original no longer has the words quoted (checked {Day(checkedAt)}); the archived copy keeps them",
        _ => null,
    };

    private static string Day(DateTime? utc) =>
        utc is { } at ? NewZealandTime.DateOf(at).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : "recently";

    public static string For(SourceKind kind) => kind switch
    {
        SourceKind.OiaRelease => "OIA release",
        _ => Words(kind.ToString()),
    };

    public static string For(PublicationState state) => Words(state.ToString());

    public static string For(Core.Events.EventKind kind) => kind == Core.Events.EventKind.Exercise ? "Training exercise" : Words(kind.ToString());

    /// <summary>How precisely a date is known, as the date field offers it.</summary>
    public static string For(DatePrecision precision) => precision switch
    {
        DatePrecision.Span => "Days (a span)",
        DatePrecision.HalfYear => "Half-year",
        DatePrecision.YearPart => "Early, mid or late",
        DatePrecision.Unknown => "Not known",
        _ => precision.ToString(),
    };

    /// <summary>Whether a pinpoint's words were checked against the source, as an export column says it.</summary>
    public static string For(Core.Sources.PinpointStatus status) => status switch
    {
        Core.Sources.PinpointStatus.VerifiedQuotation => "Quotation found in the archived copy",
        Core.Sources.PinpointStatus.NotYetVerified => "Quotation not yet checked (no archived copy)",
        Core.Sources.PinpointStatus.NotInArchivedCopy => "Quotation not found in the archived copy",
        Core.Sources.PinpointStatus.Paraphrase => "The tracker's paraphrase",
        _ => "No pinpoint",
    };

    public static string For(Core.Disclosures.GovernmentAnnouncement announcement) => announcement switch
    {
        Core.Disclosures.GovernmentAnnouncement.Announced => "Announced by the government",
        Core.Disclosures.GovernmentAnnouncement.NotAnnounced => "Not announced by the government",
        Core.Disclosures.GovernmentAnnouncement.OnlyIfAsked => "Not announced; lines were ready in case anyone asked",
        _ => "Not announced; confirmed only when asked",
    };

    /// <summary>How the public learned of an act, to follow "through".</summary>
    public static string For(Core.Disclosures.DisclosureChannel channel) => channel switch
    {
        Core.Disclosures.DisclosureChannel.GovernmentAnnouncement => "the government's announcement",
        Core.Disclosures.DisclosureChannel.MediaReport => "a media report",
        Core.Disclosures.DisclosureChannel.OiaRelease => "a release under the Official Information Act",
        Core.Disclosures.DisclosureChannel.ForeignGovernment => "a foreign government",
        Core.Disclosures.DisclosureChannel.ParliamentaryQuestion => "a parliamentary question",
        _ => "other means",
    };

    /// <summary>What happened, named as the public and the history say it.</summary>
    public static string For(Core.History.RevisionAction action) => action switch
    {
        Core.History.RevisionAction.Updated => "Edited",
        Core.History.RevisionAction.PublicUpdate => "Updated",
        Core.History.RevisionAction.SubmittedForReview => "Sent for review",
        _ => Words(action.ToString()),
    };

    /// <summary>"1 record", "2 records": a count with its noun in agreement.</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";

    public static string YesNoUnknown(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => "Not known",
    };

    /// <summary>An enum value as words, for kinds whose values read plainly: <c>MeetingKind.Ministerial</c> → "Ministerial".</summary>
    public static string Words(Enum value) => Core.Common.Words.Of(value);

    private static string Words(string pascal) => Core.Common.Words.Of(pascal);
}

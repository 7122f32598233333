using PolicyTracker.Core.Common;

namespace PolicyTracker.Core.Sources;

/// <summary>The one place a source and a citation are checked before they are stored.</summary>
public static class SourceRules
{
    public static ValidationProblems Validate(Source source)
    {
        var problems = new ValidationProblems();
        problems.Required("Slug", source.Slug, Entity.SlugMaxLength);
        problems.Required("Title", source.Title, Source.TitleMaxLength);
        problems.Text("Outlet", source.Outlet, Source.OutletMaxLength);
        problems.Text("Author", source.Author, Source.AuthorMaxLength);
        problems.Required("Reliability reason", source.ReliabilityReason, Source.ReasonMaxLength);
        problems.Text("Notes", source.Notes, Entity.NotesMaxLength);
        if (source.OpenLicence == OpenLicence.None)
        {
            problems.Text("Licence reason", source.OpenLicenceReason, Source.ReasonMaxLength);
        }
        else
        {
            // The whole text goes public on this say-so: the licence must be stated, not assumed.
            problems.Required("Licence reason", source.OpenLicenceReason, Source.ReasonMaxLength);
        }

        problems.Text("Internal notes", source.InternalNotes, Entity.NotesMaxLength);
        if (!string.IsNullOrEmpty(source.Url) && !IsWebAddress(source.Url))
        {
            problems.Add("URL", $"\"{source.Url}\" is not a web address; a source URL must start with http:// or https://.");
        }
        else
        {
            problems.Text("URL", source.Url, Source.UrlMaxLength);
        }

        return problems;
    }

    public static void ValidateCitation(Citation citation, ValidationProblems problems)
    {
        if (citation.SourceId == Guid.Empty && citation.Source is null)
        {
            problems.Add("Citation", "A citation must name its source.");
        }

        problems.Text("Pinpoint", citation.Pinpoint, Citation.PinpointMaxLength);
    }

    /// <summary>An absolute http or https address with a host.</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}

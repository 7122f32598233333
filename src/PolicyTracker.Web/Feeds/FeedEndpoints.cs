using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Timeline;
using PolicyTracker.Web.Components.Shared;
using PolicyTracker.Web.Security;

namespace PolicyTracker.Web.Feeds;

/// <summary>For search engines and feed readers: robots.txt, sitemap.xml and an Atom feed of published changes.</summary>
public static class FeedEndpoints
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Public pages with an address of their own but nothing to index on their own: a search, the error pages.</summary>
    private static readonly string[] NotListed = ["/search", "/not-found", "/error"];

    /// <summary>
    /// Every public page whose address takes no parameter (the listings, the about page), read from the pages' own
    /// routes, so a new listing is in the sitemap without being named here; the workspace and sign-in are not public.
    /// </summary>
    public static IReadOnlyList<string> ListingPages { get; } = typeof(FeedEndpoints).Assembly.GetTypes()
        .SelectMany(type => type.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), inherit: false))
        .Select(route => ((Microsoft.AspNetCore.Components.RouteAttribute)route).Template)
        .Where(path => !path.Contains('{') && !NotListed.Contains(path)
            && !path.StartsWith("/workspace", StringComparison.Ordinal) && !path.StartsWith("/account", StringComparison.Ordinal))
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();

    public static void MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        var feeds = endpoints.MapGroup("").CacheOutput(Caching.PublicCaching.Policy).ExcludeFromDescription();
        feeds.MapGet("/robots.txt", (SiteAddress site) => Results.Text(
            $"User-agent: *\nAllow: /\nDisallow: /search\nDisallow: /api/\nSitemap: {site.Base}/sitemap.xml\n",
            "text/plain; charset=utf-8"));
        feeds.MapGet("/sitemap.xml", (SiteAddress site, PublishedIndexQueries index, IConfiguration configuration, CancellationToken ct) =>
            SitemapAsync(site, index, PartSize(configuration), null, ct));
        feeds.MapGet("/sitemap-{part:int}.xml", (int part, SiteAddress site, PublishedIndexQueries index, IConfiguration configuration, CancellationToken ct) =>
            SitemapAsync(site, index, PartSize(configuration), part, ct));
        feeds.MapGet("/feed.atom", AtomAsync);
    }

    /// <summary>
    /// The sitemap protocol allows 50,000 addresses a file: past the part size (Sitemap:PartSize, 40,000 by
    /// default), /sitemap.xml becomes an index of numbered parts.
    /// </summary>
    private static async Task<IResult> SitemapAsync(
        SiteAddress site, PublishedIndexQueries index, int partSize, int? part, CancellationToken cancellationToken)
    {
        var baseUrl = site.Base;
        var parts = (int)Math.Ceiling((ListingPages.Count + await index.CountAsync(cancellationToken)) / (double)partSize);
        if (part is null && parts > 1)
        {
            return await XmlAsync("application/xml", writer =>
            {
                writer.WriteStartElement("sitemapindex", SitemapNamespace);
                for (var i = 1; i <= parts; i++)
                {
                    writer.WriteStartElement("sitemap");
                    writer.WriteElementString("loc", $"{baseUrl}/sitemap-{i}.xml");
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            });
        }

        if (part is { } number && (number < 1 || number > parts))
        {
            return Results.NotFound();
        }

        // The listing pages come first, then the published pages in the index's order.
        var start = ((part ?? 1) - 1) * partSize;
        var listings = ListingPages.Skip(start).Take(partSize).Select(path => (Location: baseUrl + path, Modified: (DateTime?)null)).ToList();
        var published = await index.ListAsync(Math.Max(0, start - ListingPages.Count), partSize - listings.Count, cancellationToken);
        var pages = listings.Concat(published.Select(page => (Location: baseUrl + PathOf(page), Modified: (DateTime?)page.UpdatedAt)));
        return await XmlAsync("application/xml", writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            foreach (var (location, modified) in pages)
            {
                WriteUrl(writer, location, modified);
            }

            writer.WriteEndElement();
        });
    }

    private static int PartSize(IConfiguration configuration) => Math.Clamp(configuration.GetValue("Sitemap:PartSize", 40_000), 1, 50_000);

    private static string PathOf(PublishedPage page) => page.PageKind switch
    {
        PageKind.Source => Paths.Source(page.Slug),
        PageKind.Person => Paths.Person(page.Slug),
        PageKind.Organisation => Paths.Organisation(page.Slug),
        PageKind.Country => Paths.Country(page.Slug),
        _ => Paths.Record(page.RecordKind!.Value, page.Slug),
    };

    private static void WriteUrl(XmlWriter writer, string location, DateTime? modified)
    {
        writer.WriteStartElement("url");
        writer.WriteElementString("loc", location);
        if (modified is { } date)
        {
            writer.WriteElementString("lastmod", date.ToString("yyyy-MM-dd"));
        }

        writer.WriteEndElement();
    }

    /// <summary>
    /// The site's changes, or one thread's: the timeline's filters (an agreement, a person, a country, a kind, dates,
    /// words) select the records whose publications, corrections, updates and retractions are listed.
    /// </summary>
    private static async Task<IResult> AtomAsync(
        HttpRequest request, SiteAddress site, ChangeLogQueries changeLog, TimelineQueries timeline, CancellationToken cancellationToken)
    {
        if (!FeedThread.TryRead(request.Query, out var filter, out var problems))
        {
            return Results.ValidationProblem(problems.ByField());
        }

        var baseUrl = site.Base;
        var thread = filter == TimelineFilter.None ? null : FeedThread.Name(filter, await timeline.GetPublishedFilterOptionsAsync(filter, cancellationToken));
        var changes = await changeLog.LatestAsync(50, thread is null ? null : timeline.PublicIdsMatching(filter), cancellationToken);
        var feed = new SyndicationFeed(
            thread is null ? "PolicyTracker: published changes" : $"PolicyTracker: {thread}",
            "Records published, corrected or retracted on PolicyTracker, the sourced record of New Zealand's defence-industrial commitments" +
                (thread is null ? "." : $": {thread}."),
            new Uri(baseUrl + (thread is null ? "/" : FeedThread.TimelinePath(filter))),
            baseUrl + FeedThread.FeedPath(filter),
            changes.Count > 0 ? new DateTimeOffset(changes[0].At, TimeSpan.Zero) : DateTimeOffset.UnixEpoch)
        {
            Items = changes.Select(change =>
            {
                var link = new Uri(baseUrl + Paths.Record(change.Kind, change.Slug));
                // Stored text is checked on input; cleaned here too, so one bad value cannot take the feed down for everyone.
                // The summary is the public note of what changed, or for a first publication what the record is.
                return new SyndicationItem
                {
                    Title = new TextSyndicationContent(XmlSafeText.Clean($"{Labels.For(change.Action)}: {change.Title}")),
                    Summary = new TextSyndicationContent(XmlSafeText.Clean(
                        change.Reason ?? change.Summary ?? $"{Labels.For(change.Kind)} {Labels.For(change.Action).ToLowerInvariant()} on PolicyTracker.")),
                    Links = { new SyndicationLink(link) },
                    Id = $"{link}#{change.At:yyyyMMddHHmmssfff}",
                    LastUpdatedTime = new DateTimeOffset(change.At, TimeSpan.Zero),
                    PublishDate = new DateTimeOffset(change.At, TimeSpan.Zero),
                };
            }).ToList(),
        };
        return await XmlAsync("application/atom+xml", new Atom10FeedFormatter(feed).WriteTo);
    }

    /// <summary>XML written as UTF-8, so the declaration matches the bytes sent.</summary>
    private static async Task<IResult> XmlAsync(string contentType, Action<XmlWriter> write)
    {
        var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) }))
        {
            write(writer);
        }

        return Results.Bytes(buffer.ToArray(), $"{contentType}; charset=utf-8");
    }
}

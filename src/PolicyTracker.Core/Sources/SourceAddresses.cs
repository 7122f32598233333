using Microsoft.EntityFrameworkCore;

namespace PolicyTracker.Core.Sources;

/// <summary>
/// When two web addresses are one document: the same page reached over http or https, with or without "www." or
/// "amp.", a trailing slash, a fragment, or a newsletter's tracking parameters. One source per document, so a
/// second copy of a source (and its citations drifting apart) cannot be made by pasting a slightly different link.
/// </summary>
public sealed class SourceAddresses
{
    private static readonly string[] HostPrefixes = ["www.", "amp.", "m."];

    private static readonly string[] TrackingParameters =
        ["fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "yclid", "ocid", "cmpid"];

    private readonly Dictionary<string, (Guid Id, string Title)> holders = new(StringComparer.Ordinal);

    /// <summary>The address reduced to what tells documents apart; null for no address or one that is not http(s).</summary>
    public static string? Key(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !SourceRules.IsWebAddress(url.Trim()))
        {
            return null;
        }

        var uri = new Uri(url.Trim());
        var host = uri.IdnHost.ToLowerInvariant();
        foreach (var prefix in HostPrefixes)
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Length > prefix.Length)
            {
                host = host[prefix.Length..];
                break;
            }
        }

        var path = Uri.UnescapeDataString(uri.AbsolutePath).TrimEnd('/');
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=')[0]))
            .Order(StringComparer.Ordinal);
        var port = uri.IsDefaultPort ? "" : $":{uri.Port}";
        return $"{host}{port}{path}?{string.Join('&', query)}";
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The addresses of every source not deleted, for checking many new ones at once (an import).</summary>
    public static async Task<SourceAddresses> LoadAsync(IQueryable<Source> sources, CancellationToken cancellationToken = default)
    {
        var addresses = new SourceAddresses();
        foreach (var source in await sources.AsNoTracking().Where(s => s.Url != null)
                     .Select(s => new { s.Id, s.Title, s.Url }).ToListAsync(cancellationToken))
        {
            addresses.Add(source.Id, source.Title, source.Url);
        }

        return addresses;
    }

    public void Add(Guid id, string title, string? url)
    {
        if (Key(url) is { } key)
        {
            holders.TryAdd(key, (id, title));
        }
    }

    /// <summary>The other source already at <paramref name="url"/>'s document, if any.</summary>
    public (Guid Id, string Title)? HolderOf(string? url, Guid exceptId) =>
        Key(url) is { } key && holders.TryGetValue(key, out var holder) && holder.Id != exceptId ? holder : null;

    /// <summary>The one message for a second source of one document, wherever it is refused.</summary>
    public static string AlreadyHeld(string title) =>
        $"This address is already in the tracker as the source \"{title}\" (the same page, whatever the www., https, trailing slash or tracking parameters): cite that source instead.";
}

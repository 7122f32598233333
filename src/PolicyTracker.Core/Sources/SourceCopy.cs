using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyTracker.Core.Sources;

/// <summary>How the tracker came to hold a copy of a source.</summary>
public enum CopyOrigin
{
    /// <summary>The server fetched the page itself.</summary>
    Fetched,

    /// <summary>An editor pasted or uploaded the text of a source the server cannot fetch (paywalled, print, offline).</summary>
    PastedByEditor,

    /// <summary>The text was supplied with the sample data.</summary>
    SuppliedText,

    /// <summary>An editor uploaded the source's own file (a PDF, a saved page, a text), read as a fetched page is.</summary>
    UploadedByEditor,
}

/// <summary>
/// A copy of a source as it read on the day it was taken: its readable text, which quotations are checked against,
/// and the raw response (compressed) with its SHA-256, so the copy can be shown to be the one taken. A source keeps
/// every copy; the latest is the one its quotations are checked against. Copies are never edited.
/// </summary>
public class SourceCopy
{
    public const int AddressMaxLength = Source.UrlMaxLength;
    public const int ContentTypeMaxLength = 200;

    /// <summary>The most readable text a copy may hold (a long report's text fits; a whole book does not).</summary>
    public const int TextMaxLength = 2_000_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SourceId { get; set; }

    public CopyOrigin Origin { get; set; }

    public DateTime RetrievedAt { get; set; }

    /// <summary>Who took the copy (an editor's address, or "sample data").</summary>
    public string RetrievedBy { get; set; } = "";

    /// <summary>The address asked for and, after redirects, the address answered; null for a pasted or supplied text.</summary>
    public string? RequestedUrl { get; set; }

    public string? FinalUrl { get; set; }

    public int? HttpStatus { get; set; }

    public string? ContentType { get; set; }

    /// <summary>The readable text (main content only), which quotations are checked against.</summary>
    public string Text { get; set; } = "";

    /// <summary>The bytes as received (or as pasted, UTF-8), Brotli-compressed.</summary>
    public byte[] CompressedRaw { get; set; } = [];

    /// <summary>The SHA-256 of the uncompressed raw bytes, lower-case hex.</summary>
    public string Sha256 { get; set; } = "";

    public static SourceCopy Of(Guid sourceId, CopyOrigin origin, byte[] raw, string text, DateTime retrievedAt, string retrievedBy) => new()
    {
        SourceId = sourceId,
        Origin = origin,
        Text = text,
        CompressedRaw = Compress(raw),
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(raw)),
        RetrievedAt = retrievedAt,
        RetrievedBy = retrievedBy,
    };

    /// <summary>A copy of a page the server fetched: its bytes and readable text, with the addresses and status it answered with.</summary>
    public static SourceCopy OfPage(Guid sourceId, Fetching.FetchedPage page, string text, string retrievedBy)
    {
        var copy = Of(sourceId, CopyOrigin.Fetched, page.Raw, text, page.RetrievedAt, retrievedBy);
        (copy.RequestedUrl, copy.FinalUrl, copy.HttpStatus, copy.ContentType) = (page.RequestedUrl, page.FinalUrl, page.HttpStatus, page.ContentType);
        return copy;
    }

    public byte[] Raw()
    {
        using var input = new BrotliStream(new MemoryStream(CompressedRaw), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Whether the raw bytes are the ones the digest was taken of (a copy read from a file, say).</summary>
    public bool MatchesItsDigest()
    {
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(Raw())) == Sha256;
        }
        catch (InvalidDataException)
        {
            return false; // not Brotli at all
        }
    }

    private static byte[] Compress(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.SmallestSize))
        {
            brotli.Write(raw);
        }

        return output.ToArray();
    }
}

internal sealed class SourceCopyConfiguration : IEntityTypeConfiguration<SourceCopy>
{
    public void Configure(EntityTypeBuilder<SourceCopy> builder)
    {
        builder.ToTable("SourceCopies");
        builder.HasOne<Source>().WithMany(s => s.Copies).HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SourceId, c.RetrievedAt });
        builder.Property(c => c.RetrievedBy).HasMaxLength(256).IsRequired();
        builder.Property(c => c.RequestedUrl).HasMaxLength(SourceCopy.AddressMaxLength);
        builder.Property(c => c.FinalUrl).HasMaxLength(SourceCopy.AddressMaxLength);
        builder.Property(c => c.ContentType).HasMaxLength(SourceCopy.ContentTypeMaxLength);
        builder.Property(c => c.Text).IsRequired();
        builder.Property(c => c.CompressedRaw).IsRequired();
        builder.Property(c => c.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
    }
}

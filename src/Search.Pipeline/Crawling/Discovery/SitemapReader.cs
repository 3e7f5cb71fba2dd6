using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Search.Pipeline.Crawling.Discovery;

/// <summary>One entry of a sitemap: a page (urlset) or another sitemap (sitemapindex), with its lastmod.</summary>
public sealed record SitemapEntry(string Url, DateTimeOffset? LastModified, bool IsSitemap);

/// <summary>
/// Reads sitemaps (urlset and sitemapindex, plain or gzip — detected by its magic bytes), at most
/// 50,000 entries and 50 MB decompressed per file (the protocol's limits), DTDs refused (no XXE).
/// </summary>
public static class SitemapReader
{
    public const int MaxEntries = 50_000;
    public const long MaxBytes = 50L * 1024 * 1024;

    public static IReadOnlyList<SitemapEntry> Read(string path, Uri sitemapUrl)
    {
        using var file = File.OpenRead(path);
        return Read(file, sitemapUrl);
    }

    public static IReadOnlyList<SitemapEntry> Read(Stream stream, Uri sitemapUrl)
    {
        var input = new BufferedStream(stream);
        Span<byte> magic = stackalloc byte[2];
        var n = input.Read(magic);
        input.Seek(-n, SeekOrigin.Current);
        Stream xml = n == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(input, CompressionMode.Decompress) : input;
        using var capped = new CappedStream(xml, MaxBytes);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        var entries = new List<SitemapEntry>();
        using var reader = XmlReader.Create(capped, settings);
        string? loc = null;
        DateTimeOffset? lastmod = null;
        var inSitemap = false;
        var advanced = false; // ReadElementContentAsString already moved to the next node
        while (advanced || reader.Read())
        {
            advanced = false;
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "url":
                    case "sitemap":
                        inSitemap = reader.LocalName == "sitemap";
                        loc = null;
                        lastmod = null;
                        break;
                    case "loc":
                        loc = reader.ReadElementContentAsString().Trim();
                        advanced = true;
                        break;
                    case "lastmod":
                        lastmod = DateTimeOffset.TryParse(reader.ReadElementContentAsString().Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
                        advanced = true;
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName is "url" or "sitemap")
            {
                if (loc is not null && UrlNormalizer.Normalize(loc, sitemapUrl) is { } url) entries.Add(new SitemapEntry(url, lastmod, inSitemap));
                loc = null;
                if (entries.Count >= MaxEntries) break;
            }
        }
        return entries;
    }
}

/// <summary>Throws <see cref="InvalidDataException"/> when more than the cap is read (decompression bombs).</summary>
public sealed class CappedStream(Stream inner, long cap) : Stream
{
    private long _read;
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        _read += n;
        if (_read > cap) throw new InvalidDataException($"more than {cap} bytes once decompressed");
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

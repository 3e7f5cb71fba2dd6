using Search.Core.Indexing;
using Search.Pipeline.Crawling;
using Search.Pipeline.Extraction;
using Search.Pipeline.Ingest;

namespace Search.Pipeline.Indexing;

/// <summary>Where a rebuild stands: documents written out of those the old index holds, and failures.</summary>
public sealed record RebuildProgress(int Done, int Total, int Errors);

/// <summary>What a rebuild did: documents extracted again, carried over as stored, and failed.</summary>
public sealed record RebuildSummary(int Extracted, int Carried, int Failed);

/// <summary>
/// Writes into a new index everything an index of another pipeline version holds, by origin: the files of each
/// folder it was ingested from (when the folder is still there), the documents of each configured crawl source from
/// the crawl store (<see cref="Crawler.Reindex"/>), and everything else (folders gone, catalogue records, bodies no
/// longer stored, documents of unknown origin) carried over from its stored fields, under the new schema.
/// The old index is only read.
/// </summary>
public sealed class IndexRebuilder(ExtractorRegistry extractors)
{
    /// <summary>The crawl data folder (crawl.db, store/) when the index may hold crawled documents.</summary>
    public string? CrawlDataPath { get; init; }

    /// <summary>The sources' configuration; by default, each source's as its last crawl saved it in crawl.db.</summary>
    public CrawlConfig? CrawlConfig { get; init; }

    public RebuildSummary Rebuild(string fromIndex, IndexingSession target, IProgress<RebuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var origins = StoredDocuments.Origins(fromIndex);
        var total = origins.Values.Sum();
        int extracted = 0, carried = 0, failed = 0;
        void Report() => progress?.Report(new RebuildProgress(Math.Min(extracted + carried, total), total, failed));

        var rebuilt = new HashSet<string>(StringComparer.Ordinal);
        foreach (var origin in origins.Keys.Where(o => o.StartsWith("folder:", StringComparison.Ordinal)))
        {
            var folder = origin["folder:".Length..];
            if (!Directory.Exists(folder)) continue;
            new FolderIngester(extractors).Ingest(folder, target, new InlineProgress<IngestProgress>(p =>
            {
                if (p.Last.Outcome == FileOutcome.Failed) failed++;
                else extracted++;
                Report();
            }), cancellationToken);
            rebuilt.Add(origin);
        }

        var crawled = CrawlDataPath is { } data && CrawlStore.Exists(data)
            ? new Crawler(CrawlConfig ?? new CrawlConfig { Sources = SavedSources(data) }, data, "", extractors).Reindex(target, (_, problem) =>
            {
                if (problem is null) extracted++;
                Report();
            }, cancellationToken)
            : new Dictionary<string, HashSet<string>>();

        foreach (var document in StoredDocuments.Read(fromIndex))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (document.Origin is { } origin && (rebuilt.Contains(origin) || crawled.GetValueOrDefault(origin)?.Contains(document.Id) == true)) continue;
            target.Upsert(document with { ContentHash = IndexingSession.Stamp(IndexingSession.Unstamped(document.ContentHash ?? "")) });
            carried++;
            Report();
        }
        target.Commit();
        return new RebuildSummary(extracted, carried, failed);
    }

    private static IReadOnlyList<SourceConfig> SavedSources(string dataPath)
    {
        using var store = CrawlStore.Open(dataPath);
        return store.SavedSources();
    }
}

using System.Globalization;
using Search.Core.Documents;
using Search.Pipeline.Extraction;
using Search.Pipeline.Indexing;

namespace Search.Pipeline.Crawling;

/// <summary>
/// A source's side of the indexing stage: a stored body extracted and upserted through the crawl's one
/// <see cref="IndexingSession"/>, confirmed in crawl.db (with its stamped hash) only after the Lucene commit that holds
/// it; what a crash or a pipeline upgrade left unconfirmed is indexed again from the store.
/// </summary>
internal sealed class SourceIndexer(SourceRun run, IndexingSession writer)
{
    private readonly List<(string Url, string Hash, CrawledDocument Document)> _pending = [];

    public bool HasPending => _pending.Count > 0;

    /// <summary>Extracts the stored body and upserts its document; confirmed in crawl.db after the next commit.</summary>
    public void Index(UrlRow row, CancellationToken ct)
    {
        SearchDocument document;
        try
        {
            document = run.Build(row, ct);
        }
        catch (ExtractionException e)
        {
            ExtractionFailed(row, e);
            return;
        }
        Upsert(row.Url, document);
    }

    /// <summary>A body that cannot be read (a PDF that kills its worker, HTML refused by the guard): reported, the crawl goes on.</summary>
    public void ExtractionFailed(UrlRow row, ExtractionException e)
    {
        run.Store.Save(row with { DocUrl = null, SkipKind = SkipKind.FetchError.ToString(), Reason = "extraction failed: " + e.Message });
        run.Error(row.Url, "extraction failed: " + e.Message);
        run.Emit("extraction-failed", row.Url, detail: e.Message);
    }

    public void Upsert(string url, SearchDocument document)
    {
        writer.Upsert(document);
        _pending.Add((url, document.ContentHash!, new CrawledDocument(document.Url, run.Source.Id, IndexingSession.Unstamped(document.ContentHash!), document.Title, document.Publisher, document.Type,
            document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), run.Now)));
        run.Progress = run.Progress with { Indexed = run.Progress.Indexed + 1 };
        run.Emit("indexed", url, detail: document.Title);
        Commit();
    }

    /// <summary>Deletes a document from the index at once (committed) and in crawl.db.</summary>
    public void Remove(string docUrl)
    {
        writer.Delete(DocumentIds.FromUrl(docUrl));
        Commit(force: true);
        run.Store.ConfirmRemoved(docUrl);
    }

    /// <summary>Commits every <see cref="Crawler.CommitEvery"/> documents (or now, when forced) and confirms them in crawl.db.</summary>
    public void Commit(bool force = false)
    {
        if (_pending.Count == 0 && !force) return;
        if (!force && _pending.Count < run.CommitEvery) return;
        writer.Commit();
        run.Store.ConfirmIndexed(_pending);
        _pending.Clear();
    }

    /// <summary>
    /// Indexes from the store the source's documents fetched but not confirmed in the index (a crash before the commit)
    /// or confirmed by another pipeline version (an upgrade).
    /// </summary>
    public void Reconcile(CancellationToken ct)
    {
        foreach (var row in run.Store.PendingIndexing(run.Source.Id, IndexingSession.HashPrefix))
        {
            if (row.Kind == UrlKinds.Record) continue; // catalogue records: the next harvest writes them again (their hash is not confirmed)
            if (!run.Bodies.Contains(row.ContentHash!))
            {
                run.Store.Save(row with { State = UrlStates.Queued, ContentHash = null, ETag = null, LastModified = null });
                continue;
            }
            // A URL whose document this pass already indexed (same content under another URL) is confirmed with it.
            if (_pending.FirstOrDefault(p => p.Document.DocUrl == row.DocUrl) is { Document: not null } done)
            {
                _pending.Add((row.Url, done.Hash, done.Document));
                continue;
            }
            run.Emit("reindex", row.Url, detail: row.IndexedHash is null ? "fetched before a crash, not yet in the index" : "indexed by another pipeline version");
            Index(row, ct);
        }
    }
}

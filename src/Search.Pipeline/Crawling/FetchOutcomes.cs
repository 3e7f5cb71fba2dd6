using Search.Pipeline.Crawling.Discovery;
using Search.Pipeline.Crawling.Frontier;
using Search.Pipeline.Extraction;
using Search.Pipeline.Indexing;

namespace Search.Pipeline.Crawling;

/// <summary>
/// What a response does to a URL's state in crawl.db: refused or too large -> skipped; network error or 5xx -> failed
/// (tried again at the next run); its host paused -> left queued until the host resumes; 304 -> unchanged; 404/410 -> failed the first time, gone (and out of the index) the
/// second; 200 -> its links queued, then, when it is a publication, indexed under its canonical URL — unless its body
/// is unchanged or already indexed under another URL (exact duplicates).
/// </summary>
internal sealed class FetchOutcomes(SourceRun run, CrawlFrontier frontier, UrlDiscovery discovery, SourceIndexer indexer)
{
    public void Handle(UrlRow row, FetchResult r, DateTime now, CancellationToken ct)
    {
        switch (r.Outcome)
        {
            case FetchOutcome.AddressRefused:
                run.Skip(row, SkipKind.AddressPolicy, r.Error ?? "address policy");
                return;
            case FetchOutcome.TooLarge:
                run.Skip(row, SkipKind.TooLarge, "too large: " + r.Error);
                return;
            case FetchOutcome.HostPaused:
                frontier.Defer(row.Url);
                run.Emit("deferred", row.Url, detail: r.Error);
                return;
            case FetchOutcome.NetworkError:
                run.Fail(row, "fetch error: " + r.Error, now);
                return;
        }
        row = row with { Status = r.Status };
        if (r.Status == 304)
        {
            run.Store.Save(row with { State = UrlStates.Fetched, FetchedUtc = now, DueUtc = run.Due(now), NotFoundCount = 0 });
            run.Progress = run.Progress with { NotModified = run.Progress.NotModified + 1 };
            run.Emit("not-modified", row.Url, 304);
            return;
        }
        if (r.Status is 404 or 410)
        {
            Gone(row, now);
            return;
        }
        if (!r.IsSuccess || r.BodyHash is null)
        {
            run.Fail(row, $"fetch error: HTTP {r.Status}" + (r.Attempts > 1 ? $" after {r.Attempts} attempts" : ""), now);
            return;
        }
        run.Progress = run.Progress with { Fetched = run.Progress.Fetched + 1 };
        run.Emit("fetched", row.Url, r.Status, $"{r.BodyBytes} bytes");
        HandleBody(row with { FetchedUtc = now, DueUtc = run.Due(now), ETag = r.ETag, LastModified = r.LastModified, ContentType = r.ContentType, Bytes = r.BodyBytes, NotFoundCount = 0 }, r, ct);
    }

    private void Gone(UrlRow row, DateTime now)
    {
        var count = row.NotFoundCount + 1;
        if (count < 2)
        {
            run.Store.Save(row with { State = UrlStates.Failed, FetchedUtc = now, DueUtc = now, NotFoundCount = count, SkipKind = SkipKind.FetchError.ToString(), Reason = $"HTTP {row.Status} (first time; removed if it persists on the next visit)" });
            run.Progress = run.Progress with { Errors = run.Progress.Errors + 1 };
            run.Emit("not-found", row.Url, row.Status, "first time");
            return;
        }
        var docUrl = row.DocUrl;
        run.Store.Save(row with { State = UrlStates.Gone, FetchedUtc = now, DueUtc = now, NotFoundCount = count, SkipKind = SkipKind.Gone.ToString(), Reason = $"HTTP {row.Status} on {count} successive visits: removed from the index" });
        if (docUrl is not null && docUrl == (row.DocUrl ?? row.Url))
        {
            indexer.Remove(docUrl);
            run.Progress = run.Progress with { Removed = run.Progress.Removed + 1 };
            run.Emit("removed", row.Url, row.Status, docUrl);
        }
    }

    private void HandleBody(UrlRow row, FetchResult r, CancellationToken ct)
    {
        var hash = r.BodyHash!;
        var path = run.Bodies.PathOf(hash);
        var format = Crawler.FormatOf(r.ContentType, path);
        if (format is null)
        {
            run.Store.Save(row with { State = UrlStates.Fetched, ContentHash = hash, DocUrl = null, SkipKind = SkipKind.NotAPublication.ToString(), Reason = $"content type {r.ContentType ?? "unknown"} is neither HTML nor PDF" });
            return;
        }
        var discovered = new List<(string, int)>();
        var skipped = new List<UrlRow>();
        IReadOnlyDictionary<string, string>? anchors = null;
        var canonical = r.LinkCanonical;
        if (format == "html")
        {
            PageLinks links;
            try
            {
                using var stream = File.OpenRead(path);
                using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
                links = LinkExtractor.Extract(reader.ReadToEnd(), new Uri(row.Url));
            }
            catch (ExtractionException e)
            {
                indexer.ExtractionFailed(row with { State = UrlStates.Fetched, ContentHash = hash }, e);
                return;
            }
            canonical ??= links.Canonical;
            if (!links.NoFollow) discovery.SortLinks(links.Links, row.Depth + 1, discovered, skipped);
            anchors = links.Anchors;
        }
        if (canonical is not null && !frontier.Scope.HostAllowed(new Uri(canonical))) canonical = null;
        var docUrl = canonical ?? row.Url;
        var indexable = format == "html" ? frontier.Scope.IsPublicationPage(row.Url) : frontier.Scope.IsDocument(row.Url);
        if (!indexable)
        {
            run.Store.Save(row with { State = UrlStates.Fetched, ContentHash = hash, DocUrl = null, SkipKind = SkipKind.NotAPublication.ToString(), Reason = "fetched for its links; not a publication (no publication or document pattern matches)" }, discovered, skipped, anchors);
            return;
        }
        if (row.ContentHash == hash && row.IndexedHash == IndexingSession.Stamp(hash) && row.DocUrl == docUrl)
        {
            run.Store.Save(row with { State = UrlStates.Fetched, SkipKind = null, Reason = null }, discovered, skipped, anchors);
            run.Progress = run.Progress with { Unchanged = run.Progress.Unchanged + 1 };
            return;
        }
        if (run.Store.DocumentWithContent(hash, row.Url) is { } existing && existing != docUrl)
        {
            run.Store.Save(row with { State = UrlStates.Fetched, ContentHash = hash, DocUrl = existing, IndexedHash = IndexingSession.Stamp(hash), SkipKind = null, Reason = $"same content as {existing}" }, discovered, skipped, anchors);
            run.Progress = run.Progress with { Duplicates = run.Progress.Duplicates + 1 };
            run.Emit("duplicate", row.Url, 200, existing);
            return;
        }
        var saved = row with { State = UrlStates.Fetched, ContentHash = hash, DocUrl = docUrl, SkipKind = null, Reason = canonical is not null && canonical != row.Url ? $"indexed under its canonical URL {canonical}" : null };
        run.Store.Save(saved, discovered, skipped, anchors);
        indexer.Index(saved, ct);
    }
}

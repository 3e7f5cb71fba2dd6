using System.Diagnostics;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Pipeline.Connectors;
using Search.Pipeline.Extraction;
using Search.Pipeline.Indexing;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Crawling;

/// <summary>
/// Crawls the configured sources into the index: seeds (start URLs, sitemaps, feeds), the frontier in
/// crawl.db, scope and robots.txt checks, polite fetches with conditional GET, bodies in the
/// content-addressed store, extraction through the pipeline's <see cref="ExtractorRegistry"/>,
/// metadata through <see cref="MetadataInferrer"/>, documents through <see cref="DocumentBuilder"/> and one
/// <see cref="IndexingSession"/>. Sources run in parallel, each one URL at a time. A URL's crawl
/// state is written after its document is upserted and confirmed (with the stamped hash) only after the Lucene
/// commit, so a killed crawl re-indexes from the store what the index lacks and refetches nothing not due; after an
/// upgrade of the pipeline, the same reconciliation extracts every stored body again.
/// </summary>
public sealed class Crawler(CrawlConfig config, string dataPath, string indexPath, ExtractorRegistry extractors)
{
    public int CommitEvery { get; init; } = 50;
    public IProgress<SourceProgress>? Progress { get; init; }
    public Action<CrawlEvent>? Log { get; init; }

    /// <summary>The clock of the fetcher's politeness delays and retry waits.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public string DataPath { get; } = Path.GetFullPath(dataPath);

    public async Task<CrawlReport> RunAsync(IReadOnlyCollection<string>? onlySources = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var sources = config.Sources.Where(s => onlySources is null || onlySources.Count == 0 || onlySources.Contains(s.Id)).ToList();
        var unknown = onlySources?.Where(id => config.Sources.All(s => s.Id != id)).ToList() ?? [];
        if (unknown.Count > 0) throw new CrawlConfigException($"Unknown source(s): {string.Join(", ", unknown)}");

        var bodies = new BodyStore(Path.Combine(DataPath, "store"));
        bodies.CleanTemp();
        using (CrawlStore.Open(DataPath)) { } // creates the schema once, before the sources open their connections
        using var fetcher = new HttpFetcher(config, bodies, Time);
        var robots = new RobotsCache(fetcher, bodies, config, Time)
        {
            Fetched = r => Emit("", "robots", r.Url.AbsoluteUri, r.Status, r.Error ?? $"{r.Attempts} attempt(s)"),
        };
        // Each source commits every CommitEvery documents and confirms them in crawl.db: no commit by count here.
        using var session = IndexingSession.Open(indexPath, int.MaxValue);

        var tasks = sources.Select(s => Task.Run(() => new SourceCrawl(this, s, fetcher, robots, bodies, session).RunAsync(cancellationToken), cancellationToken)).ToList();
        var results = await Task.WhenAll(tasks).ConfigureAwait(false);
        session.Complete();
        return new CrawlReport(results, clock.Elapsed, fetcher.RequestsSent, fetcher.ConditionalRequestsSent);
    }

    /// <summary>
    /// Extracts every indexed document of the configured sources again from the store into <paramref name="target"/>
    /// (a rebuild): nothing is fetched and crawl.db is not changed. Returns the ids written, by origin; a document whose
    /// body is gone or fails to extract is left out. <paramref name="written"/> is told each document URL and, when it
    /// was left out, why.
    /// </summary>
    public IReadOnlyDictionary<string, HashSet<string>> Reindex(IndexingSession target, Action<string, string?>? written = null, CancellationToken cancellationToken = default)
    {
        var bodies = new BodyStore(Path.Combine(DataPath, "store"));
        var result = new Dictionary<string, HashSet<string>>();
        if (!CrawlStore.Exists(DataPath)) return result;
        using var store = CrawlStore.Open(DataPath, readOnly: true);
        foreach (var source in config.Sources)
        {
            var ids = result[source.Origin] = [];
            foreach (var row in store.IndexedDocuments(source.Id))
            {
                cancellationToken.ThrowIfCancellationRequested();
                string? problem = null;
                try
                {
                    if (!bodies.Contains(row.ContentHash!)) problem = "body no longer in the store";
                    else
                    {
                        var document = Build(source, row, bodies, store, cancellationToken);
                        target.Upsert(document);
                        ids.Add(document.Id);
                    }
                }
                catch (ExtractionException e)
                {
                    problem = e.Message;
                }
                written?.Invoke(row.DocUrl!, problem);
            }
        }
        return result;
    }

    /// <summary>The document of a stored body: extracted in the format the server declared, enriched, built.</summary>
    private SearchDocument Build(SourceConfig source, UrlRow row, BodyStore bodies, CrawlStore store, CancellationToken ct)
    {
        var path = bodies.PathOf(row.ContentHash!);
        // Stored bodies are named by hash only: the format the server declared says which extractor reads it.
        var content = extractors.Extract(path, SourceCrawl.FormatOf(row.ContentType, path) ?? "html", ct);
        // The text of the links that led here is a title candidate (a PDF often names itself badly).
        var metadata = MetadataInferrer.Infer(content, Uri.UnescapeDataString(new Uri(row.DocUrl!).AbsolutePath), null, store.LinkTexts(row.DocUrl!));
        return DocumentBuilder.Build(content, metadata, new DocumentProvenance(row.DocUrl!, source.Origin, row.ContentHash!, row.Bytes) { Defaults = source.IndexingDefaults });
    }

    /// <summary>
    /// For an index in a crawl data folder (<c>&lt;data&gt;/index</c> beside <c>&lt;data&gt;/crawl.db</c>): indexes again from the
    /// store, without fetching anything, what crawl.db does not confirm under this pipeline version (documents of an
    /// older version, or fetched before a crash), with each source's configuration as its last crawl saved it. What a
    /// crawl does first; the CLI's <c>index</c> does it too. Returns the documents indexed.
    /// </summary>
    public static int ReindexFromStore(string indexPath, ExtractorRegistry extractors, CancellationToken cancellationToken = default)
    {
        var dataPath = Path.GetDirectoryName(Path.GetFullPath(indexPath))!;
        if (!CrawlStore.Exists(dataPath)) return 0;
        IReadOnlyList<SourceConfig> sources;
        using (var store = CrawlStore.Open(dataPath)) sources = store.SavedSources();
        if (sources.Count == 0) return 0;
        var crawler = new Crawler(new CrawlConfig { Sources = sources }, dataPath, indexPath, extractors);
        var bodies = new BodyStore(Path.Combine(dataPath, "store"));
        using var fetcher = new HttpFetcher(crawler.Config, bodies);
        var robots = new RobotsCache(fetcher, bodies, crawler.Config);
        using var session = IndexingSession.Open(indexPath, int.MaxValue);
        var indexed = sources.Sum(s => new SourceCrawl(crawler, s, fetcher, robots, bodies, session).ReconcileAndCommit(cancellationToken));
        session.Complete();
        return indexed;
    }

    internal CrawlConfig Config => config;
    internal void Emit(string source, string what, string url, int? status = null, string? detail = null) =>
        Log?.Invoke(new CrawlEvent(DateTimeOffset.UtcNow, source, what, url, status, detail));

    /// <summary>One source's run: its own SQLite connection, one URL at a time.</summary>
    private sealed class SourceCrawl(Crawler crawler, SourceConfig source, HttpFetcher fetcher, RobotsCache robots, BodyStore bodies, IndexingSession writer)
    {
        private readonly CrawlScope _scope = new(source, crawler.Config.MaxUrlLength);
        private readonly List<(string Url, string Hash, CrawledDocument Document)> _pending = [];
        private readonly Stopwatch _clock = new();
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private CrawlStore _store = null!;
        private SourceProgress _progress = new() { Source = source.Id };
        private CrawlConfig Config => crawler.Config;

        public async Task<SourceProgress> RunAsync(CancellationToken ct)
        {
            _clock.Start();
            using var store = CrawlStore.Open(crawler.DataPath);
            _store = store;
            store.SaveSource(source);
            var run = store.StartRun(source.Id);
            var status = "completed";
            try
            {
                Reconcile(ct);
                if (source.Kind == SourceKinds.Web) await CrawlWebAsync(ct).ConfigureAwait(false);
                else await HarvestConnectorAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                status = "cancelled";
                throw;
            }
            catch (Exception e)
            {
                status = "failed: " + e.Message;
                store.AddError(source.Id, "", e.Message);
                crawler.Emit(source.Id, "source-failed", "", detail: e.ToString());
            }
            finally
            {
                CommitPending(force: _pending.Count > 0);
                _progress = _progress with { Queued = store.CountQueued(source.Id), Elapsed = _clock.Elapsed, Finished = true };
                store.FinishRun(run, _progress, status);
                crawler.Progress?.Report(_progress);
            }
            return _progress;
        }

        // ---------- web sources ----------

        private async Task CrawlWebAsync(CancellationToken ct)
        {
            foreach (var url in source.StartUrls)
                if (UrlNormalizer.Normalize(url) is { } n) _store.Enqueue(source.Id, n, 0);
            _store.RequeueDue(source.Id, DateTime.UtcNow);
            foreach (var sitemap in await SitemapsAsync(ct).ConfigureAwait(false)) await ReadSitemapAsync(sitemap, 0, ct).ConfigureAwait(false);
            foreach (var feed in source.Feeds) await ReadFeedAsync(feed, ct).ConfigureAwait(false);

            var fetches = 0;
            while (fetches < source.PageBudget && _store.NextQueued(source.Id, _visited) is { } row)
            {
                ct.ThrowIfCancellationRequested();
                _visited.Add(row.Url);
                try
                {
                    if (await ProcessAsync(row, ct).ConfigureAwait(false)) fetches++;
                }
                catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
                {
                    // One URL never stops its source: recorded, retried at the next run.
                    Fail(row, $"internal error: {e.GetType().Name}: {e.Message}", DateTime.UtcNow);
                    fetches++;
                }
                Report();
            }
            if (fetches >= source.PageBudget) crawler.Emit(source.Id, "budget-reached", "", detail: $"page budget of {source.PageBudget} reached; the rest stays queued for the next run");
        }

        private void Report()
        {
            _progress = _progress with { Elapsed = _clock.Elapsed, Queued = _store.CountQueued(source.Id) };
            crawler.Progress?.Report(_progress);
        }

        private async Task<(SkipKind Kind, string Reason)?> CheckAsync(Uri url, int depth, CancellationToken ct)
        {
            if (_scope.Check(url, depth) is { } refusal) return refusal;
            if (fetcher.LiteralRefusal(url) is { } address) return (SkipKind.AddressPolicy, address);
            var decision = (await robots.GetAsync(url, ct).ConfigureAwait(false)).Check(Config.RobotsAgent, url);
            return decision.Allowed ? null : (SkipKind.Robots, $"disallowed by robots.txt: {decision.Reason}");
        }

        /// <summary>Fetches and handles one URL; false when nothing was fetched (skipped before any request).</summary>
        private async Task<bool> ProcessAsync(UrlRow row, CancellationToken ct)
        {
            var uri = new Uri(row.Url);
            if (await CheckAsync(uri, row.Depth, ct).ConfigureAwait(false) is { } refusal)
            {
                Skip(row, refusal.Kind, refusal.Reason);
                return false;
            }
            fetcher.SetDelay(uri, TimeSpan.FromSeconds(source.DelaySeconds));
            var validators = row.ContentHash is not null && bodies.Contains(row.ContentHash) ? new Validators(row.ETag, row.LastModified) : null;
            var chain = await RedirectFollower.FetchAsync(fetcher, uri, validators, Config.MaxRedirects,
                next => CheckAsync(next, row.Depth, ct), ct).ConfigureAwait(false);
            var now = DateTime.UtcNow;
            if (chain.StoppedBecause is not null)
            {
                Skip(row with { Status = chain.FirstStatus, FetchedUtc = now }, chain.StopKind ?? SkipKind.Redirects, chain.StoppedBecause);
                return true;
            }

            if (chain.FinalUrl.AbsoluteUri != row.Url)
            {
                var target = chain.FinalUrl.AbsoluteUri;
                _store.Save(row with { State = UrlStates.Redirected, Status = chain.FirstStatus, FetchedUtc = now, DueUtc = Due(now), DocUrl = null, Reason = $"redirects to {target}", SkipKind = null },
                    [(target, row.Depth)]);
                crawler.Emit(source.Id, "redirected", row.Url, detail: target);
                // A target already handled in this run is not handled twice.
                if (_visited.Add(target)) Handle(_store.Get(target)!, chain.Last, now, ct);
                return true;
            }
            Handle(row, chain.Last, now, ct);
            return true;
        }

        private DateTime Due(DateTime now) => now + TimeSpan.FromHours(source.RecrawlHours);

        private void Skip(UrlRow row, SkipKind kind, string reason)
        {
            _store.Skip(row, kind, reason, kind == SkipKind.Robots ? reason : null);
            _progress = _progress with { Skipped = _progress.Skipped + 1 };
            crawler.Emit(source.Id, "skipped", row.Url, row.Status, reason);
        }

        private void Fail(UrlRow row, string reason, DateTime now)
        {
            _store.Save(row with { State = UrlStates.Failed, FetchedUtc = now, DueUtc = now, Reason = reason, SkipKind = SkipKind.FetchError.ToString() });
            _store.AddError(source.Id, row.Url, reason);
            _progress = _progress with { Errors = _progress.Errors + 1 };
            crawler.Emit(source.Id, "error", row.Url, row.Status, reason);
        }

        private void Handle(UrlRow row, FetchResult r, DateTime now, CancellationToken ct)
        {
            switch (r.Outcome)
            {
                case FetchOutcome.AddressRefused:
                    Skip(row, SkipKind.AddressPolicy, r.Error ?? "address policy");
                    return;
                case FetchOutcome.TooLarge:
                    Skip(row, SkipKind.TooLarge, "too large: " + r.Error);
                    return;
                case FetchOutcome.HostPaused:
                    Fail(row, r.Error ?? "host paused", now);
                    return;
                case FetchOutcome.NetworkError:
                    Fail(row, "fetch error: " + r.Error, now);
                    return;
            }
            row = row with { Status = r.Status };
            if (r.Status == 304)
            {
                _store.Save(row with { State = UrlStates.Fetched, FetchedUtc = now, DueUtc = Due(now), NotFoundCount = 0 });
                _progress = _progress with { NotModified = _progress.NotModified + 1 };
                crawler.Emit(source.Id, "not-modified", row.Url, 304);
                return;
            }
            if (r.Status is 404 or 410)
            {
                Gone(row, now);
                return;
            }
            if (!r.IsSuccess || r.BodyHash is null)
            {
                Fail(row, $"fetch error: HTTP {r.Status}" + (r.Attempts > 1 ? $" after {r.Attempts} attempts" : ""), now);
                return;
            }
            _progress = _progress with { Fetched = _progress.Fetched + 1 };
            crawler.Emit(source.Id, "fetched", row.Url, r.Status, $"{r.BodyBytes} bytes");
            HandleBody(row with { FetchedUtc = now, DueUtc = Due(now), ETag = r.ETag, LastModified = r.LastModified, ContentType = r.ContentType, Bytes = r.BodyBytes, NotFoundCount = 0 }, r, ct);
        }

        private void Gone(UrlRow row, DateTime now)
        {
            var count = row.NotFoundCount + 1;
            if (count < 2)
            {
                _store.Save(row with { State = UrlStates.Failed, FetchedUtc = now, DueUtc = now, NotFoundCount = count, SkipKind = SkipKind.FetchError.ToString(), Reason = $"HTTP {row.Status} (first time; removed if it persists on the next visit)" });
                _progress = _progress with { Errors = _progress.Errors + 1 };
                crawler.Emit(source.Id, "not-found", row.Url, row.Status, "first time");
                return;
            }
            var docUrl = row.DocUrl;
            _store.Save(row with { State = UrlStates.Gone, FetchedUtc = now, DueUtc = now, NotFoundCount = count, SkipKind = SkipKind.Gone.ToString(), Reason = $"HTTP {row.Status} on {count} successive visits: removed from the index" });
            if (docUrl is not null && docUrl == (row.DocUrl ?? row.Url))
            {
                writer.Delete(DocumentIds.FromUrl(docUrl));
                CommitPending(force: true);
                _store.ConfirmRemoved(docUrl);
                _progress = _progress with { Removed = _progress.Removed + 1 };
                crawler.Emit(source.Id, "removed", row.Url, row.Status, docUrl);
            }
        }

        private void HandleBody(UrlRow row, FetchResult r, CancellationToken ct)
        {
            var hash = r.BodyHash!;
            var path = bodies.PathOf(hash);
            var format = FormatOf(r.ContentType, path);
            if (format is null)
            {
                _store.Save(row with { State = UrlStates.Fetched, ContentHash = hash, DocUrl = null, SkipKind = SkipKind.NotAPublication.ToString(), Reason = $"content type {r.ContentType ?? "unknown"} is neither HTML nor PDF" });
                return;
            }
            var uri = new Uri(row.Url);
            var discovered = new List<(string, int)>();
            var skipped = new List<UrlRow>();
            IReadOnlyDictionary<string, string>? anchors = null;
            string? canonical = r.LinkCanonical;
            if (format == "html")
            {
                PageLinks links;
                using (var stream = File.OpenRead(path))
                using (var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true))
                    links = LinkExtractor.Extract(reader.ReadToEnd(), uri);
                canonical ??= links.Canonical;
                if (!links.NoFollow) SortLinks(links.Links, row.Depth + 1, discovered, skipped);
                anchors = links.Anchors;
            }
            if (canonical is not null && (!_scope.HostAllowed(new Uri(canonical)))) canonical = null;
            var docUrl = canonical ?? row.Url;
            var indexable = format == "html" ? _scope.IsPublicationPage(row.Url) : _scope.IsDocument(row.Url);
            if (!indexable)
            {
                _store.Save(row with { State = UrlStates.Fetched, ContentHash = hash, DocUrl = null, SkipKind = SkipKind.NotAPublication.ToString(), Reason = "fetched for its links; not a publication (no publication or document pattern matches)" }, discovered, skipped, anchors);
                return;
            }
            if (row.ContentHash == hash && row.IndexedHash == IndexingSession.Stamp(hash) && row.DocUrl == docUrl)
            {
                _store.Save(row with { State = UrlStates.Fetched, SkipKind = null, Reason = null }, discovered, skipped, anchors);
                _progress = _progress with { Unchanged = _progress.Unchanged + 1 };
                return;
            }
            if (_store.DocumentWithContent(hash, row.Url) is { } existing && existing != docUrl)
            {
                _store.Save(row with { State = UrlStates.Fetched, ContentHash = hash, DocUrl = existing, IndexedHash = IndexingSession.Stamp(hash), SkipKind = null, Reason = $"same content as {existing}" }, discovered, skipped, anchors);
                _progress = _progress with { Duplicates = _progress.Duplicates + 1 };
                crawler.Emit(source.Id, "duplicate", row.Url, 200, existing);
                return;
            }
            var saved = row with { State = UrlStates.Fetched, ContentHash = hash, DocUrl = docUrl, SkipKind = null, Reason = canonical is not null && canonical != row.Url ? $"indexed under its canonical URL {canonical}" : null };
            _store.Save(saved, discovered, skipped, anchors);
            Index(saved, ct);
        }

        /// <summary>"pdf" or "html" as the server declared it (or the body's PDF magic); null for anything else.</summary>
        internal static string? FormatOf(string? contentType, string path)
        {
            var ct = contentType?.ToLowerInvariant() ?? "";
            if (ct == "application/pdf" || PdfExtractor.HasPdfMagic(path)) return "pdf";
            if (ct is "text/html" or "application/xhtml+xml") return "html";
            return null;
        }

        private void SortLinks(IEnumerable<string> links, int depth, List<(string, int)> discovered, List<UrlRow> skipped)
        {
            foreach (var link in links)
            {
                var uri = new Uri(link);
                var refusal = _scope.Check(uri, depth) ?? (fetcher.LiteralRefusal(uri) is { } a ? (SkipKind.AddressPolicy, a) : null);
                if (refusal is null) discovered.Add((link, depth));
                else skipped.Add(new UrlRow { Url = link, Source = source.Id, State = UrlStates.Skipped, Depth = depth, SkipKind = refusal.Value.Kind.ToString(), Reason = refusal.Value.Reason, DueUtc = DateTime.UtcNow });
            }
        }

        /// <summary>Extracts the stored body and upserts its document; confirmed in crawl.db after the next commit.</summary>
        private void Index(UrlRow row, CancellationToken ct)
        {
            SearchDocument document;
            try
            {
                document = crawler.Build(source, row, bodies, _store, ct);
            }
            catch (ExtractionException e)
            {
                _store.Save(row with { DocUrl = null, SkipKind = SkipKind.FetchError.ToString(), Reason = "extraction failed: " + e.Message });
                _store.AddError(source.Id, row.Url, "extraction failed: " + e.Message);
                _progress = _progress with { Errors = _progress.Errors + 1 };
                crawler.Emit(source.Id, "extraction-failed", row.Url, detail: e.Message);
                return;
            }
            Upsert(row.Url, document);
        }

        private void Upsert(string url, SearchDocument document)
        {
            writer.Upsert(document);
            _pending.Add((url, document.ContentHash!, new CrawledDocument(document.Url, source.Id, IndexingSession.Unstamped(document.ContentHash!), document.Title, document.Publisher, document.Type,
                document.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DateTime.UtcNow)));
            _progress = _progress with { Indexed = _progress.Indexed + 1 };
            crawler.Emit(source.Id, "indexed", url, detail: document.Title);
            CommitPending();
        }

        private void CommitPending(bool force = false)
        {
            if (_pending.Count == 0 && !force) return;
            if (!force && _pending.Count < crawler.CommitEvery) return;
            writer.Commit();
            _store.ConfirmIndexed(_pending);
            _pending.Clear();
        }

        /// <summary>
        /// Documents fetched but not confirmed in the index (a crash before the commit) or confirmed by another pipeline
        /// version (an upgrade): indexed again from the store, and confirmed. Returns how many.
        /// </summary>
        public int ReconcileAndCommit(CancellationToken ct)
        {
            using var store = CrawlStore.Open(crawler.DataPath);
            _store = store;
            Reconcile(ct);
            CommitPending(force: _pending.Count > 0);
            return _progress.Indexed;
        }

        /// <summary>Indexes the source's unconfirmed documents from the store (see <see cref="ReconcileAndCommit"/>).</summary>
        private void Reconcile(CancellationToken ct)
        {
            foreach (var row in _store.PendingIndexing(source.Id, IndexingSession.HashPrefix))
            {
                if (row.Kind == UrlKinds.Record) continue; // catalogue records: the next harvest writes them again (their hash is not confirmed)
                if (!bodies.Contains(row.ContentHash!))
                {
                    _store.Save(row with { State = UrlStates.Queued, ContentHash = null, ETag = null, LastModified = null });
                    continue;
                }
                // A URL whose document this pass already indexed (same content under another URL) is confirmed with it.
                if (_pending.FirstOrDefault(p => p.Document.DocUrl == row.DocUrl) is { Document: not null } done)
                {
                    _pending.Add((row.Url, done.Hash, done.Document));
                    continue;
                }
                crawler.Emit(source.Id, "reindex", row.Url, detail: row.IndexedHash is null ? "fetched before a crash, not yet in the index" : "indexed by another pipeline version");
                Index(row, ct);
            }
        }

        // ---------- sitemaps and feeds ----------

        private async Task<string?> FetchAuxiliaryAsync(string url, string kind, CancellationToken ct)
        {
            if (UrlNormalizer.Normalize(url) is not { } n) return null;
            var uri = new Uri(n);
            var known = _store.Get(n) ?? new UrlRow { Url = n, Source = source.Id, Kind = kind, State = UrlStates.Queued };
            if (fetcher.LiteralRefusal(uri) is { } refused)
            {
                Skip(known, SkipKind.AddressPolicy, refused);
                return null;
            }
            var decision = (await robots.GetAsync(uri, ct).ConfigureAwait(false)).Check(Config.RobotsAgent, uri);
            if (!decision.Allowed)
            {
                Skip(known, SkipKind.Robots, $"disallowed by robots.txt: {decision.Reason}");
                return null;
            }
            fetcher.SetDelay(uri, TimeSpan.FromSeconds(source.DelaySeconds));
            var validators = known.ContentHash is not null && bodies.Contains(known.ContentHash) ? new Validators(known.ETag, known.LastModified) : null;
            var chain = await RedirectFollower.FetchAsync(fetcher, uri, validators, Config.MaxRedirects, next => CheckAsync(next, 0, ct), ct).ConfigureAwait(false);
            var r = chain.Last;
            var now = DateTime.UtcNow;
            if (chain.StoppedBecause is not null)
            {
                Skip(known, chain.StopKind ?? SkipKind.Redirects, chain.StoppedBecause);
                return null;
            }
            if (r.Outcome == FetchOutcome.Response && r.Status == 304)
            {
                _store.Save(known with { State = UrlStates.Fetched, Status = 304, FetchedUtc = now, DueUtc = now });
                _progress = _progress with { NotModified = _progress.NotModified + 1 };
                return null; // unchanged: its entries are known
            }
            if (!r.IsSuccess || r.BodyHash is null)
            {
                Fail(known with { Status = r.Status }, $"{kind}: " + (r.Error ?? $"HTTP {r.Status}"), now);
                return null;
            }
            _store.Save(known with { State = UrlStates.Fetched, Status = r.Status, FetchedUtc = now, DueUtc = now, ETag = r.ETag, LastModified = r.LastModified, ContentHash = r.BodyHash, ContentType = r.ContentType, Bytes = r.BodyBytes, SkipKind = SkipKind.NotAPublication.ToString(), Reason = $"a {kind}, not a publication" });
            _progress = _progress with { Fetched = _progress.Fetched + 1 };
            crawler.Emit(source.Id, kind, n, r.Status);
            return bodies.PathOf(r.BodyHash);
        }

        /// <summary>
        /// The configured sitemaps, then (unless the source turns it off) those that the robots.txt of the start URLs'
        /// hosts lists, when they are in the source's scope; each once.
        /// </summary>
        private async Task<IReadOnlyList<string>> SitemapsAsync(CancellationToken ct)
        {
            var sitemaps = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var url in source.Sitemaps)
                if (seen.Add(UrlNormalizer.Normalize(url) ?? url)) sitemaps.Add(url);
            if (!source.RobotsSitemaps) return sitemaps;
            var hosts = source.StartUrls.Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri : null)
                .Where(u => u is not null && _scope.HostAllowed(u)).Select(u => u!)
                .DistinctBy(UrlNormalizer.Authority);
            foreach (var host in hosts)
            {
                var robotsUrl = new Uri(UrlNormalizer.Authority(host) + "/robots.txt");
                foreach (var listed in (await robots.GetAsync(host, ct).ConfigureAwait(false)).Rules.Sitemaps)
                {
                    if (UrlNormalizer.Normalize(listed, robotsUrl) is not { } n || !seen.Add(n)) continue;
                    var uri = new Uri(n);
                    if (_scope.HostAllowed(uri) && fetcher.LiteralRefusal(uri) is null)
                    {
                        sitemaps.Add(n);
                        crawler.Emit(source.Id, "sitemap-from-robots", n);
                    }
                }
            }
            return sitemaps;
        }

        private async Task ReadSitemapAsync(string url, int level, CancellationToken ct)
        {
            if (level > 2) return;
            foreach (var entry in await ReadListAsync(url, UrlKinds.Sitemap, SitemapReader.Read, ct).ConfigureAwait(false))
            {
                if (entry.IsSitemap) await ReadSitemapAsync(entry.Url, level + 1, ct).ConfigureAwait(false);
                else Discover(entry.Url, entry.LastModified);
            }
        }

        private async Task ReadFeedAsync(string url, CancellationToken ct)
        {
            foreach (var item in await ReadListAsync(url, UrlKinds.Feed, FeedReader.Read, ct).ConfigureAwait(false))
            {
                // A feed item's title is the text of the link that leads to it.
                if (Discover(item.Url, item.Published)) _store.AddLink(url, item.Url, item.Title is { } t ? System.Text.RegularExpressions.Regex.Replace(t, @"\s+", " ").Trim() : null);
            }
        }

        /// <summary>Fetches a sitemap or feed and reads its entries; an unreadable one is an error of the source, not of the run.</summary>
        private async Task<IReadOnlyList<T>> ReadListAsync<T>(string url, string kind, Func<string, Uri, IReadOnlyList<T>> read, CancellationToken ct)
        {
            if (await FetchAuxiliaryAsync(url, kind, ct).ConfigureAwait(false) is not { } path) return [];
            try
            {
                return read(path, new Uri(url));
            }
            catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or IOException)
            {
                _store.AddError(source.Id, url, $"{kind} unreadable: {e.Message}");
                _progress = _progress with { Errors = _progress.Errors + 1 };
                return [];
            }
        }

        /// <summary>
        /// A URL from a sitemap or feed: queued at depth 1 when new; due again when its lastmod is after our last fetch.
        /// False when the scope or the address policy refuses it.
        /// </summary>
        private bool Discover(string url, DateTimeOffset? lastModified)
        {
            var uri = new Uri(url);
            var refusal = _scope.Check(uri, 1) ?? (fetcher.LiteralRefusal(uri) is { } a ? (SkipKind.AddressPolicy, a) : null);
            if (refusal is not null)
            {
                var row = new UrlRow { Url = url, Source = source.Id, State = UrlStates.Skipped, Depth = 1, SkipKind = refusal.Value.Kind.ToString(), Reason = refusal.Value.Reason, DueUtc = DateTime.UtcNow };
                if (_store.Get(url) is null) _store.Save(row);
                return false;
            }
            var known = _store.Get(url);
            if (known is null) _store.Enqueue(source.Id, url, 1);
            else if (lastModified is { } lm && known.FetchedUtc is { } fetched && lm.UtcDateTime > fetched && known.State != UrlStates.Queued)
            {
                _store.MarkDue(url);
                crawler.Emit(source.Id, "changed-per-lastmod", url, detail: lm.ToString("O"));
            }
            return true;
        }

        // ---------- connectors ----------

        /// <summary>
        /// A catalogue source: pages of records through the same fetcher (politeness, address policy,
        /// caps, retries), each record upserted when its content changed. OpenDataSoft asks only for
        /// datasets modified since the start of the last completed harvest.
        /// </summary>
        private async Task HarvestConnectorAsync(CancellationToken ct)
        {
            IRecordConnector connector = source.Kind == SourceKinds.Sru ? new SruConnector(source.Sru!) : new OpenDataSoftConnector(source.OpenDataSoft!);
            // Records written by another pipeline version are all harvested again.
            DateTimeOffset? since = source.Kind == SourceKinds.OpenDataSoft && !_store.HasStaleRecords(source.Id, IndexingSession.HashPrefix)
                ? _store.LastCompletedRunStart(source.Id) : null;
            var seen = 0;
            for (var offset = 0; seen < connector.MaxRecords; offset += connector.PageSize)
            {
                var url = connector.PageUrl(offset, since);
                fetcher.SetDelay(url, TimeSpan.FromSeconds(source.DelaySeconds));
                var chain = await RedirectFollower.FetchAsync(fetcher, url, null, Config.MaxRedirects,
                    next => Task.FromResult(fetcher.LiteralRefusal(next) is { } a ? ((SkipKind, string)?)(SkipKind.AddressPolicy, a) : null), ct).ConfigureAwait(false);
                var r = chain.Last;
                var row = new UrlRow { Url = url.AbsoluteUri, Source = source.Id, Kind = UrlKinds.Feed, Status = r.Status };
                if (chain.StoppedBecause is not null || !r.IsSuccess || r.BodyHash is null)
                {
                    Fail(row, $"{source.Kind}: " + (chain.StoppedBecause ?? r.Error ?? $"HTTP {r.Status}"), DateTime.UtcNow);
                    return;
                }
                _progress = _progress with { Fetched = _progress.Fetched + 1 };
                crawler.Emit(source.Id, "catalogue-page", url.AbsoluteUri, r.Status);
                RecordPage page;
                try
                {
                    page = connector.Parse(await File.ReadAllTextAsync(bodies.PathOf(r.BodyHash), ct).ConfigureAwait(false));
                }
                catch (ConnectorException e)
                {
                    Fail(row, e.Message, DateTime.UtcNow);
                    return;
                }
                foreach (var record in page.Records.Take(connector.MaxRecords - seen))
                {
                    var known = _store.Get(record.Url);
                    if (known?.IndexedHash == IndexingSession.Stamp(record.ContentHash) && known.ContentHash == record.ContentHash)
                    {
                        _progress = _progress with { Unchanged = _progress.Unchanged + 1 };
                        continue;
                    }
                    var now = DateTime.UtcNow;
                    _store.Save(new UrlRow
                    {
                        Url = record.Url, Source = source.Id, Kind = UrlKinds.Record, State = UrlStates.Fetched, FetchedUtc = now, DueUtc = now,
                        ContentHash = record.ContentHash, DocUrl = record.Url, IndexedHash = known?.IndexedHash,
                    }, [], []);
                    Upsert(record.Url, DocumentFactory.FromRecord(source, record));
                }
                seen += page.Records.Count;
                Report();
                if (page.Records.Count == 0 || offset + connector.PageSize >= page.Total) break;
            }
        }
    }
}

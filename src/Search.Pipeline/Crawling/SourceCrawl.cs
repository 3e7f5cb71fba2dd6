using Search.Pipeline.Crawling.Discovery;
using Search.Pipeline.Crawling.Frontier;
using Search.Pipeline.Indexing;

namespace Search.Pipeline.Crawling;

/// <summary>
/// One source's run, on its own crawl.db connection: first what an earlier run left unconfirmed in the index, then a
/// web crawl (seeds, then the frontier one URL at a time: checks, fetch with redirects followed by hand, outcome) or a
/// catalogue harvest; the run and its figures recorded in crawl.db.
/// </summary>
internal sealed class SourceCrawl(Crawler crawler, SourceConfig source, HttpFetcher fetcher, RobotsCache robots, BodyStore bodies, IndexingSession writer)
{
    public async Task<SourceProgress> RunAsync(CancellationToken ct)
    {
        using var store = CrawlStore.Open(crawler.DataPath, time: crawler.Time);
        var run = new SourceRun(crawler, source, fetcher, robots, bodies, store);
        var indexer = new SourceIndexer(run, writer);
        store.SaveSource(source);
        var id = store.StartRun(source.Id);
        var status = "completed";
        try
        {
            indexer.Reconcile(ct);
            if (source.Kind == SourceKinds.Web) await CrawlWebAsync(run, indexer, ct).ConfigureAwait(false);
            else await new ConnectorHarvest(run, indexer).RunAsync(ct).ConfigureAwait(false);
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
            run.Emit("source-failed", "", detail: e.ToString());
        }
        finally
        {
            indexer.Commit(force: indexer.HasPending);
            store.FinishRun(id, run.Counters(finished: true), status);
            run.Report();
        }
        return run.Progress;
    }

    /// <summary>
    /// Documents fetched but not confirmed in the index (a crash before the commit) or confirmed by another pipeline
    /// version (an upgrade): indexed again from the store, and confirmed. Returns how many.
    /// </summary>
    public int ReconcileAndCommit(CancellationToken ct)
    {
        using var store = CrawlStore.Open(crawler.DataPath, time: crawler.Time);
        var run = new SourceRun(crawler, source, fetcher, robots, bodies, store);
        var indexer = new SourceIndexer(run, writer);
        indexer.Reconcile(ct);
        indexer.Commit(force: indexer.HasPending);
        return run.Progress.Indexed;
    }

    private static async Task CrawlWebAsync(SourceRun run, SourceIndexer indexer, CancellationToken ct)
    {
        var frontier = new CrawlFrontier(run);
        var discovery = new UrlDiscovery(run, frontier);
        var outcomes = new FetchOutcomes(run, frontier, discovery, indexer);
        frontier.Seed();
        await discovery.ReadSeedsAsync(ct).ConfigureAwait(false);

        while (frontier.BudgetLeft && await frontier.NextAsync(ct).ConfigureAwait(false) is { } row)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                if (await FetchAsync(run, frontier, outcomes, row, ct).ConfigureAwait(false)) frontier.Spend();
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                // One URL never stops its source: recorded, retried at the next run.
                run.Fail(row, $"internal error: {e.GetType().Name}: {e.Message}", run.Now);
                frontier.Spend();
            }
            run.Counters();
            run.Report();
        }
        if (!frontier.BudgetLeft) run.Emit("budget-reached", "", detail: $"page budget of {run.Source.PageBudget} reached; the rest stays queued for the next run");
    }

    /// <summary>Checks, fetches (following redirects) and handles one URL; false when nothing was fetched (refused before any request, or its host paused).</summary>
    private static async Task<bool> FetchAsync(SourceRun run, CrawlFrontier frontier, FetchOutcomes outcomes, UrlRow row, CancellationToken ct)
    {
        var uri = new Uri(row.Url);
        if (await frontier.CheckAsync(uri, row.Depth, ct).ConfigureAwait(false) is { } refusal)
        {
            run.Skip(row, refusal.Kind, refusal.Reason);
            return false;
        }
        run.Fetcher.Hosts.SetDelay(uri, TimeSpan.FromSeconds(run.Source.DelaySeconds));
        var validators = row.ContentHash is not null && run.Bodies.Contains(row.ContentHash) ? new Validators(row.ETag, row.LastModified) : null;
        var chain = await RedirectFollower.FetchAsync(run.Fetcher, uri, validators, run.Config.MaxRedirects,
            next => frontier.CheckAsync(next, row.Depth, ct), ct).ConfigureAwait(false);
        var now = run.Now;
        if (chain.StoppedBecause is not null)
        {
            run.Skip(row with { Status = chain.FirstStatus, FetchedUtc = now }, chain.StopKind ?? SkipKind.Redirects, chain.StoppedBecause);
            return true;
        }
        if (chain.FinalUrl.AbsoluteUri != row.Url)
        {
            var target = chain.FinalUrl.AbsoluteUri;
            run.Store.Save(row with { State = UrlStates.Redirected, Status = chain.FirstStatus, FetchedUtc = now, DueUtc = run.Due(now), DocUrl = null, Reason = $"redirects to {target}", SkipKind = null },
                [(target, row.Depth)]);
            run.Emit("redirected", row.Url, detail: target);
            // A target already handled in this run is not handled twice.
            if (frontier.Visit(target)) outcomes.Handle(run.Store.Get(target)!, chain.Last, now, ct);
            return true;
        }
        outcomes.Handle(row, chain.Last, now, ct);
        return chain.Last.Outcome != FetchOutcome.HostPaused;
    }
}

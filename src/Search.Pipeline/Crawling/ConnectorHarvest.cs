using Search.Pipeline.Connectors;
using Search.Pipeline.Indexing;

namespace Search.Pipeline.Crawling;

/// <summary>
/// A catalogue source (SRU, OpenDataSoft) hooked into the crawl: pages of records through the same fetcher (politeness,
/// address policy, caps, retries), each record upserted when its content changed. OpenDataSoft is asked only for the
/// datasets modified since the start of the last completed harvest.
/// </summary>
internal sealed class ConnectorHarvest(SourceRun run, SourceIndexer indexer)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var source = run.Source;
        IRecordConnector connector = source.Kind == SourceKinds.Sru ? new SruConnector(source.Sru!) : new OpenDataSoftConnector(source.OpenDataSoft!);
        // Records written by another pipeline version are all harvested again.
        DateTimeOffset? since = source.Kind == SourceKinds.OpenDataSoft && !run.Store.HasStaleRecords(source.Id, IndexingSession.HashPrefix)
            ? run.Store.LastCompletedRunStart(source.Id) : null;
        var seen = 0;
        for (var offset = 0; seen < connector.MaxRecords; offset += connector.PageSize)
        {
            var url = connector.PageUrl(offset, since);
            run.Fetcher.Hosts.SetDelay(url, TimeSpan.FromSeconds(source.DelaySeconds));
            var chain = await RedirectFollower.FetchAsync(run.Fetcher, url, null, run.Config.MaxRedirects,
                next => Task.FromResult(run.Fetcher.LiteralRefusal(next) is { } a ? ((SkipKind, string)?)(SkipKind.AddressPolicy, a) : null), ct).ConfigureAwait(false);
            var r = chain.Last;
            var row = new UrlRow { Url = url.AbsoluteUri, Source = source.Id, Kind = UrlKinds.Feed, Status = r.Status };
            if (r.Outcome == FetchOutcome.HostPaused)
            {
                run.Emit("deferred", row.Url, detail: r.Error + "; the harvest goes on at the next run");
                return;
            }
            if (chain.StoppedBecause is not null || !r.IsSuccess || r.BodyHash is null)
            {
                run.Fail(row, $"{source.Kind}: " + (chain.StoppedBecause ?? r.Error ?? $"HTTP {r.Status}"), run.Now);
                return;
            }
            run.Progress = run.Progress with { Fetched = run.Progress.Fetched + 1 };
            run.Emit("catalogue-page", url.AbsoluteUri, r.Status);
            RecordPage page;
            try
            {
                page = connector.Parse(await File.ReadAllTextAsync(run.Bodies.PathOf(r.BodyHash), ct).ConfigureAwait(false));
            }
            catch (ConnectorException e)
            {
                run.Fail(row, e.Message, run.Now);
                return;
            }
            foreach (var record in page.Records.Take(connector.MaxRecords - seen))
            {
                var known = run.Store.Get(record.Url);
                if (known?.IndexedHash == IndexingSession.Stamp(record.ContentHash) && known.ContentHash == record.ContentHash)
                {
                    run.Progress = run.Progress with { Unchanged = run.Progress.Unchanged + 1 };
                    continue;
                }
                var now = run.Now;
                run.Store.Save(new UrlRow
                {
                    Url = record.Url, Source = source.Id, Kind = UrlKinds.Record, State = UrlStates.Fetched, FetchedUtc = now, DueUtc = now,
                    ContentHash = record.ContentHash, DocUrl = record.Url, IndexedHash = known?.IndexedHash,
                }, [], []);
                indexer.Upsert(record.Url, DocumentFactory.FromRecord(source, record));
            }
            seen += page.Records.Count;
            run.Counters();
            run.Report();
            if (page.Records.Count == 0 || offset + connector.PageSize >= page.Total) break;
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Search.Pipeline.Crawling;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Sources;

/// <summary>A host started on a one-file corpus: the CLI crawls into its data folder while it runs.</summary>
public sealed class SmallHost : TestHost
{
    private readonly string _corpus = Path.Combine(Path.GetTempPath(), "searchhost-small-" + Guid.NewGuid().ToString("N"));

    protected override string CorpusPath => _corpus;

    protected override void Prepare()
    {
        Directory.CreateDirectory(_corpus);
        File.Copy(Path.Combine(RepoPaths.CorpusSamples, "html", "dgcl-police-municipale-effectifs-2022.html"), Path.Combine(_corpus, "police.html"));
    }

    protected override void CleanUp()
    {
        try { Directory.Delete(_corpus, recursive: true); } catch (IOException) { }
    }
}

[Trait("Category", "Slow")]
public class CrawlCliTests(SmallHost host) : IClassFixture<SmallHost>
{
    [Fact]
    public async Task A_cli_crawl_into_the_hosts_data_folder_shows_up_in_the_running_host_within_seconds()
    {
        await using var site = await PublisherSite.StartAsync();
        var config = site.WriteConfig(Path.Combine(host.DataPath, "config"));
        var url = site.Url("/docs/" + PublisherSite.Pdfs[0]);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/documents?url=" + Uri.EscapeDataString(url))).StatusCode);

        var (exit, stdout, stderr) = await IndexerProcess.RunAsync("crawl", "--config", config, "--data", host.DataPath);
        Assert.True(exit == 0, stderr);
        Assert.Contains("editeur-test: fetched 7", stdout);
        Assert.Contains($"indexed {PublisherSite.Pdfs.Length}", stdout);
        Assert.Contains("[editeur-test]", stderr); // live progress per source
        Assert.True(File.Exists(Path.Combine(host.DataPath, "crawl.db")));
        var log = File.ReadAllLines(Path.Combine(host.DataPath, "crawl-log.jsonl"));
        Assert.Contains(log, l => l.Contains("\"event\":\"indexed\"", StringComparison.Ordinal));

        var clock = Stopwatch.StartNew(); // only to give up: the host's refresher picks the commit up at its next tick
        HttpResponseMessage response;
        do
        {
            response = await host.Client.GetAsync("/api/documents?url=" + Uri.EscapeDataString(url));
            if (response.StatusCode == HttpStatusCode.OK) break;
            await Task.Delay(100);
        } while (clock.Elapsed < TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var search = await host.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/search?q=apprentis");
        Assert.Contains(search.GetProperty("hits").EnumerateArray(), h => h.GetProperty("url").GetString() == url);
    }

    [Fact]
    public async Task A_bad_configuration_is_rejected_with_the_field_named()
    {
        var folder = Path.Combine(host.DataPath, "bad");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "sources.json");
        File.WriteAllText(path, """{ "sources": [ { "id": "x", "publisher": "X", "startUrls": ["https://example.fr/"], "maxDepth": -1 } ] }""");
        var (exit, _, stderr) = await IndexerProcess.RunAsync("crawl", "--config", path, "--data", folder);
        Assert.Equal(1, exit);
        Assert.Contains("$.sources[0].maxDepth", stderr);
        Assert.False(File.Exists(Path.Combine(folder, "crawl.db")));
    }

    [Fact]
    public async Task The_robots_command_prints_the_decision_and_the_rule_for_each_url()
    {
        var folder = Path.Combine(host.DataPath, "robots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "robots.txt");
        File.WriteAllText(file, "User-agent: *\nDisallow: /prive/\nAllow: /prive/public/\n\nUser-agent: monrobot\nDisallow: /\n");
        var (exit, stdout, _) = await IndexerProcess.RunAsync("robots", file, "--agent", "autrerobot",
            "https://example.fr/prive/rapport.pdf", "https://example.fr/prive/public/note.pdf", "https://example.fr/");
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("disallowed", lines[0]);
        Assert.Contains("Disallow: /prive/ (line 2)", lines[0]);
        Assert.StartsWith("allowed", lines[1]);
        Assert.Contains("Allow: /prive/public/ (line 3)", lines[1]);
        Assert.StartsWith("allowed", lines[2]);
        Assert.Contains("no rule matches", lines[2]);

        var (_, mine, _) = await IndexerProcess.RunAsync("robots", file, "--agent", "MonRobot", "https://example.fr/prive/public/note.pdf");
        Assert.StartsWith("disallowed", mine);
        Assert.Contains("Disallow: / (line 6)", mine);
    }
}

/// <summary>kill -9 (or SIGTERM, as Ctrl+C) in the middle of a CLI crawl, then again: it resumes, refetches nothing already done, loses nothing.</summary>
[Trait("Category", "Slow")]
public class CrawlKillTests
{
    [Fact]
    public async Task A_crawl_stopped_by_a_termination_signal_commits_what_it_indexed_and_the_next_run_completes()
    {
        await using var site = await PublisherSite.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "crawl-term-" + Guid.NewGuid().ToString("N"));
        try
        {
            var config = site.WriteConfig(data, delaySeconds: 0.4);
            // SIGTERM goes through the same cancellation as Ctrl+C; no commit is due during the run (--commit-every 1000).
            using (var process = Process.Start(IndexerProcess.StartInfo("crawl", "--config", config, "--data", data, "--commit-every", "1000"))!)
            {
                _ = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                while (site.Requests.Count(r => r.StartsWith("/docs/", StringComparison.Ordinal)) < 3 && !process.HasExited) await Task.Delay(20);
                using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
                await process.WaitForExitAsync();
                Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}: {await stderr}");
                Assert.Contains("cancelled", await stderr);
            }
            int committed;
            using (var provider = new Search.Core.Querying.IndexSearcherProvider(Path.Combine(data, "index")))
                committed = new Search.Core.Querying.SearchService(provider).DocumentCount();
            Assert.InRange(committed, 2, PublisherSite.Pdfs.Length - 1);

            var (exit, _, err) = await IndexerProcess.RunAsync("crawl", "--config", config, "--data", data);
            Assert.True(exit == 0, err);
            var all = site.Requests.Where(r => r.StartsWith("/docs/", StringComparison.Ordinal)).ToList();
            Assert.Equal(PublisherSite.Pdfs.Length, all.Distinct().Count());
            Assert.InRange(all.Count, PublisherSite.Pdfs.Length, PublisherSite.Pdfs.Length + 1);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task A_crawl_commits_every_n_documents_as_the_command_line_says()
    {
        // The fourth PDF request is held; with --commit-every 2 the first two documents are committed, the third is not yet.
        await using var site = await PublisherSite.StartAsync(holdAfterDocuments: 3);
        var data = Path.Combine(Path.GetTempPath(), "crawl-commit-" + Guid.NewGuid().ToString("N"));
        try
        {
            var config = site.WriteConfig(data, delaySeconds: 0);
            await KillCrawlAtHeldRequestAsync(site, config, data, commitEvery: 2);
            site.ReleaseHeld();
            using var provider = new Search.Core.Querying.IndexSearcherProvider(Path.Combine(data, "index"));
            Assert.Equal(2, new Search.Core.Querying.SearchService(provider).DocumentCount());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task A_crawl_killed_mid_way_resumes_without_refetching_and_loses_nothing()
    {
        // The fourth PDF request is held: the crawl is killed with three documents fetched and one in flight.
        await using var site = await PublisherSite.StartAsync(holdAfterDocuments: 3);
        var data = Path.Combine(Path.GetTempPath(), "crawl-kill-" + Guid.NewGuid().ToString("N"));
        try
        {
            var config = site.WriteConfig(data, delaySeconds: 0.4);
            await KillCrawlAtHeldRequestAsync(site, config, data, commitEvery: 1000);
            var firstRun = site.Requests.Where(r => r.StartsWith("/docs/", StringComparison.Ordinal)).ToList();
            Assert.Equal(4, firstRun.Count);
            site.ReleaseHeld();

            var (exit, stdout, stderr) = await IndexerProcess.RunAsync("crawl", "--config", config, "--data", data);
            Assert.True(exit == 0, stderr);
            var all = site.Requests.Where(r => r.StartsWith("/docs/", StringComparison.Ordinal)).ToList();
            // Every PDF fetched once, except perhaps the one in flight at the kill.
            Assert.InRange(all.Count, PublisherSite.Pdfs.Length, PublisherSite.Pdfs.Length + 1);
            Assert.Equal(PublisherSite.Pdfs.Length, all.Distinct().Count());

            using var store = CrawlStore.Open(data, readOnly: true);
            Assert.Equal(PublisherSite.Pdfs.Length, store.DocumentCount("editeur-test"));
            using var provider = new Search.Core.Querying.IndexSearcherProvider(Path.Combine(data, "index"));
            var search = new Search.Core.Querying.SearchService(provider);
            Assert.All(PublisherSite.Pdfs, p => Assert.NotNull(search.GetByUrl(site.Url("/docs/" + p))));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// Runs <c>crawl</c> in an Indexer process until the site holds its fourth PDF request (three documents fetched,
    /// one in flight), then kills it (SIGKILL: no finally block runs).
    /// </summary>
    private static async Task KillCrawlAtHeldRequestAsync(PublisherSite site, string config, string data, int commitEvery)
    {
        using var process = Process.Start(IndexerProcess.StartInfo("crawl", "--config", config, "--data", data, "--commit-every", commitEvery.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew(); // only to give up on a crawl that never gets there
        while (site.Requests.Count(r => r.StartsWith("/docs/", StringComparison.Ordinal)) < 4 && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(5))
            await Task.Delay(20);
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }
}

using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Search.Core.Querying;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Cli;

[Trait("Category", "Slow")]
[Collection(HostCollection.Name)]
public sealed class IndexerCliTests(HostFixture host) : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "indexer-cli-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Search_json_is_exactly_the_api_json()
    {
        const string query = "apprentis collectivités 2022";
        var cli = await IndexerProcess.RunAsync("search", query, "--index", Path.Combine(host.DataPath, "index"), "--size", "5", "--json", "--year", "2023", "--year", "2022");
        Assert.True(cli.ExitCode == 0, cli.Stderr);
        var api = await host.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query) + "&size=5&year=2023&year=2022");

        var cliJson = JsonNode.Parse(cli.Stdout)!.AsObject();
        var apiJson = JsonNode.Parse(api)!.AsObject();
        cliJson.Remove("tookMs");
        apiJson.Remove("tookMs");
        Assert.Equal(apiJson.ToJsonString(), cliJson.ToJsonString());
        Assert.True(cliJson["total"]!.GetValue<long>() > 0);
    }

    [Fact]
    public async Task Search_prints_ranked_hits_for_people()
    {
        var cli = await IndexerProcess.RunAsync("search", "dépenses par fonction", "--index", Path.Combine(host.DataPath, "index"), "--size", "3");
        Assert.Equal(0, cli.ExitCode);
        Assert.Contains("documents match", cli.Stdout);
        Assert.Contains("  1. ", cli.Stdout);
    }

    [Fact]
    public async Task Usage_errors_are_clear()
    {
        var missing = await IndexerProcess.RunAsync("search", "x");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("error: Option '--index' is required.", missing.Stderr);
        Assert.Contains("Indexer search --help", missing.Stderr);
        var unknown = await IndexerProcess.RunAsync("frobnicate");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("'frobnicate'", unknown.Stderr);
        var typed = await IndexerProcess.RunAsync("search", "x", "--index", Path.Combine(_temp, "none"), "--size", "ten");
        Assert.Equal(2, typed.ExitCode);
        Assert.Contains("'ten'", typed.Stderr);
        Assert.Contains("--size", typed.Stderr);
        var sort = await IndexerProcess.RunAsync("search", "x", "--index", Path.Combine(_temp, "none"), "--sort", "popularity");
        Assert.Equal(2, sort.ExitCode);
        Assert.Contains("'popularity'", sort.Stderr);
        var missingFile = await IndexerProcess.RunAsync("eval", "--index", Path.Combine(_temp, "none"), "--queries", Path.Combine(_temp, "q.tsv"), "--qrels", Path.Combine(_temp, "r.tsv"));
        Assert.Equal(2, missingFile.ExitCode);
        Assert.Contains(Path.Combine(_temp, "q.tsv"), missingFile.Stderr);
        // A ranking parameter the evaluation cannot set: refused before any index is opened, with the known names.
        Directory.CreateDirectory(_temp);
        File.WriteAllText(Path.Combine(_temp, "q.tsv"), "qid\tquery\tkind\nq1\tdette\ttopical\n");
        File.WriteAllText(Path.Combine(_temp, "r.tsv"), "qid\tfile\tgrade\nq1\ta.pdf\t3\n");
        var badSetting = await IndexerProcess.RunAsync("eval", "--index", Path.Combine(_temp, "none"), "--queries", Path.Combine(_temp, "q.tsv"),
            "--qrels", Path.Combine(_temp, "r.tsv"), "--set", "NoSuchWeight=1");
        Assert.Equal(2, badSetting.ExitCode);
        Assert.Contains("Unknown ranking parameter 'NoSuchWeight'", badSetting.Stderr);
        Assert.Contains("TitleWeight", badSetting.Stderr);
        var badValue = await IndexerProcess.RunAsync("eval", "--index", Path.Combine(_temp, "none"), "--queries", Path.Combine(_temp, "q.tsv"),
            "--qrels", Path.Combine(_temp, "r.tsv"), "--sweep", "TitleWeight=4,heavy");
        Assert.Equal(2, badValue.ExitCode);
        Assert.Contains("'heavy' is not a valid value of TitleWeight", badValue.Stderr);
        // A synonym file that does not parse: refused with its line before any index is opened.
        File.WriteAllText(Path.Combine(_temp, "syn.txt"), "# groups\ndette, endettement\nparlementaires > députés > sénateurs\n");
        var badSynonyms = await IndexerProcess.RunAsync("eval", "--index", Path.Combine(_temp, "none"), "--queries", Path.Combine(_temp, "q.tsv"),
            "--qrels", Path.Combine(_temp, "r.tsv"), "--synonyms", Path.Combine(_temp, "syn.txt"));
        Assert.Equal(2, badSynonyms.ExitCode);
        Assert.Contains("synonyms line 3", badSynonyms.Stderr);
        // A glossary that does not parse: the same, naming the glossary's line.
        File.WriteAllText(Path.Combine(_temp, "glossary.txt"), "# groups\nvidéosurveillance, vidéoprotection\nremontées mécaniques >\n");
        var badGlossary = await IndexerProcess.RunAsync("eval", "--index", Path.Combine(_temp, "none"), "--queries", Path.Combine(_temp, "q.tsv"),
            "--qrels", Path.Combine(_temp, "r.tsv"), "--glossary", Path.Combine(_temp, "glossary.txt"));
        Assert.Equal(2, badGlossary.ExitCode);
        Assert.Contains("glossary line 3", badGlossary.Stderr);
        var noIndex = await IndexerProcess.RunAsync("search", "x", "--index", Path.Combine(_temp, "none"));
        Assert.Equal(1, noIndex.ExitCode);
        Assert.Contains("no index", noIndex.Stderr);
    }

    [Theory]
    [InlineData("index", "--commit-every")]
    [InlineData("search", "--publisher")]
    [InlineData("eval", "--qrels")]
    [InlineData("crawl", "--source")]
    [InlineData("robots", "--agent")]
    public async Task Each_command_has_its_own_help(string command, string option)
    {
        var help = await IndexerProcess.RunAsync(command, "--help");
        Assert.True(help.ExitCode == 0, help.Stderr);
        Assert.Contains($"Indexer {command}", help.Stdout);
        Assert.Contains(option, help.Stdout);
    }

    [Fact]
    public async Task A_termination_signal_stops_an_ingest_that_commits_what_it_did_and_the_next_run_completes()
    {
        var corpus = CopyCorpus(int.MaxValue);
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Count(f => f.EndsWith(".pdf") || f.EndsWith(".html"));
        var index = Path.Combine(_temp, "index");

        // SIGTERM goes through the same cancellation as Ctrl+C (SIGINT, which a shell may leave ignored in a background job).
        // No commit is due during the run: whatever is in the index afterwards was committed on the way out.
        using (var process = Process.Start(IndexerProcess.StartInfo("index", corpus, "--index", index, "--parallel", "1", "--commit-every", "100000"))!)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var done = 0;
            while (done < 2 && await process.StandardError.ReadLineAsync() is { } line)
            {
                if (line.StartsWith('[')) done++;
            }
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}: {stderr} {await stdout}");
            Assert.Contains("cancelled", stderr);
        }

        var partial = DocumentCount(index);
        Assert.InRange(partial, 2, files - 1);
        Assert.True(CheckIndex(index), "CheckIndex found problems after the signal");

        var rerun = await IndexerProcess.RunAsync("index", corpus, "--index", index);
        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        Assert.Contains($"unchanged:  {partial}", rerun.Stdout);
        Assert.Equal(files, DocumentCount(index));
    }

    [Fact]
    public async Task A_second_process_writing_the_same_index_is_refused_and_the_index_stays_whole()
    {
        var corpus = CopyCorpus(3);
        var index = Path.Combine(_temp, "index");
        var first = await IndexerProcess.RunAsync("index", corpus, "--index", index);
        Assert.True(first.ExitCode == 0, first.Stderr);

        // This process holds the index as a writer does; another process must not write it meanwhile
        // (Lucene.Net's own lock let two processes in: they wrote segments of the same names).
        using (Search.Core.Indexing.DocumentIndexWriter.HoldLock(index))
        {
            File.WriteAllText(Path.Combine(corpus, "new.html"), "<html><head><title>Nouvelle page</title></head><body><p>Une page ajoutée.</p></body></html>");
            var second = await IndexerProcess.RunAsync("index", corpus, "--index", index);
            Assert.Equal(1, second.ExitCode);
            Assert.Contains("being written by another process", second.Stderr + second.Stdout);
        }
        Assert.Equal(3, DocumentCount(index));

        var third = await IndexerProcess.RunAsync("index", corpus, "--index", index);
        Assert.True(third.ExitCode == 0, third.Stderr);
        Assert.Equal(4, DocumentCount(index));
    }

    [Fact]
    public async Task Index_reports_progress_and_a_summary_and_is_idempotent()
    {
        var corpus = CopyCorpus(12);
        File.WriteAllText(Path.Combine(corpus, "broken.pdf"), "%PDF-1.4\nnot really a pdf");
        var index = Path.Combine(_temp, "index");

        var first = await IndexerProcess.RunAsync("index", corpus, "--index", index);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("[13/13]", first.Stderr);
        Assert.Contains("added:      12", first.Stdout);
        Assert.Contains("failed:     1", first.Stdout);
        Assert.Contains("failed: broken.pdf:", first.Stdout);

        var second = await IndexerProcess.RunAsync("index", corpus, "--index", index);
        Assert.Contains("unchanged:  12", second.Stdout);
        Assert.Contains("added:      0", second.Stdout);
        Assert.Equal(12, DocumentCount(index));
    }

    [Fact]
    public async Task Killing_an_ingest_midway_never_corrupts_the_index_and_the_next_run_completes()
    {
        var corpus = CopyCorpus(int.MaxValue);
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Count(f => f.EndsWith(".pdf") || f.EndsWith(".html"));
        var index = Path.Combine(_temp, "index");

        // Killed after nine files (three commits of three): the progress lines reach this reader late on a busy machine, and
        // the 42 files take only a few seconds since the PDF worker starts with the ingest, so killing at half the files let
        // a run finish before the signal. Three quarters of the work are left to be cut.
        var killAfter = Math.Min(files / 2, 9);
        using (var process = Process.Start(IndexerProcess.StartInfo("index", corpus, "--index", index, "--parallel", "1", "--commit-every", "3"))!)
        {
            var done = 0;
            while (done < killAfter && await process.StandardError.ReadLineAsync() is { } line)
            {
                if (line.StartsWith('[')) done++;
            }
            process.Kill(entireProcessTree: true);   // SIGKILL: no chance to clean up
            await process.WaitForExitAsync();
        }

        var partial = DocumentCount(index);
        Assert.InRange(partial, 1, files - 1);
        Assert.True(CheckIndex(index), "CheckIndex found problems after the kill");

        var rerun = await IndexerProcess.RunAsync("index", corpus, "--index", index);
        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        Assert.Contains($"unchanged:  {partial}", rerun.Stdout);
        Assert.Equal(files, DocumentCount(index));
    }

    private string CopyCorpus(int maxFiles)
    {
        var target = Path.Combine(_temp, "corpus");
        var copied = 0;
        foreach (var file in Directory.EnumerateFiles(RepoPaths.CorpusSamples, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!(file.EndsWith(".pdf") || file.EndsWith(".html"))) continue;
            if (copied++ >= maxFiles) break;
            var relative = Path.GetRelativePath(RepoPaths.CorpusSamples, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
            if (File.Exists(file + ".meta.json")) File.Copy(file + ".meta.json", Path.Combine(target, relative + ".meta.json"));
        }
        return target;
    }

    private static int DocumentCount(string index)
    {
        using var provider = new IndexSearcherProvider(index);
        return new SearchService(provider).DocumentCount();
    }

    private static bool CheckIndex(string index)
    {
        using var dir = Lucene.Net.Store.FSDirectory.Open(index);
        var checker = new Lucene.Net.Index.CheckIndex(dir);
        return checker.DoCheckIndex().Clean;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Search.Core.Documents;

namespace Search.Bench;

/// <summary>
/// <c>Bench durability &lt;corpus-samples&gt; [--kills 10] [--pages 150] [--seed S]</c>: kill -9 shown harmless. The
/// Indexer CLI runs as a child process: an <c>index</c> of corpus-samples, then a <c>crawl</c> of the crawl
/// bench's fixture site (served by this process on 127.0.0.1). First a clean run of each gives the reference
/// documents (id and content hash). Then, N times each: a fresh run killed (SIGKILL) at a random moment of
/// the clean run's duration, Lucene's CheckIndex on what it left, a final run to completion, and the final
/// documents compared with the reference: same ids, same hashes.
/// </summary>
public static class DurabilityBench
{
    public static async Task<int> Run(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        var samples = Path.GetFullPath(args[1]);
        var kills = int.Parse(Option("kills") ?? "10", CultureInfo.InvariantCulture);
        var pages = int.Parse(Option("pages") ?? "150", CultureInfo.InvariantCulture);
        var random = new Random(int.Parse(Option("seed") ?? "12", CultureInfo.InvariantCulture));
        var work = Path.Combine(Path.GetTempPath(), "search-bench-durability-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var ok = true;
        try
        {
            Console.WriteLine($"Indexer: {IndexerDll}");
            ok &= await Trials("ingest (index corpus-samples, --commit-every 3)", kills, random, trial =>
            {
                var index = Path.Combine(work, "ingest-" + trial, "index");
                return (["index", samples, "--index", index, "--commit-every", "3"], index);
            });

            var (site, baseUri) = await CrawlBench.StartSiteAsync(samples, pages);
            await using (site)
            {
                ok &= await Trials($"crawl ({pages} generated pages + corpus-samples on 127.0.0.1, --commit-every 10)", kills, random, trial =>
                {
                    var data = Path.Combine(work, "crawl-" + trial);
                    return (["crawl", "--config", WriteConfig(data, baseUri, pages), "--data", data, "--commit-every", "10"], Path.Combine(data, "index"));
                });
            }
            return ok ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>One clean run, then <paramref name="kills"/> killed-and-finished runs, each in a fresh folder.</summary>
    private static async Task<bool> Trials(string label, int kills, Random random, Func<string, (string[] Args, string Index)> run)
    {
        Console.WriteLine($"== {label}");
        var (cleanArgs, cleanIndex) = run("clean");
        var clock = Stopwatch.StartNew();
        var cleanExit = await RunToEnd(cleanArgs);
        var cleanSeconds = clock.Elapsed.TotalSeconds;
        var reference = Documents(cleanIndex);
        Console.WriteLine($"clean run: exit {cleanExit}, {cleanSeconds:0.0} s, {reference.Count} documents");
        if (cleanExit != 0 || reference.Count == 0) return false;

        var passed = 0;
        var killedMidway = 0;
        for (var k = 1; k <= kills; k++)
        {
            var (args, index) = run("kill-" + k);
            // Anywhere in the clean run's duration (start-up, extraction, commits, the last commit).
            var delay = TimeSpan.FromSeconds(random.NextDouble() * cleanSeconds);
            var (killed, atKill) = await RunAndKill(args, delay, index);
            var check = Directory.Exists(index) ? CheckIndex(index) : "no index yet";
            var finalExit = await RunToEnd(args);
            var final = Documents(index);
            var same = final.Count == reference.Count && final.All(d => reference.TryGetValue(d.Key, out var hash) && hash == d.Value);
            var good = check is "clean" or "no index yet" && finalExit == 0 && same;
            if (good) passed++;
            if (killed) killedMidway++;
            Console.WriteLine($"kill {k,2}: after {delay.TotalSeconds,5:0.0} s {(killed ? "killed" : "had already finished")}, {atKill,3} documents committed; " +
                              $"CheckIndex {check}; final run exit {finalExit}, {final.Count} documents, {(same ? "same ids and hashes as the clean run" : "DIFFERENT from the clean run")}");
        }
        Console.WriteLine($"{passed}/{kills} runs ended with the clean run's documents and an index CheckIndex accepts ({killedMidway} killed mid-run)");
        return passed == kills;
    }

    private static async Task<int> RunToEnd(string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(stdout, stderr);
        if (process.ExitCode != 0) Console.WriteLine($"  exit {process.ExitCode}: {(await stderr).Trim()}");
        return process.ExitCode;
    }

    /// <summary>Starts a run, SIGKILLs it (and its extraction workers) after <paramref name="delay"/>; the documents committed then.</summary>
    private static async Task<(bool Killed, int Committed)> RunAndKill(string[] args, TimeSpan delay, string index)
    {
        using var process = Process.Start(StartInfo(args))!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        var killed = await Task.WhenAny(exited, Task.Delay(delay)) != exited;
        if (killed) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        return (killed, Directory.Exists(index) ? Documents(index).Count : 0);
    }

    private static ProcessStartInfo StartInfo(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(IndexerDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        return info;
    }

    /// <summary>The Indexer built beside this bench (same configuration), found from the repository root.</summary>
    private static string IndexerDll
    {
        get
        {
            var configuration = typeof(DurabilityBench).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
                .Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Search.sln"))) return Path.Combine(dir.FullName, "src", "Indexer", "bin", configuration, "net10.0", "Indexer.dll");
            }
            throw new FileNotFoundException("Search.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Lucene's own verdict: "clean", or what it found.</summary>
    private static string CheckIndex(string index)
    {
        using var dir = Lucene.Net.Store.FSDirectory.Open(index);
        if (!DirectoryReader.IndexExists(dir)) return "no index yet";
        var status = new Lucene.Net.Index.CheckIndex(dir).DoCheckIndex();
        return status.Clean ? "clean" : $"NOT CLEAN ({status.NumBadSegments} bad segments{(status.MissingSegments ? ", segments missing" : "")})";
    }

    /// <summary>Every live document's id and content hash, as the last commit has them.</summary>
    private static Dictionary<string, string> Documents(string index)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var dir = Lucene.Net.Store.FSDirectory.Open(index);
        if (!DirectoryReader.IndexExists(dir)) return result;
        using var reader = DirectoryReader.Open(dir);
        var live = MultiFields.GetLiveDocs(reader);
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            if (live is not null && !live.Get(i)) continue;
            var doc = reader.Document(i);
            result[doc.Get(Schema.Id)] = doc.Get(Schema.ContentHash) ?? "";
        }
        return result;
    }

    private static string WriteConfig(string data, Uri baseUri, int pages)
    {
        var source = CrawlBench.Source(baseUri, pages, recrawlHours: 24);
        var config = new
        {
            allowedAddresses = new[] { "127.0.0.1" },
            sources = new[]
            {
                new
                {
                    id = source.Id, publisher = source.Publisher, startUrls = source.StartUrls, pathPrefixes = source.PathPrefixes,
                    publicationPatterns = source.PublicationPatterns, maxDepth = source.MaxDepth, delaySeconds = source.DelaySeconds,
                    pageBudget = source.PageBudget, recrawlHours = source.RecrawlHours,
                },
            },
        };
        Directory.CreateDirectory(data);
        var path = Path.Combine(data, "sources.json");
        File.WriteAllText(path, JsonSerializer.Serialize(config));
        return path;
    }
}

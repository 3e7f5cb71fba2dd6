using System.CommandLine;
using Search.Core.Indexing;
using Search.Pipeline.Crawling;
using Search.Pipeline.Extraction;
using Search.Pipeline.Ingest;

namespace Search.Indexer.Commands;

/// <summary><c>index &lt;folder&gt; --index &lt;dir&gt;</c>: ingest a folder, with progress and a summary.</summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The folder whose PDF and HTML files are indexed (sidecar <file>.meta.json honoured)." };
        var index = new Option<string>("--index") { Description = "The index folder (created when missing).", HelpName = "dir", Required = true };
        var parallel = new Option<int>("--parallel") { Description = "Files extracted at once.", DefaultValueFactory = _ => Environment.ProcessorCount }.AtLeast(1);
        var commitEvery = new Option<int>("--commit-every") { Description = "Documents between two commits.", DefaultValueFactory = _ => FolderIngester.DefaultCommitEvery }.AtLeast(1);
        var command = new Command("index", "Extracts every PDF and HTML file of a folder and updates the index: unchanged files are skipped, " +
                                           "changed ones replaced, deleted ones removed. Ctrl+C stops after the files in progress and commits.")
        {
            folder, index, parallel, commitEvery,
        };
        var extraction = new ExtractionArguments().AddTo(command);
        command.SetWork((parsed, cancellationToken) =>
        {
            var root = parsed.GetRequiredValue(folder);
            if (!root.Exists)
            {
                Console.Error.WriteLine($"error: folder not found: {root}");
                return 1;
            }
            IngestRuntime.Relaunch(root.FullName);
            using var extractors = extraction.CreateRegistry(parsed);
            var ingester = new FolderIngester(extractors) { Parallelism = parsed.GetValue(parallel), CommitEvery = parsed.GetValue(commitEvery) };
            return Run(ingester, root.FullName, parsed.GetRequiredValue(index), extractors, cancellationToken);
        });
        return command;
    }

    private static int Run(FolderIngester ingester, string folder, string indexPath, ExtractorRegistry extractors, CancellationToken cancellationToken)
    {
        var interactive = !Console.IsErrorRedirected;
        var progress = new InlineProgress<IngestProgress>(p =>
        {
            var line = $"[{p.Done}/{p.Total}] errors: {p.Errors}  {Describe(p.Last)}";
            if (interactive)
            {
                var width = Math.Max(40, SafeWindowWidth() - 1);
                Console.Error.Write("\r" + (line.Length > width ? line[..width] : line.PadRight(width)));
            }
            else Console.Error.WriteLine(line);
        });

        IngestSummary summary;
        int crawled;
        try
        {
            summary = ingester.Ingest(folder, indexPath, progress, cancellationToken);
            // An index beside a crawl store: crawled documents of another pipeline version are extracted again too.
            crawled = Crawler.ReindexFromStore(indexPath, extractors, cancellationToken);
        }
        catch (IndexLockedException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        finally
        {
            if (interactive) Console.Error.WriteLine(); // ends the progress line
        }
        PrintSummary(summary, indexPath);
        if (crawled > 0) Console.WriteLine($"  crawled:    {crawled} crawled document(s) indexed again from the crawl store (of another pipeline version, or not yet committed)");
        return 0;
    }

    private static string Describe(FileReport r) => r.Outcome switch
    {
        FileOutcome.Failed => $"FAILED {r.Path}: {r.Reason}",
        FileOutcome.NoText => $"no text {r.Path}",
        _ => $"{r.Outcome.ToString().ToLowerInvariant()} {r.Path}",
    };

    private static void PrintSummary(IngestSummary s, string indexPath)
    {
        var seconds = Math.Max(s.Elapsed.TotalSeconds, 0.001);
        Console.WriteLine($"Indexed {s.Folder} into {Path.GetFullPath(indexPath)} in {s.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"  files:      {s.Files}");
        Console.WriteLine($"  added:      {s.Count(FileOutcome.Added)}");
        Console.WriteLine($"  updated:    {s.Count(FileOutcome.Updated)}");
        Console.WriteLine($"  unchanged:  {s.Count(FileOutcome.Unchanged)}");
        Console.WriteLine($"  no text:    {s.Count(FileOutcome.NoText)} (indexed with metadata only)");
        Console.WriteLine($"  failed:     {s.Count(FileOutcome.Failed)} (not indexed)");
        Console.WriteLine($"  deleted:    {s.Deleted} (files gone since the last run)");
        if (s.OcrPages > 0) Console.WriteLine($"  ocr:        {s.OcrPages} page(s) read by OCR in {s.Reports.Count(r => r.OcrPages > 0)} file(s)");
        if (s.OcrFailedPages > 0)
            Console.WriteLine($"  ocr failed: {s.OcrFailedPages} page(s) in {s.Reports.Count(r => r.OcrFailedPages > 0)} file(s) not read (over the CPU budget per page, --ocr-timeout, or a tool error; see below)");
        Console.WriteLine($"  throughput: {s.Reports.Count / seconds:0.0} files/s, {s.ExtractedPdfPages / seconds:0.0} PDF pages/s, {s.ExtractedBytes / 1048576.0 / seconds:0.00} MB/s");
        if (IngestRuntime.Description is { } runtime) Console.WriteLine("  runtime:    " + runtime);
        Console.WriteLine("  cpu:        " + CpuLine());
        foreach (var r in s.WithoutText) Console.WriteLine($"  no text: {r.Path}{(r.OcrFailedPages > 0 ? ": " + r.Reason : "")}");
        foreach (var r in s.Reports.Where(r => r.Outcome != FileOutcome.Failed && r.Reason is not null && r.Outcome != FileOutcome.NoText))
            Console.WriteLine($"  warning: {r.Path}: {r.Reason}");
        foreach (var r in s.Failures) Console.WriteLine($"  failed: {r.Path}: {r.Reason}");
    }

    /// <summary>
    /// The process's CPU so far and what the runtime spent of its own: the time compiling methods (the ReadyToRun code's hot
    /// methods compiled again, and those it lacks; elapsed on the compiling threads, summed) and the collector's pauses of
    /// every thread. Costs of the run, not of its files: over 981 generated HTML pages the compilations took 3.8 s of 6.9 s
    /// of CPU, over 9,788 about 4.4 s of 29 s (docs/BENCHMARKS.md, "Thirty-sixth session, lead").
    /// </summary>
    internal static string CpuLine()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime.TotalSeconds;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var compiling = System.Runtime.JitInfo.GetCompilationTime().TotalSeconds;
        var paused = GC.GetTotalPauseDuration().TotalSeconds;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{cpu:0.0} s; compiling {compiled} methods took {compiling:0.0} s, the collector paused the threads {paused:0.0} s");
    }

    private static int SafeWindowWidth()
    {
        try { return Console.WindowWidth; } catch (IOException) { return 100; }
    }
}

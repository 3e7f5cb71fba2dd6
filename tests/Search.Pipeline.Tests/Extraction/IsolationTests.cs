using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Search.Pipeline.Extraction;
using Search.Pipeline.Extraction.Isolation;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>PDF extraction in worker processes: time budget, memory cap, crashes reported, next file goes on.</summary>
[Trait("Category", "Slow")]
public class IsolationTests
{
    private static string Worker => IsolatedPdfExtractor.FindWorker()
        ?? throw new InvalidOperationException("Search.ExtractWorker.dll is not next to the tests");

    private static byte[] GoodPdf() => PdfTestFiles.Build([[(18, "Les apprentis dans les collectivités"), (10, "Les collectivités locales accueillent des apprentis en nombre croissant.")]]);

    [Fact]
    public void WorkerIsNextToTheTestsAndTheDefaultRegistryUsesIt()
    {
        Assert.True(File.Exists(Worker));
        using var registry = new ExtractorRegistry();
        Assert.True(registry.PdfIsolated);
    }

    [SkippableFact]
    public void OnLinuxX64TheWorkerFoundIsTheReadyToRunCopy()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64, "the ReadyToRun worker is built for linux-x64 only");
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, IsolatedPdfExtractor.ReadyToRunFolder, IsolatedPdfExtractor.WorkerFileName), Worker);
        // Compiled ahead of time: the worker, the extraction code and PdfPig carry native code (a ManagedNativeHeader).
        foreach (var assembly in new[] { IsolatedPdfExtractor.WorkerFileName, "Search.Pipeline.dll", "UglyToad.PdfPig.dll" })
        {
            using var pe = new PEReader(File.OpenRead(Path.Combine(Path.GetDirectoryName(Worker)!, assembly)));
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} is not ReadyToRun");
        }
    }

    [Fact]
    public void WorkerGivesTheSameContentAsInProcessExtraction()
    {
        using var dir = new TempDir();
        var path = dir.Write("good.pdf", GoodPdf());
        using var isolated = new IsolatedPdfExtractor(Worker);
        var viaWorker = isolated.Extract(path);
        var inProcess = new PdfExtractor().Extract(path);
        Assert.Equal(inProcess.Pages, viaWorker.Pages);
        Assert.Equal(inProcess.HeadingTitle, viaWorker.HeadingTitle);
        Assert.Contains("apprentis en nombre croissant", viaWorker.Pages[0]);
    }

    [Fact]
    public void AWorkerAboveItsTrimSizeCollectsAfterEachRequestAndAnswersTheSame()
    {
        using var dir = new TempDir();
        var fullCollections = GC.CollectionCount(GC.MaxGeneration);

        // Any resident size is above 0 bytes and no regrowth is asked for: a full collection after every request.
        var trim = new WorkerProtocol.MemoryTrim(aboveBytes: 0, regrowthBytes: 0);
        var (path, answers) = ServeTheSamePdfThrice(dir, trim);

        Assert.Equal(3, trim.Count);
        Assert.True(GC.CollectionCount(GC.MaxGeneration) - fullCollections >= 3, "one full collection per request at least");
        var expected = new PdfExtractor().Extract(path).Pages;
        Assert.All(answers, a => Assert.Equal(expected, a!.Content!.Pages));
    }

    /// <summary>
    /// Once a worker has trimmed, it trims again only when its resident size has grown past what that trim left by more
    /// than the regrowth allowed (a worker's: its first generation's budget): three requests for a small PDF above a line of
    /// 0 bytes trim once, where without the regrowth they trimmed after each one (the knife edge of docs/BENCHMARKS.md, gc29).
    /// </summary>
    [Fact]
    public void AWorkerThatHasTrimmedTrimsAgainOnlyAfterGrowingPastWhatTheTrimLeft()
    {
        using var dir = new TempDir();
        // A regrowth far above anything the test process can reach, whatever other tests run beside this one.
        var trim = new WorkerProtocol.MemoryTrim(aboveBytes: 0, regrowthBytes: 64L << 30);

        var (_, answers) = ServeTheSamePdfThrice(dir, trim);

        Assert.Equal(1, trim.Count);
        Assert.All(answers, a => Assert.Contains("apprentis en nombre croissant", a!.Content!.Pages[0]));
    }

    /// <summary>Three requests for the same small PDF served in this process with <paramref name="trim"/>: the PDF's path and
    /// the three answers (checked to be three, the serving loop's exit code 0).</summary>
    private static (string Path, List<WorkerResponse?> Answers) ServeTheSamePdfThrice(TempDir dir, WorkerProtocol.MemoryTrim trim)
    {
        var path = dir.Write("good.pdf", GoodPdf());
        var request = WorkerProtocol.Serialize(new WorkerRequest(path));
        var input = new StringReader(string.Join('\n', Enumerable.Repeat(request, 3)) + "\n");
        using var output = new MemoryStream();
        Assert.Equal(0, WorkerProtocol.Serve(input, output, new PdfExtractor(), parentPid: null, trim));
        var answers = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(WorkerProtocol.Deserialize).ToList();
        Assert.Equal(3, answers.Count);
        return (path, answers);
    }

    [Fact]
    public async Task CallersBeyondMaxWorkersWaitForAWorkerInsteadOfStartingOne()
    {
        using var dir = new TempDir();
        var paths = Enumerable.Range(0, 6)
            .Select(i => dir.Write($"doc{i}.pdf", PdfTestFiles.Build([[(18, $"Rapport {i}"), (10, $"Les communes du rapport numero {i} accueillent des apprentis.")]])))
            .ToList();
        var started = 0;
        using var isolated = new IsolatedPdfExtractor(Worker) { MaxWorkers = 1, WorkerStarted = _ => Interlocked.Increment(ref started) };
        using var barrier = new Barrier(3);
        var results = new string[paths.Count];
        // Three threads ask for two files each at once: one worker serves them all, in turn.
        var callers = Enumerable.Range(0, 3).Select(t => Task.Factory.StartNew(() =>
        {
            barrier.SignalAndWait();
            for (var k = t; k < paths.Count; k += 3) results[k] = isolated.Extract(paths[k]).Pages[0];
        }, TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(callers);
        Assert.Equal(1, started);
        for (var i = 0; i < paths.Count; i++) Assert.Contains($"rapport numero {i} accueillent", results[i]);
    }

    [Fact]
    public void ParseErrorsInTheWorkerComeBackAsExtractionExceptions()
    {
        using var dir = new TempDir();
        var path = dir.Write("broken.pdf", "%PDF-1.7\n1 0 obj garbage\n"u8.ToArray());
        using var isolated = new IsolatedPdfExtractor(Worker);
        var e = Assert.Throws<ExtractionException>(() => isolated.Extract(path));
        Assert.Contains("broken.pdf", e.Message);
        // The worker survived an ordinary error and is reused.
        Assert.Contains("apprentis", isolated.Extract(dir.Write("good.pdf", GoodPdf())).Pages[0]);
    }

    [Fact]
    public void WorkerKilledMidExtractionIsReportedAndReplaced()
    {
        using var dir = new TempDir();
        var hostile = dir.Write("huge.pdf", HostilePdfs.HugeContentStream());
        var good = dir.Write("good.pdf", GoodPdf());
        var started = new List<int>();
        using var isolated = new IsolatedPdfExtractor(Worker)
        {
            Timeout = TimeSpan.FromSeconds(60),
            // The first worker is killed from outside (like the kernel's OOM killer would) while it works.
            WorkerStarted = pid =>
            {
                lock (started) started.Add(pid);
                if (started.Count == 1)
                    _ = Task.Delay(800).ContinueWith(_ => { try { Process.GetProcessById(pid).Kill(); } catch (ArgumentException) { } });
            },
        };
        var e = Assert.Throws<ExtractionException>(() => isolated.Extract(hostile));
        Assert.Contains("worker died", e.Message);
        Assert.Contains("signal 9", e.Message);
        Assert.Contains("huge.pdf", e.Message);
        Assert.Contains("apprentis", isolated.Extract(good).Pages[0]);
        Assert.Equal(2, started.Count);
    }

    [Fact]
    public void APrestartedWorkerServesTheFirstFile()
    {
        using var dir = new TempDir();
        var path = dir.Write("good.pdf", GoodPdf());
        var started = 0;
        using var isolated = new IsolatedPdfExtractor(Worker) { WorkerStarted = _ => Interlocked.Increment(ref started) };
        isolated.Prestart();
        Assert.Equal(1, started);
        isolated.Prestart(); // one is idle already: none more
        Assert.Equal(1, started);
        Assert.Contains("apprentis en nombre croissant", isolated.Extract(path).Pages[0]);
        Assert.Equal(1, started);
    }

    /// <summary>
    /// A worker runs with a first GC generation of <see cref="IsolatedPdfExtractor.WorkerGen0Bytes"/> (DOTNET_GCgen0size, which
    /// the runtime reads from the environment only), whatever the parent's environment says, and answers as before.
    /// </summary>
    [SkippableFact]
    public void AWorkerRunsWithItsOwnFirstGenerationBudget()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "reads the worker's environment from /proc");
        WithOneWorker(pid =>
        {
            var environment = EnvironmentOf(pid);
            Assert.Equal("DOTNET_GCgen0size=0x8000000", Assert.Single(environment, v => v.StartsWith("DOTNET_GCgen0size=", StringComparison.Ordinal)));
        });
        Assert.Equal(128L * 1024 * 1024, IsolatedPdfExtractor.WorkerGen0Bytes);
    }

    /// <summary>Starts one worker, has it extract a good PDF, and hands its process id to <paramref name="inspect"/> while it runs.</summary>
    private static void WithOneWorker(Action<int> inspect)
    {
        using var dir = new TempDir();
        var path = dir.Write("good.pdf", GoodPdf());
        var pids = new List<int>();
        using var isolated = new IsolatedPdfExtractor(Worker) { WorkerStarted = pid => { lock (pids) pids.Add(pid); } };
        Assert.Contains("apprentis en nombre croissant", isolated.Extract(path).Pages[0]);
        inspect(Assert.Single(pids));
    }

    private static string[] EnvironmentOf(int pid) => File.ReadAllText($"/proc/{pid}/environ").Split('\0');

    /// <summary>
    /// A worker runs the runtime's segments collector (<c>DOTNET_GCName</c>) when the runtime's folder has it: the library is
    /// mapped in the worker, which answers as before; the memory cap still holds (<see cref="PdfOverTheMemoryCapIsStoppedAndReported"/>).
    /// </summary>
    [SkippableFact]
    public void AWorkerRunsTheSegmentsCollectorWhenTheRuntimeHasIt()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "reads the worker's mapped libraries from /proc");
        Skip.If(IsolatedPdfExtractor.WorkerCollector is null, "this runtime has no segments collector (libclrgc.so)");
        Assert.Equal("libclrgc.so", IsolatedPdfExtractor.WorkerCollector);
        WithOneWorker(pid =>
        {
            Assert.Contains("DOTNET_GCName=libclrgc.so", EnvironmentOf(pid));
            Assert.Contains(File.ReadLines($"/proc/{pid}/maps"), line => line.EndsWith("/libclrgc.so", StringComparison.Ordinal));
        });
    }

    /// <summary>
    /// The worker's tiering is its own: an Indexer relaunched without tiered recompilation for a short ingest
    /// (<c>DOTNET_TieredCompilation=0</c> in its environment) does not pass the switch on to the worker, whose long
    /// extractions need their optimised code.
    /// </summary>
    [SkippableFact]
    public void AWorkerDoesNotInheritTheIndexersTieringSwitch()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "reads the worker's environment from /proc");
        var before = Environment.GetEnvironmentVariable("DOTNET_TieredCompilation");
        Environment.SetEnvironmentVariable("DOTNET_TieredCompilation", "0");
        try
        {
            WithOneWorker(pid =>
            {
                var environment = EnvironmentOf(pid);
                Assert.DoesNotContain(environment, v => v.StartsWith("DOTNET_TieredCompilation=", StringComparison.Ordinal));
                Assert.Contains("DOTNET_TC_CallCountingDelayMs=0", environment); // the worker's own settings are there
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOTNET_TieredCompilation", before);
        }
    }

    /// <summary>
    /// Into a fresh index the folder ingest starts the PDF worker before it opens the index (so the worker's start-up
    /// overlaps the ingest's own); a re-ingest with nothing new starts none; a new PDF gets one.
    /// </summary>
    [Fact]
    public void TheFolderIngestStartsTheWorkerBeforeOpeningAFreshIndexAndNoneWhenNoPdfIsNew()
    {
        using var dir = new TempDir();
        var corpus = System.IO.Path.Combine(dir.Path, "corpus");
        var index = System.IO.Path.Combine(dir.Path, "index");
        Directory.CreateDirectory(corpus);
        File.WriteAllBytes(System.IO.Path.Combine(corpus, "a.pdf"), GoodPdf());
        File.WriteAllText(System.IO.Path.Combine(corpus, "b.html"), "<html lang=\"fr\"><head><title>Les apprentis</title></head><body><p>Les communes accueillent des apprentis.</p></body></html>");

        Search.Pipeline.Ingest.IngestSummary Ingest(List<bool> indexExistedAtStart)
        {
            var isolated = new IsolatedPdfExtractor(Worker) { WorkerStarted = _ => indexExistedAtStart.Add(Directory.Exists(index)) };
            using var registry = new ExtractorRegistry([isolated, new HtmlExtractor()]);
            return new Search.Pipeline.Ingest.FolderIngester(registry).Ingest(corpus, index);
        }

        var first = new List<bool>();
        var summary = Ingest(first);
        Assert.Equal(2, summary.Reports.Count);
        Assert.Empty(summary.Failures);
        Assert.Contains(summary.Reports, r => r.Path == "a.pdf" && r.Outcome == Search.Pipeline.Ingest.FileOutcome.Added);
        Assert.Equal([false], first); // one worker, started before the index was created

        var unchanged = new List<bool>();
        Assert.Equal(2, Ingest(unchanged).Count(Search.Pipeline.Ingest.FileOutcome.Unchanged));
        Assert.Empty(unchanged);

        File.WriteAllBytes(System.IO.Path.Combine(corpus, "c.pdf"), PdfTestFiles.Build([[(18, "Rapport"), (10, "Les communes du rapport accueillent des apprentis.")]]));
        var added = new List<bool>();
        summary = Ingest(added);
        Assert.Equal(2, summary.Count(Search.Pipeline.Ingest.FileOutcome.Unchanged));
        Assert.Contains(summary.Reports, r => r.Path == "c.pdf" && r.Outcome == Search.Pipeline.Ingest.FileOutcome.Added);
        Assert.Equal([true], added);
    }

    [Fact]
    public void IngestGoesOnWhenOnePdfIsKilled()
    {
        using var dir = new TempDir();
        var corpus = System.IO.Path.Combine(dir.Path, "corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllBytes(System.IO.Path.Combine(corpus, "a-good.pdf"), GoodPdf());
        File.WriteAllBytes(System.IO.Path.Combine(corpus, "b-huge.pdf"), HostilePdfs.HugeContentStream());
        File.WriteAllBytes(System.IO.Path.Combine(corpus, "c-good.pdf"), GoodPdf());
        // One thread; the work order puts the largest PDF first (b-huge), so the worker is warmed beforehand and b-huge
        // gets no warm-up allowance: it overruns the CPU budget of 2 s and is killed before it reaches the 1.5 GB heap cap
        // (with a 90 s allowance, it reached the cap first), then a-good and c-good go to a fresh worker.
        var isolated = new IsolatedPdfExtractor(Worker) { Timeout = TimeSpan.FromSeconds(2), WarmUpAllowance = TimeSpan.FromSeconds(90) };
        using var registry = new ExtractorRegistry([isolated, new HtmlExtractor()]);
        var warm = System.IO.Path.Combine(dir.Path, "warm.pdf");
        File.WriteAllBytes(warm, GoodPdf());
        Assert.Contains("apprentis", isolated.Extract(warm).Pages[0]);
        var summary = new Search.Pipeline.Ingest.FolderIngester(registry) { Parallelism = 1 }
            .Ingest(corpus, System.IO.Path.Combine(dir.Path, "index"));
        var failed = Assert.Single(summary.Reports, r => r.Outcome == Search.Pipeline.Ingest.FileOutcome.Failed);
        Assert.Equal("b-huge.pdf", failed.Path);
        Assert.Contains("longer than 2 s of CPU", failed.Reason);
        Assert.Contains(summary.Reports, r => r.Path == "a-good.pdf" && r.Outcome == Search.Pipeline.Ingest.FileOutcome.Added);
        Assert.Contains(summary.Reports, r => r.Path == "c-good.pdf" && r.Outcome == Search.Pipeline.Ingest.FileOutcome.Added);
    }

    [Fact]
    public void PdfOverTheTimeBudgetIsKilledAndReported()
    {
        using var dir = new TempDir();
        var hostile = dir.Write("huge.pdf", HostilePdfs.HugeContentStream());
        var good = dir.Write("good.pdf", GoodPdf());
        using var isolated = new IsolatedPdfExtractor(Worker) { Timeout = TimeSpan.FromSeconds(2) };
        Assert.Contains("apprentis", isolated.Extract(good).Pages[0]); // a warm worker: no warm-up allowance for the next file
        var e = Assert.Throws<ExtractionException>(() => isolated.Extract(hostile));
        Assert.Contains("longer than 2 s of CPU", e.Message); // killed for its CPU budget
        Assert.Contains("huge.pdf", e.Message);
        // The next file goes to a fresh worker (its first file gets the warm-up allowance).
        Assert.Contains("apprentis", isolated.Extract(good).Pages[0]);
    }

    [Fact]
    public void AWorkerPastTheWallClockLimitIsKilledAsHungAndTheNextFileGoesOn()
    {
        using var dir = new TempDir();
        var hostile = dir.Write("huge.pdf", HostilePdfs.HugeContentStream());
        var good = dir.Write("good.pdf", GoodPdf());
        // A CPU budget it cannot reach in time: only the wall-clock limit (for a worker that hangs) can stop it.
        using var isolated = new IsolatedPdfExtractor(Worker) { Timeout = TimeSpan.FromMinutes(30), WallLimit = TimeSpan.FromSeconds(1) };
        var e = Assert.Throws<ExtractionException>(() => isolated.Extract(hostile));
        Assert.Contains("no answer within 1 s of wall-clock time", e.Message);
        Assert.Contains("huge.pdf", e.Message);
        isolated.WallLimit = TimeSpan.FromMinutes(15);
        Assert.Contains("apprentis", isolated.Extract(good).Pages[0]);
    }

    [Fact]
    public void PdfOverTheMemoryCapIsStoppedAndReported()
    {
        using var dir = new TempDir();
        var hostile = dir.Write("huge.pdf", HostilePdfs.HugeContentStream());
        var good = dir.Write("good.pdf", GoodPdf());
        using var isolated = new IsolatedPdfExtractor(Worker) { Timeout = TimeSpan.FromSeconds(60), MemoryLimitBytes = 256L * 1024 * 1024 };
        var e = Assert.Throws<ExtractionException>(() => isolated.Extract(hostile));
        Assert.Contains("memory cap of 256 MB", e.Message);
        Assert.Contains("apprentis", isolated.Extract(good).Pages[0]);
    }

    /// <summary>Deep nesting, a self-drawing form and a decompression bomb: each comes back (text or a clean error) and the worker lives on.</summary>
    [Fact]
    public void NestingRecursionAndInflationBombsComeBackCleanly()
    {
        using var dir = new TempDir();
        var started = 0;
        using var counting = new IsolatedPdfExtractor(Worker) { Timeout = TimeSpan.FromSeconds(60), WorkerStarted = _ => started++ };
        foreach (var (name, bytes) in new[]
                 {
                     ("nested.pdf", HostilePdfs.DeeplyNested()),
                     ("form.pdf", HostilePdfs.SelfDrawingForm()),
                     ("tj.pdf", HostilePdfs.NestedContentArray()),
                     ("bomb.pdf", HostilePdfs.InflationBomb()),
                 })
        {
            var path = dir.Write(name, bytes);
            try
            {
                var content = counting.Extract(path);
                Assert.Single(content.Pages);
            }
            catch (ExtractionException e)
            {
                Assert.Contains(name, e.Message);
            }
        }
        Assert.Equal(1, started); // none of them killed the worker
        Assert.Contains("Bonjour encore", counting.Extract(dir.Write("form2.pdf", HostilePdfs.SelfDrawingForm())).Pages[0]);
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Search.Pipeline.Extraction.Ocr;

namespace Search.Pipeline.Extraction.Isolation;

/// <summary>
/// Extracts PDFs in worker processes (src/Search.ExtractWorker) with a time budget per file and a cap
/// on the worker's managed heap (DOTNET_GCHeapHardLimit). A worker that overruns the budget is killed;
/// one that crashes (stack overflow, native fault) or hits the cap is replaced. Either way the file is
/// reported as an <see cref="ExtractionException"/> with the reason, and the next file goes on with a
/// fresh worker. At most <see cref="MaxWorkers"/> files are extracted at once (further callers wait); idle workers
/// are kept for reuse and end when their stdin closes, when this object is disposed, or when the parent process dies.
/// </summary>
public sealed class IsolatedPdfExtractor : IContentExtractor, IDisposable
{
    /// <summary>File name of the worker assembly, copied next to the programs that extract PDFs.</summary>
    public const string WorkerFileName = "Search.ExtractWorker.dll";

    /// <summary>Environment variable that can point at the worker assembly explicitly.</summary>
    public const string WorkerPathVariable = "SEARCH_EXTRACT_WORKER";

    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private readonly PdfExtractor _sniffer = new();
    private int _disposed;

    public IsolatedPdfExtractor(string workerPath)
    {
        if (!File.Exists(workerPath)) throw new FileNotFoundException($"Extraction worker not found: {workerPath}", workerPath);
        WorkerPath = Path.GetFullPath(workerPath);
    }

    /// <summary>Path of Search.ExtractWorker.dll.</summary>
    public string WorkerPath { get; }

    /// <summary>
    /// CPU-time budget for one file: the worker's CPU (all its threads) from the request to the answer; the worker is
    /// killed past it. CPU, not wall-clock time: on a loaded machine a large PDF's wall time grows with the other
    /// processes' share of the cores, its CPU does not, so a busy machine never costs a document.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Wall-clock limit for one file, for a worker that hangs without using its CPU budget (blocked, deadlocked);
    /// generous, since on a loaded machine wall time is many times the CPU time.
    /// </summary>
    public TimeSpan WallLimit { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Cap on the worker's managed heap, in bytes (DOTNET_GCHeapHardLimit).</summary>
    public long MemoryLimitBytes { get; init; } = 1536L * 1024 * 1024;

    /// <summary>
    /// Extra time for the first file of a fresh worker, which pays the JIT of the extraction code (seconds on a
    /// loaded machine): not the file's fault.
    /// </summary>
    public TimeSpan WarmUpAllowance { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The worker's first-generation budget (DOTNET_GCgen0size), 128 MB.</summary>
    public const long WorkerGen0Bytes = 128L * 1024 * 1024;

    /// <summary>
    /// The garbage collector the worker runs (DOTNET_GCName): the runtime's segments collector (<c>libclrgc.so</c>, shipped
    /// beside the default one in the runtime's folder), when the runtime has it; else null and the worker runs the default
    /// (regions) collector. See <see cref="WorkerProcess.Start"/>.
    /// </summary>
    public static string? WorkerCollector { get; } = FindSegmentsCollector();

    private static string? FindSegmentsCollector()
    {
        var name = OperatingSystem.IsWindows() ? "clrgc.dll" : OperatingSystem.IsMacOS() ? "libclrgc.dylib" : "libclrgc.so";
        try
        {
            return File.Exists(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), name)) ? name : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Called with the process id of every worker started (diagnostics, tests).</summary>
    public Action<int>? WorkerStarted { get; init; }

    /// <summary>How many idle workers are kept for reuse.</summary>
    public int MaxIdleWorkers { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>
    /// How many files are extracted at once, each by its own worker; a caller beyond them waits for a worker to be free.
    /// A worker already keeps two cores busy on one PDF (its pages are parsed on one thread while the layout of the
    /// previous ones runs on the others), and every worker pays its own start-up, word list and re-compilation of the hot
    /// methods; so by default one worker per two cores, one on a 2-core machine.
    /// </summary>
    public int MaxWorkers { get; init; } = DefaultMaxWorkers;

    /// <summary>One worker per two cores, at least one.</summary>
    public static int DefaultMaxWorkers => Math.Max(1, Environment.ProcessorCount / 2);

    private SemaphoreSlim? _slots;

    /// <summary>The free places among <see cref="MaxWorkers"/> (created on first use: MaxWorkers is set after the constructor).</summary>
    private SemaphoreSlim Slots
    {
        get
        {
            if (_slots is { } slots) return slots;
            var created = new SemaphoreSlim(Math.Max(1, MaxWorkers));
            return Interlocked.CompareExchange(ref _slots, created, null) ?? created;
        }
    }

    /// <summary>Folder beside the program that holds the worker compiled ahead of time (ReadyToRun), with its dependencies.</summary>
    public const string ReadyToRunFolder = "extract-worker";

    /// <summary>
    /// The worker assembly named by SEARCH_EXTRACT_WORKER, else its ReadyToRun copy in <see cref="ReadyToRunFolder"/>, else the
    /// plain one next to this program; null when there is none.
    /// </summary>
    public static string? FindWorker()
    {
        var env = Environment.GetEnvironmentVariable(WorkerPathVariable);
        if (!string.IsNullOrWhiteSpace(env)) return File.Exists(env) ? Path.GetFullPath(env) : null;
        return new[] { Path.Combine(AppContext.BaseDirectory, ReadyToRunFolder, WorkerFileName), Path.Combine(AppContext.BaseDirectory, WorkerFileName) }
            .FirstOrDefault(w => File.Exists(w) && File.Exists(Path.ChangeExtension(w, ".runtimeconfig.json")));
    }

    public bool CanExtract(string path) => _sniffer.CanExtract(path);

    /// <summary>
    /// Starts a worker now and keeps it idle for the next file, unless one is idle already: a caller that knows PDFs are
    /// coming (the folder ingest, once it has listed its files) overlaps the worker's start-up (the runtime, its word
    /// list) with its own instead of paying it in front of its first PDF. A worker that cannot start is left to the
    /// first file to report. Its first file still gets <see cref="WarmUpAllowance"/>.
    /// </summary>
    public void Prestart()
    {
        if (_disposed != 0 || !_idle.IsEmpty) return;
        WorkerProcess worker;
        try
        {
            worker = WorkerProcess.Start(this);
        }
        catch (Exception e) when (e is ExtractionException or System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return;
        }
        if (_disposed == 0 && _idle.Count < MaxIdleWorkers) _idle.Add(worker);
        else worker.Dispose();
        if (_disposed != 0 && _idle.TryTake(out var late)) late.Dispose(); // disposed meanwhile
    }

    public ExtractedContent Extract(string path, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var name = Path.GetFileName(path);
        // Cheap checks in-process, so the common errors need no worker round trip.
        if (!File.Exists(path)) throw new ExtractionException($"File not found: {path}");
        if (new FileInfo(path).Length == 0) throw new ExtractionException($"Empty file, not a PDF: {name}");
        if (!PdfExtractor.HasPdfMagic(path)) throw new ExtractionException($"Not a PDF (no %PDF- header): {name}");

        var slots = Slots;
        slots.Wait(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed != 0, this);
            return ExtractInWorker(path, name, cancellationToken);
        }
        finally
        {
            slots.Release();
        }
    }

    private ExtractedContent ExtractInWorker(string path, string name, CancellationToken cancellationToken)
    {
        var worker = _idle.TryTake(out var w) && w.IsAlive ? w : WorkerProcess.Start(this);
        var clock = Stopwatch.StartNew(); // the budget is the file's: a worker's start-up is not counted
        var keep = false;
        try
        {
            var budget = worker.Served == 0 ? Timeout + WarmUpAllowance : Timeout;
            var line = worker.Call(WorkerProtocol.Serialize(new WorkerRequest(Path.GetFullPath(path))), budget, WallLimit - clock.Elapsed, cancellationToken);
            if (line is null)
            {
                var reason = worker.DescribeExit(MemoryLimitBytes);
                throw new ExtractionException($"PDF extraction worker died ({reason}); file skipped: {name}");
            }
            var response = WorkerProtocol.Deserialize(line)
                ?? throw new ExtractionException($"PDF extraction worker sent an empty answer: {name}");
            keep = true;
            if (response.Error is { } error)
            {
                if (error == "memory cap exceeded")
                {
                    keep = false;
                    throw new ExtractionException($"PDF extraction exceeded the memory cap of {MemoryLimitBytes / (1024 * 1024)} MB and was stopped: {name}");
                }
                throw new ExtractionException(error);
            }
            return response.Content ?? throw new ExtractionException($"PDF extraction worker sent no content: {name}");
        }
        catch (TimeoutException e)
        {
            throw new ExtractionException(e.Message == WorkerProcess.WallLimitReached
                ? $"PDF extraction gave no answer within {WallLimit.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s of wall-clock time (a hung worker) and was stopped: {name}"
                : $"PDF extraction took longer than {Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s of CPU and was stopped: {name}");
        }
        catch (IOException e)
        {
            throw new ExtractionException($"PDF extraction worker failed ({worker.DescribeExit(MemoryLimitBytes)}; {e.Message}): {name}", e);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ExtractionException($"PDF extraction worker sent an unreadable answer ({e.Message}): {name}", e);
        }
        finally
        {
            if (keep && _disposed == 0 && worker.IsAlive && _idle.Count < MaxIdleWorkers) _idle.Add(worker);
            else worker.Dispose();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        while (_idle.TryTake(out var w)) w.Dispose();
    }

    /// <summary>One worker process and its pipes.</summary>
    private sealed class WorkerProcess : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _stderr = new();
        private Task<string?>? _pendingRead;

        /// <summary>Requests answered so far.</summary>
        public int Served { get; private set; }

        private WorkerProcess(Process process)
        {
            _process = process;
        }

        public bool IsAlive
        {
            get
            {
                try { return !_process.HasExited && _pendingRead is null; }
                catch (InvalidOperationException) { return false; }
            }
        }

        public static WorkerProcess Start(IsolatedPdfExtractor owner)
        {
            var info = new ProcessStartInfo(DotnetHost())
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = new UTF8Encoding(false),
                StandardInputEncoding = new UTF8Encoding(false),
            };
            info.ArgumentList.Add("exec");
            info.ArgumentList.Add(owner.WorkerPath);
            info.ArgumentList.Add("--parent");
            info.ArgumentList.Add(Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + owner.MemoryLimitBytes.ToString("X", CultureInfo.InvariantCulture);
            info.Environment["DOTNET_gcServer"] = "0";
            // Hot methods are recompiled (tier 1) as soon as they have been called 30 times, not after the default 100 ms
            // of wall time without a new method being compiled: a worker meets new methods all through its first files, so
            // the delay kept restarting and the extraction ran in the precompiled (ReadyToRun) code much longer; the
            // longer the busier the machine, since the delay is wall time. An environment variable only: the runtime
            // reads this knob from nothing else (docs/BENCHMARKS.md, perfq15). Same output.
            info.Environment["DOTNET_TC_CallCountingDelayMs"] = "0";
            // The first generation's budget: 128 MB, not what the runtime derives from the CPU cache the machine reports (a
            // few MB on a machine that reports none, docs/BENCHMARKS.md perf22b). A worker allocates about 6 MB per page
            // (PdfPig's letters, paths and decoded streams, the layout's trees) that die with the page: with the larger
            // budget half as many of them are promoted by a young collection (gen-1 collections over the 39 real PDFs 14-22
            // instead of 27-34); on a loaded machine the worker's CPU fell to about 0.93 of its CPU without it, on a quieter one no
            // change was measured (docs/BENCHMARKS.md, pdf26 and the lead's sets after it). Read from the environment only
            // (perf22b). Same output. 128 MB since pdf30, with the segments collector and a trim that does not fire again on the
            // first generation refilling (WorkerProtocol.MemoryTrim): about 0.87 of the worker's CPU over the real corpus's
            // PDFs (gen-1 collections 10-13 -> 4-5, minor faults 130,000-230,000 -> 104,000-116,000), the small-PDF worker's peak
            // resident size within 10 % of 64 MB's (docs/BENCHMARKS.md, pdf30).
            info.Environment["DOTNET_GCgen0size"] = "0x" + WorkerGen0Bytes.ToString("X", CultureInfo.InvariantCulture);
            // The segments collector, not the default regions one: under the heap cap the regions collector gives its emptied
            // first-generation regions back to the system after a collection and takes fresh ones for the next 64 MB, so the
            // worker's 3.4 GB of short-lived allocations over the real corpus's PDFs page-faulted about 250,000 times and
            // zeroed each page twice (the kernel, then the collector): a quarter of the worker's samples on the long lists
            // were memset and page faults. The segments collector reuses its ephemeral segment in place: 124,000-192,000
            // faults and about 0.90 of the worker's CPU, same answers, same cap (docs/BENCHMARKS.md, idx29). Only when the
            // runtime's folder has it (a missing collector would stop the worker from starting).
            if (WorkerCollector is { } collector) info.Environment["DOTNET_GCName"] = collector;
            info.Environment["DOTNET_DbgEnableMiniDump"] = "0";
            // The worker's tiering is its own (its runtimeconfig: tiered, without the profile-guided tier), whatever the
            // Indexer runs with: a short ingest runs the Indexer without tiered recompilation (Indexer's IngestRuntime), which
            // would cost the worker's long extractions about a quarter more CPU (docs/BENCHMARKS.md, "Thirty-first session, lead").
            info.Environment.Remove("DOTNET_TieredCompilation");
            var process = Process.Start(info) ?? throw new ExtractionException("Cannot start the PDF extraction worker");
            var worker = new WorkerProcess(process);
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null) return;
                lock (worker._stderr)
                {
                    if (worker._stderr.Length < 8192) worker._stderr.AppendLine(e.Data);
                }
            };
            process.BeginErrorReadLine();
            owner.WorkerStarted?.Invoke(process.Id);
            return worker;
        }

        /// <summary>The message of the <see cref="TimeoutException"/> thrown when the wall-clock limit, not the CPU budget, ran out.</summary>
        public const string WallLimitReached = "wall-clock limit";

        /// <summary>
        /// Sends a request and waits for its answer line; null when the worker exits first. Past <paramref name="cpuBudget"/>
        /// of the worker's CPU time (sampled every 50 ms) or <paramref name="wallLimit"/>, the worker is killed and a
        /// <see cref="TimeoutException"/> thrown (its message <see cref="WallLimitReached"/> for the wall-clock limit).
        /// </summary>
        public string? Call(string request, TimeSpan cpuBudget, TimeSpan wallLimit, CancellationToken ct)
        {
            var cpuAtStart = ChildProcess.CpuOf(_process) ?? TimeSpan.Zero;
            var clock = Stopwatch.StartNew();
            _process.StandardInput.WriteLine(request);
            _process.StandardInput.Flush();
            _pendingRead = _process.StandardOutput.ReadLineAsync(ct).AsTask();
            try
            {
                while (!_pendingRead.IsCompleted)
                {
                    Task.WhenAny(_pendingRead, Task.Delay(50, ct)).GetAwaiter().GetResult();
                    ct.ThrowIfCancellationRequested();
                    if (_pendingRead.IsCompleted) break;
                    // (A worker gone meanwhile has no CPU left to read: its answer, or its death, ends the wait.)
                    if ((ChildProcess.CpuOf(_process) ?? cpuAtStart) - cpuAtStart > cpuBudget) throw new TimeoutException();
                    if (clock.Elapsed > wallLimit) throw new TimeoutException(WallLimitReached);
                }
                var line = _pendingRead.GetAwaiter().GetResult();
                _pendingRead = null;
                Served++;
                return line;
            }
            catch (TimeoutException)
            {
                Kill();
                throw;
            }
            catch (OperationCanceledException)
            {
                Kill();
                throw;
            }
        }

        /// <summary>Why the worker is gone, in words: stack overflow, memory cap, signal, exit code.</summary>
        public string DescribeExit(long memoryLimit)
        {
            try
            {
                if (!_process.WaitForExit(5000)) return "no answer";
                _process.WaitForExit(); // drains the stderr reader
            }
            catch (InvalidOperationException) { return "not started"; }
            string err;
            lock (_stderr) err = _stderr.ToString();
            var code = _process.ExitCode;
            if (err.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)) return "stack overflow";
            if (code == WorkerProtocol.OutOfMemoryExitCode || err.Contains("OutOfMemory", StringComparison.Ordinal)
                || err.Contains("Out of memory", StringComparison.OrdinalIgnoreCase))
                return $"memory cap of {memoryLimit / (1024 * 1024)} MB exceeded";
            var firstLine = err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            var signal = code > 128 && RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? $", signal {code - 128}" : "";
            return $"exit code {code}{signal}" + (firstLine is null ? "" : $": {Truncate(firstLine, 200)}");
        }

        private static string Truncate(string s, int n) => s.Length <= n ? s : s[..n] + "…";

        private void Kill()
        {
            try
            {
                if (!_process.HasExited) _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
            catch (InvalidOperationException) { }
            catch (System.ComponentModel.Win32Exception) { }
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    try { _process.StandardInput.Close(); } catch (IOException) { }
                    if (!_process.WaitForExit(2000)) Kill();
                }
            }
            catch (InvalidOperationException) { }
            _process.Dispose();
        }

        /// <summary>The dotnet host that runs this process (to run the worker with the same runtime).</summary>
        private static string DotnetHost()
        {
            var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk)) return fromSdk;
            var self = Environment.ProcessPath;
            var exe = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
            if (self is not null && string.Equals(Path.GetFileName(self), exe, StringComparison.OrdinalIgnoreCase)) return self;
            // <root>/shared/Microsoft.NETCore.App/<version>/ -> <root>/dotnet
            var runtimeDir = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
            var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(runtimeDir)));
            if (root is not null && File.Exists(Path.Combine(root, exe))) return Path.Combine(root, exe);
            var dotnetRoot = Environment.GetEnvironmentVariable("DOTNET_ROOT");
            if (!string.IsNullOrEmpty(dotnetRoot) && File.Exists(Path.Combine(dotnetRoot, exe))) return Path.Combine(dotnetRoot, exe);
            return exe; // from PATH
        }
    }
}

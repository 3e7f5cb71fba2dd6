using System.Text.Json;
using System.Text.Json.Serialization;

namespace Search.Bench.Scale;

/// <summary>The figures of one <c>Bench scale</c> run, as written to <c>&lt;work&gt;/scale-&lt;N&gt;-&lt;label&gt;.json</c>; a phase not run is null.</summary>
public sealed class ScaleResult
{
    public string Label { get; set; } = "";
    public string Date { get; set; } = "";
    public string? Commit { get; set; }
    public int Docs { get; set; }
    public int Seed { get; set; }
    public int Cores { get; set; }
    public int Queries { get; set; }
    public int Passes { get; set; }
    public double ThroughputSeconds { get; set; }
    public string Phases { get; set; } = "";
    public string? LoadStart { get; set; }
    public string? LoadEnd { get; set; }
    public string? IndexerDll { get; set; }
    public string? HostDll { get; set; }
    public long? IndexBytes { get; set; }
    public int? IndexFiles { get; set; }
    public CorpusFigures? Corpus { get; set; }
    public IngestFigures? Ingest { get; set; }
    public InProcessFigures? InProcess { get; set; }
    public HttpFigures? Http { get; set; }
    public ThroughputFigures? Throughput { get; set; }
    public Fts5Figures? Fts5 { get; set; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));

    public static ScaleResult Load(string path) =>
        JsonSerializer.Deserialize<ScaleResult>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"empty result file: {path}");
}

/// <summary>The generated corpus; <see cref="Fingerprint"/> hashes a few generated documents, so a corpus written by another version of the generator is not reused.</summary>
public sealed record CorpusFigures(string Folder, int Docs, int Seed, long Bytes, double GenerateSeconds, int Html, int Pdf, string? Fingerprint);

/// <summary>One run of <c>Indexer index</c> as a child process.</summary>
public sealed record IngestRun(
    double WallSeconds,
    double DocsPerSecond,
    double? ReportedSeconds,
    long PeakRssBytes,
    long PeakTreeRssBytes,
    long PeakWorkerRssBytes,
    int Workers,
    IReadOnlyDictionary<string, int> Outcomes);

public sealed record IngestFigures(IngestRun First, IngestRun? Unchanged);

public sealed record InProcessFigures(int Documents, Latency Top10, Latency Home, Latency HomeFresh, double HitFraction, double AnyHitFraction);

/// <param name="HostCpuMsPerQuery">The host's CPU time (user + system) over the timed passes, per query: steadier than the
/// latencies on a loaded machine (0 in the results of older runs).</param>
/// <param name="RssAfterWarmUpBytes">The host's RSS after the warm-up pass (0 in older runs).</param>
/// <param name="RssAfterPassBytes">The host's RSS after each timed pass: steady when nothing grows per query (null in older runs).</param>
/// <param name="HostJitCpuMsPerQuery">Of <paramref name="HostCpuMsPerQuery"/>, the CPU of the runtime's background JIT thread (tier-1
/// recompilation of hot methods: work of a young process, not of a query; 0 in older runs).</param>
/// <param name="WarmUpPasses">Passes over the queries before the timed ones (<c>--warmup</c>; 1 in older runs).</param>
public sealed record HttpFigures(double StartSeconds, Latency Top10, Latency Home, double HitFraction, long RssReadyBytes, long RssAfterBytes,
    double HostCpuMsPerQuery = 0, long RssAfterWarmUpBytes = 0, IReadOnlyList<long>? RssAfterPassBytes = null, double HostJitCpuMsPerQuery = 0,
    int WarmUpPasses = 1, Latency? Fts5Interleaved = null, Latency? FirstPass = null, double FirstPassHostCpuMsPerQuery = 0,
    double FirstPassHostJitCpuMsPerQuery = 0);

/// <param name="RssAfterParts">What the resident set after the runs is made of (null in results written before it was read).</param>
public sealed record ThroughputFigures(IReadOnlyList<ThroughputRun> Runs, long RssReadyBytes, long RssAfterBytes, long HwmAfterBytes, ResidentParts? RssAfterParts = null);

/// <summary>A process's resident set by kind, in bytes (/proc/&lt;pid&gt;/status): anonymous memory (the managed heap, the
/// runtime's and native libraries' allocations), file-backed pages (the program's assemblies and libraries, a searcher's mapped
/// index files) and shared memory (on Linux, the code the JIT compiled, mapped twice).</summary>
public readonly record struct ResidentParts(long AnonymousBytes, long FileBytes, long SharedBytes);

using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Search.Pipeline.Extraction.Isolation;

/// <summary>One extraction request: a line of JSON on the worker's stdin.</summary>
public sealed record WorkerRequest(string Path);

/// <summary>
/// One answer: a line of JSON on the worker's stdout. Exactly one of <see cref="Content"/> and
/// <see cref="Error"/> is set.
/// </summary>
public sealed record WorkerResponse(ExtractedContent? Content, string? Error);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(WorkerResponse))]
internal sealed partial class WorkerJson : JsonSerializerContext;

/// <summary>
/// The loop run by the extraction worker process (src/Search.ExtractWorker): one JSON request per line
/// on stdin, one JSON response per line on stdout, until stdin closes. Anything else the process might
/// print goes to stderr, so stdout carries the protocol only.
/// </summary>
public static class WorkerProtocol
{
    /// <summary>Exit code when the managed heap cap (DOTNET_GCHeapHardLimit) was hit.</summary>
    public const int OutOfMemoryExitCode = 86;

    /// <summary>
    /// Set when an <see cref="OutOfMemoryException"/> is thrown anywhere in the worker during the current request, even one
    /// a library catches: PdfPig's lenient content parser catches whatever creating an operation throws, out-of-memory
    /// included, and goes on until something else fails (seen: "Exceeded maximum nesting depth of 256" on every page), so
    /// the failure a request ends with need not be the out-of-memory that caused it.
    /// </summary>
    private static int s_outOfMemorySeen;

    /// <summary>Serves requests until stdin closes. Returns the process exit code.</summary>
    public static int Serve(TextReader input, Stream output, IContentExtractor extractor, int? parentPid = null) =>
        Serve(input, output, extractor, parentPid, new MemoryTrim(TrimAboveBytes, IsolatedPdfExtractor.WorkerGen0Bytes));

    /// <param name="trim">When the worker gives memory back after a request (tests: a line of 0 bytes).</param>
    internal static int Serve(TextReader input, Stream output, IContentExtractor extractor, int? parentPid, MemoryTrim trim)
    {
        if (parentPid is { } pid) WatchParent(pid);
        AppDomain.CurrentDomain.FirstChanceException += NoteOutOfMemory;
        try { return ServeRequests(input, output, extractor, trim); }
        finally { AppDomain.CurrentDomain.FirstChanceException -= NoteOutOfMemory; }
    }

    private static void NoteOutOfMemory(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
    {
        // Runs on the throwing thread, possibly with no memory left: no allocation here.
        if (e.Exception is OutOfMemoryException) Volatile.Write(ref s_outOfMemorySeen, 1);
    }

    private static int ServeRequests(TextReader input, Stream output, IContentExtractor extractor, MemoryTrim trim)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        while (input.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            WorkerResponse response;
            Volatile.Write(ref s_outOfMemorySeen, 0);
            try
            {
                var request = JsonSerializer.Deserialize(line, WorkerJson.Default.WorkerRequest)
                    ?? throw new ExtractionException("empty request");
                response = new WorkerResponse(extractor.Extract(request.Path), null);
            }
            catch (Exception e) when (PdfExtractor.IsOutOfMemory(e) || Volatile.Read(ref s_outOfMemorySeen) != 0)
            {
                // The heap cap was hit (this failure or an out-of-memory swallowed on the way to it): answer if we still
                // can, then leave (the process state is suspect). A request that succeeds despite a swallowed one is kept.
                TryWrite(writer, new WorkerResponse(null, "memory cap exceeded"));
                return OutOfMemoryExitCode;
            }
            catch (ExtractionException e)
            {
                response = new WorkerResponse(null, e.Message);
            }
            catch (Exception e)
            {
                response = new WorkerResponse(null, $"{e.GetType().Name}: {e.Message}");
            }
            writer.WriteLine(JsonSerializer.Serialize(response, WorkerJson.Default.WorkerResponse));
            writer.Flush();
            trim.AfterRequest();
        }
        return 0;
    }

    /// <summary>Resident size above which a worker gives its free memory back to the system between two requests.</summary>
    internal const long TrimAboveBytes = 256L << 20;

    /// <summary>
    /// A reused worker keeps nothing from one file to the next, but the GC sizes its budgets for throughput and a worker
    /// grew to 350-400 MB on small PDFs (2,000 generated ones), two of them beside the Indexer in every ingest. Past
    /// <see cref="TrimAboveBytes"/>, between requests (nothing of the last file is live), a full collection that also
    /// decommits the freed memory. Not lower: the collection itself is cheap, but the budgets it resets and the memory it
    /// gives back are paid again by the next file; at 160 MB it ran after about every file of the real corpus's PDFs (10 of
    /// a worker's 14 full collections over the 39 of them) for about a tenth of the worker's CPU, at 256 MB after none.
    /// <para>
    /// Once it has trimmed, a worker trims again only when its resident size has grown past what the last trim left by more
    /// than <c>regrowthBytes</c> (the first generation's budget in a worker): less than that is the first
    /// generation filling up again, which the collector reuses in place and the next file would fault in again. Without
    /// it the line was a knife edge: a worker that settled just above it after a trim paid a full collection after every
    /// file (1,957 of 2,016 small PDFs with a 128 MB first generation, twice the CPU; docs/BENCHMARKS.md, gc29 and pdf30).
    /// 0: every request above the line trims.
    /// </para>
    /// </summary>
    internal sealed class MemoryTrim(long aboveBytes, long regrowthBytes)
    {
        private long _leftByLastTrim = -1;

        /// <summary>How many times this worker has trimmed.</summary>
        public int Count { get; private set; }

        public void AfterRequest()
        {
            var workingSet = Environment.WorkingSet;
            if (workingSet <= aboveBytes) return;
            if (regrowthBytes > 0 && _leftByLastTrim >= 0 && workingSet - _leftByLastTrim <= regrowthBytes) return;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            _leftByLastTrim = Environment.WorkingSet;
            Count++;
        }
    }

    private static void TryWrite(StreamWriter writer, WorkerResponse response)
    {
        try
        {
            writer.WriteLine(JsonSerializer.Serialize(response, WorkerJson.Default.WorkerResponse));
            writer.Flush();
        }
        catch (Exception) { /* nothing more can be done */ }
    }

    /// <summary>Exits the worker when the process that started it is gone (e.g. killed mid-extraction).</summary>
    private static void WatchParent(int pid)
    {
        var thread = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(2000);
                try
                {
                    using var parent = System.Diagnostics.Process.GetProcessById(pid);
                    if (parent.HasExited) Environment.Exit(0);
                }
                catch (ArgumentException) { Environment.Exit(0); }
                catch (InvalidOperationException) { Environment.Exit(0); }
            }
        }) { IsBackground = true, Name = "parent-watch" };
        thread.Start();
    }

    internal static string Serialize(WorkerRequest request) => JsonSerializer.Serialize(request, WorkerJson.Default.WorkerRequest);

    internal static WorkerResponse? Deserialize(string line) => JsonSerializer.Deserialize(line, WorkerJson.Default.WorkerResponse);
}

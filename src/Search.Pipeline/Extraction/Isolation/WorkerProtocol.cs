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

    /// <summary>Serves requests until stdin closes. Returns the process exit code.</summary>
    public static int Serve(TextReader input, Stream output, IContentExtractor extractor, int? parentPid = null)
    {
        if (parentPid is { } pid) WatchParent(pid);
        using var writer = new StreamWriter(output, new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        while (input.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            WorkerResponse response;
            try
            {
                var request = JsonSerializer.Deserialize(line, WorkerJson.Default.WorkerRequest)
                    ?? throw new ExtractionException("empty request");
                response = new WorkerResponse(extractor.Extract(request.Path), null);
            }
            catch (Exception e) when (PdfExtractor.IsOutOfMemory(e))
            {
                // The heap cap was hit: answer if we still can, then leave (the process state is suspect).
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
        }
        return 0;
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

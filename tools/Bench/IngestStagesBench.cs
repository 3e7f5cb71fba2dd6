using System.Diagnostics;
using System.Globalization;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Pipeline.Extraction;
using Search.Pipeline.Indexing;
using Search.Pipeline.Metadata;

namespace Search.Bench;

/// <summary>
/// <c>Bench ingest-stages &lt;folder&gt; [--rounds N] [--only index] [--keep DIR]</c>: the ingest's stages of the folder's HTML
/// pages, each as its own pass over every page, on one thread, repeated in rounds in one process. For each stage: process
/// CPU and allocated bytes per page. Round 0 pays the JIT and the gazetteer's load; the later rounds are the warm cost.
/// <para>Stages: extract (<see cref="HtmlExtractor"/>), metadata (<see cref="MetadataInferrer"/>), build
/// (<see cref="DocumentBuilder"/>, territory recognition included), fields (<see cref="Schema.ToLucene"/> alone, the
/// near-duplicate signature included: a part of the next stage, measured apart), index (<see cref="DocumentIndexWriter.Upsert"/>
/// of every page into a fresh index: fields, analysis, inversion, stored fields, and the flushes the RAM buffer makes),
/// commit (the last flush, merges and fsync). <c>--only index</c> extracts and builds once, then repeats only the last
/// three stages (to profile Lucene's side).</para>
/// </summary>
public static class IngestStagesBench
{
    private sealed record Stage(string Name)
    {
        public readonly List<(double CpuMs, long Bytes)> Rounds = [];
    }

    public static int Run(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        var root = Path.GetFullPath(args[1]);
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"error: no folder '{root}'");
            return 2;
        }
        if (!int.TryParse(Option("rounds") ?? "4", NumberStyles.None, CultureInfo.InvariantCulture, out var rounds) || rounds < 1)
        {
            Console.Error.WriteLine($"error: --rounds takes a whole number of at least 1, not '{Option("rounds")}'");
            return 2;
        }
        if (Option("only") is { } only && only != "index")
        {
            Console.Error.WriteLine($"error: --only takes 'index', not '{only}'");
            return 2;
        }
        var indexOnly = Option("only") is not null;
        var scratch = Option("keep") ?? Path.Combine(Path.GetTempPath(), "bench-ingest-stages-" + Guid.NewGuid().ToString("N"));
        var files = Directory.GetFiles(root, "*.html", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(root, "*.htm", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"error: no HTML page below '{root}'");
            return 2;
        }

        var stages = new[] { "extract", "metadata", "build", "fields", "index", "commit" }.Select(n => new Stage(n)).ToArray();
        using var process = Process.GetCurrentProcess();
        double Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalMilliseconds;
        }
        var cpu = Cpu();
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        void Done(int stage)
        {
            var (nowCpu, nowBytes) = (Cpu(), GC.GetTotalAllocatedBytes(precise: true));
            stages[stage].Rounds.Add((nowCpu - cpu, nowBytes - bytes));
            (cpu, bytes) = (Cpu(), GC.GetTotalAllocatedBytes(precise: true));
        }
        void Restart() => (cpu, bytes) = (Cpu(), GC.GetTotalAllocatedBytes(precise: true));

        Console.WriteLine($"{files.Length} HTML pages below {root}, {rounds} rounds, one thread{(indexOnly ? ", index stages only" : "")}");
        SearchDocument[]? documents = null;
        try
        {
            for (var round = 0; round < rounds; round++)
            {
                var index = Path.Combine(scratch, "index-" + round.ToString(CultureInfo.InvariantCulture));
                if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
                Restart();
                if (!indexOnly || documents is null)
                {
                    var extractor = new HtmlExtractor();
                    var contents = files.Select(f => extractor.Extract(f)).ToArray();
                    Done(0);
                    var metadata = contents.Select((c, i) => MetadataInferrer.Infer(c, Path.GetRelativePath(root, files[i]))).ToArray();
                    Done(1);
                    documents = contents.Select((c, i) => DocumentBuilder.Build(c, metadata[i],
                        new DocumentProvenance(Path.GetRelativePath(root, files[i]).Replace('\\', '/'), "folder", "h" + i.ToString(CultureInfo.InvariantCulture), new FileInfo(files[i]).Length)
                        { SourcePath = Path.GetRelativePath(root, files[i]).Replace('\\', '/') })).ToArray();
                    Done(2);
                }
                var kept = 0;
                foreach (var d in documents) kept += Schema.ToLucene(d).Fields.Count;
                Done(3);
                using (var writer = DocumentIndexWriter.Open(index))
                {
                    foreach (var d in documents) writer.Upsert(d);
                    Done(4);
                    writer.Commit();
                    Done(5);
                }
                var line = string.Join(", ", stages.Where(s => s.Rounds.Count > 0 && (s.Rounds.Count == round + 1 || !indexOnly))
                    .Select(s => $"{s.Name} {s.Rounds[^1].CpuMs / files.Length:0.000} ms {s.Rounds[^1].Bytes / 1024.0 / files.Length:0.0} KB"));
                Console.WriteLine($"round {round} (load {Load()}): {line}  [{kept} fields]");
                Directory.Delete(index, recursive: true);
            }
        }
        finally
        {
            if (Option("keep") is null && Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine("| stage | round 0: CPU / alloc per page | rounds 1+ (mean): CPU / alloc per page | min–max CPU |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var s in stages)
        {
            if (s.Rounds.Count == 0) continue;
            var warm = s.Rounds.Skip(1).ToList();
            var first = s.Rounds[0];
            var warmText = warm.Count == 0 ? "–" : $"{warm.Average(r => r.CpuMs) / files.Length:0.000} ms / {warm.Average(r => (double)r.Bytes) / 1024 / files.Length:0.0} KB";
            var range = warm.Count == 0 ? "–" : $"{warm.Min(r => r.CpuMs) / files.Length:0.000}–{warm.Max(r => r.CpuMs) / files.Length:0.000} ms";
            Console.WriteLine($"| {s.Name} | {first.CpuMs / files.Length:0.000} ms / {first.Bytes / 1024.0 / files.Length:0.0} KB | {warmText} | {range} |");
        }
        return 0;
    }

    private static string Load()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }
}

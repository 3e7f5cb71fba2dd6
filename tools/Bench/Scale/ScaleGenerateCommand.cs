using System.Diagnostics;
using System.Globalization;
using System.Text;
using UglyToad.PdfPig;

namespace Search.Bench.Scale;

/// <summary>
/// <c>Bench generate &lt;outFolder&gt; --docs N [--seed S] [--parallel P] [--queries Q]</c>: writes the scale corpus
/// (documents 0..N-1 of seed S) and queries.tsv (id, query; Q queries, 1,000 by default) into the folder, then prints the
/// count, bytes, elapsed time and throughput, and reads one generated PDF back with PdfPig as a check.
/// </summary>
public static class ScaleGenerateCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: Bench generate <outFolder> --docs N [--seed S] [--parallel P] [--queries Q]");
            return 2;
        }
        string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        var folder = Path.GetFullPath(args[1]);
        var docs = int.Parse(Option("docs") ?? throw new ArgumentException("--docs N is required"), CultureInfo.InvariantCulture);
        var seed = int.Parse(Option("seed") ?? "1", CultureInfo.InvariantCulture);
        var parallel = int.Parse(Option("parallel") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var queryCount = int.Parse(Option("queries") ?? "1000", CultureInfo.InvariantCulture);

        if (Directory.Exists(Path.Combine(folder, "html")) || Directory.Exists(Path.Combine(folder, "pdf")))
            Console.Error.WriteLine($"warning: {folder} already holds a corpus; files of other names (an older generation, a larger count) stay beside the new ones.");
        var clock = Stopwatch.StartNew();
        var v = ScaleVocabulary.Default;
        var loadSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"vocabulary       {v.SampleTokens} sample words ({v.SampleDistinctWords} distinct) -> {v.NounCount} nouns, {v.AdjectiveCount} adjectives, {v.CommuneCount} communes; loaded in {loadSeconds:0.00} s");

        var progressClock = Stopwatch.StartNew();
        var gate = new object();
        var last = 0.0;
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var userBefore = self.UserProcessorTime;
        clock.Restart();
        var bytes = ScaleCorpus.Write(folder, docs, seed, parallel, done =>
        {
            lock (gate)
            {
                var now = progressClock.Elapsed.TotalSeconds;
                if (now - last < 10) return;
                last = now;
                Console.Error.WriteLine($"  {done}/{docs} documents, {done / now:0} docs/s");
            }
        });
        var seconds = clock.Elapsed.TotalSeconds;
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        var user = (self.UserProcessorTime - userBefore).TotalSeconds;

        var queries = ScaleQueries.Generate(queryCount, seed);
        var tsv = new StringBuilder("id\tquery\n");
        for (var i = 0; i < queries.Count; i++) tsv.Append('q').Append((i + 1).ToString("D5", CultureInfo.InvariantCulture)).Append('\t').Append(queries[i]).Append('\n');
        File.WriteAllText(Path.Combine(folder, "queries.tsv"), tsv.ToString(), new UTF8Encoding(false));

        var pdfFolder = Path.Combine(folder, "pdf");
        var pdfs = Directory.Exists(pdfFolder) ? Directory.GetFiles(pdfFolder, "*.pdf", SearchOption.AllDirectories) : [];
        Console.WriteLine($"folder           {folder}");
        Console.WriteLine($"documents        {docs} ({docs - pdfs.Length} HTML, {pdfs.Length} PDF), seed {seed}");
        Console.WriteLine($"bytes            {bytes} ({bytes / 1048576.0:0.0} MB, {(docs == 0 ? 0 : bytes / docs)} per document)");
        Console.WriteLine($"parallelism      {parallel}");
        Console.WriteLine($"elapsed          {seconds:0.00} s");
        Console.WriteLine($"docs/s           {docs / seconds:0} (wall clock); CPU {cpu:0.00} s ({user:0.00} user, {cpu - user:0.00} system), {docs / cpu:0} docs per CPU-second (a fairer figure on a shared machine)");
        Console.WriteLine($"peak working set {self.PeakWorkingSet64 / 1048576.0:0} MB");
        Console.WriteLine($"queries          {queries.Count} -> {Path.Combine(folder, "queries.tsv")}");
        if (pdfs.Length > 0) CheckPdf(pdfs.Min(StringComparer.Ordinal)!, seed);
        return 0;
    }

    /// <summary>Reads a generated PDF back with PdfPig and compares its words with the document's plain text (accents included).</summary>
    private static void CheckPdf(string path, int seed)
    {
        var name = Path.GetFileName(path);
        var index = int.Parse(name[..name.IndexOf('-')], CultureInfo.InvariantCulture);
        var expected = ScaleCorpus.Generate(index, seed);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(path));
        var read = new StringBuilder();
        foreach (var page in pdf.GetPages())
            foreach (var word in page.GetWords()) read.Append(word.Text).Append(' ');
        var readWords = new HashSet<string>(Words(read.ToString()), StringComparer.Ordinal);
        var wanted = Words(expected.PlainText).ToList();
        var found = wanted.Count(readWords.Contains);
        var accented = wanted.Where(w => w.Any(c => c > 127)).Distinct(StringComparer.Ordinal).ToList();
        var accentedFound = accented.Count(readWords.Contains);
        Console.WriteLine($"PDF check        {name}: {pdf.NumberOfPages} page(s), {found}/{wanted.Count} words of the plain text read back by PdfPig, {accentedFound}/{accented.Count} distinct accented words");
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '\n', '\u00A0', '\'', '’', '(', ')', ',', '.', ':', ';', '•'], StringSplitOptions.RemoveEmptyEntries);
}

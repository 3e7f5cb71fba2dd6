using System.Diagnostics;
using System.Globalization;
using Search.Core.Territories;
using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;

namespace Search.Bench;

/// <summary>
/// <c>Bench territories &lt;gold.tsv&gt; [--root DIR] [--dump]</c>: precision and recall of the "about"
/// territories the recognizer gives, beside the naive substring matching Open Collectivités used
/// (every official name found in the text, case-sensitive), on a gold set of file -> codes.
/// Paths in the gold file are relative to --root (default: the gold file's folder's repository root).
/// Also times the gazetteer load and the recognizer's throughput.
/// </summary>
public static class TerritoryBench
{
    public static int Run(string[] args)
    {
        var goldPath = Path.GetFullPath(args[1]);
        string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        var root = Path.GetFullPath(Option("root") ?? Directory.GetCurrentDirectory());
        var dump = args.Contains("--dump");

        // Wall time and process CPU time (nothing else runs meanwhile): on a loaded machine the CPU time is the fairer figure.
        var loads = new List<(double Wall, double Cpu)>();
        using var self = Process.GetCurrentProcess();
        for (var i = 0; i < 7; i++)
        {
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            Gazetteer.LoadEmbedded();
            var wall = clock.Elapsed.TotalMilliseconds;
            self.Refresh();
            loads.Add((wall, (self.TotalProcessorTime - cpu).TotalMilliseconds));
        }
        var warm = loads.Skip(1).ToList();
        Console.WriteLine($"gazetteer load: first {loads[0].Wall:0} ms wall ({loads[0].Cpu:0} ms CPU), then median {warm.Select(l => l.Wall).Order().ElementAt(3):0} ms wall ({warm.Select(l => l.Cpu).Order().ElementAt(3):0} ms CPU), min {warm.Min(l => l.Wall):0} ms wall ({Gazetteer.Default.Count} territories)");

        var gold = File.ReadLines(goldPath)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => (Path: c[0], Codes: c.Length > 1 && c[1] != "-" ? c[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet() : []))
            .ToList();
        var recognizer = TerritoryRecognizer.Default;
        var naive = new NaiveMatcher(Gazetteer.Default);
        using var extractors = new ExtractorRegistry();
        var ours = new Counts();
        var oursLocal = new Counts();
        var baseline = new Counts();
        var baselineTitle = new Counts();
        var skipped = 0;
        var chars = 0L;
        var recognizeTime = TimeSpan.Zero;
        foreach (var (relative, expected) in gold)
        {
            var file = Path.Combine(root, relative);
            if (!File.Exists(file)) { skipped++; continue; }
            ExtractedContent content;
            try { content = extractors.Extract(file); }
            catch (ExtractionException) { skipped++; continue; }
            var metadata = MetadataInferrer.Infer(content, Path.GetFileName(file), SidecarMetadata.TryLoad(file));
            var clock = Stopwatch.StartNew();
            var found = recognizer.Recognize(metadata.Title, metadata.Summary, content.Pages);
            recognizeTime += clock.Elapsed;
            chars += content.Pages.Sum(p => (long)p.Length);
            var about = found.About.Select(t => t.Key).ToHashSet();
            ours.Add(expected, about);
            oursLocal.Add(expected.Where(k => k != "france:FR").ToHashSet(), about.Where(k => k != "france:FR").ToHashSet());
            var text = string.Join("\n", content.Pages);
            baseline.Add(expected, naive.Match(metadata.Title + "\n" + text));
            baselineTitle.Add(expected, naive.Match(metadata.Title));
            if (dump)
            {
                Console.WriteLine($"{relative}\t{metadata.Title}");
                Console.WriteLine($"   gold  {string.Join(' ', expected.Order())}");
                Console.WriteLine($"   about {string.Join(' ', found.About.Select(t => $"{t.Key}({t.Name})"))}");
                Console.WriteLine($"   ment. {string.Join(' ', found.Mentioned.Take(12).Select(t => $"{t.Key}({t.Name})"))}");
            }
        }
        Console.WriteLine($"gold set: {gold.Count} files ({skipped} absent or unreadable, skipped), {ours.Expected} expected codes");
        Console.WriteLine($"recognizer throughput: {chars / 1e6 / Math.Max(1e-9, recognizeTime.TotalSeconds):0.0} M chars/s ({chars / 1e6:0.0} M chars in {recognizeTime.TotalSeconds:0.00} s)");
        Console.WriteLine("method                                   precision  recall   F1     (tp/found/expected)");
        ours.Print("recognizer, about");
        oursLocal.Print("recognizer, about, France left out");
        baseline.Print("naive substring, title + text");
        baselineTitle.Print("naive substring, title only");
        return 0;
    }

    private sealed class Counts
    {
        public int TruePositives, Found, Expected;

        public void Add(IReadOnlySet<string> expected, IReadOnlySet<string> found)
        {
            TruePositives += found.Count(expected.Contains);
            Found += found.Count;
            Expected += expected.Count;
        }

        public void Print(string label)
        {
            var p = Found == 0 ? 0 : (double)TruePositives / Found;
            var r = Expected == 0 ? 0 : (double)TruePositives / Expected;
            var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-40} {p,9:0.000} {r,7:0.000} {f,6:0.000}   ({TruePositives}/{Found}/{Expected})"));
        }
    }

    /// <summary>The baseline: <c>name in text</c> for every official name, as Open Collectivités did.</summary>
    private sealed class NaiveMatcher(Gazetteer gazetteer)
    {
        private readonly List<Territory> _territories = gazetteer.All.Where(t => t.Level != TerritoryLevels.France && t.Name.Length > 0).ToList();

        public HashSet<string> Match(string text) =>
            _territories.Where(t => text.Contains(t.Name, StringComparison.Ordinal)).Select(t => t.Key).ToHashSet();
    }
}

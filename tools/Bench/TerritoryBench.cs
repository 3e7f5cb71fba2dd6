using System.Diagnostics;
using System.Globalization;
using Search.Core.Territories;
using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;

namespace Search.Bench;

/// <summary>
/// <c>Bench territories &lt;gold.tsv&gt; [&lt;gold.tsv&gt; …] [--root DIR] [--dump] [--errors] [--text DIR]</c>: precision and recall of the
/// "about" territories the recognizer gives, overall and per level, beside the naive substring matching Open Collectivités
/// used (every official name found in the text, case-sensitive), on gold sets of file -> codes. Each gold file is scored
/// apart (e.g. gold.tsv, the set the rules were tuned on, and gold-test.tsv, the held-out split).
/// Paths in the gold files are relative to --root (default: the current directory). --dump prints every file's gold,
/// about and mentioned territories; --errors only the files where about differs from the gold (missed and extra codes);
/// --text DIR writes what the recognizer reads (title, summary, pages) of each file to DIR, one .txt per file.
/// Also times the gazetteer load and the recognizer's throughput.
/// </summary>
public static class TerritoryBench
{
    public static int Run(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        var root = Path.GetFullPath(Option("root") ?? Directory.GetCurrentDirectory());
        var dump = args.Contains("--dump");
        var errors = args.Contains("--errors");
        var textDir = Option("text");
        if (textDir is not null) Directory.CreateDirectory(textDir);
        var goldPaths = args.Skip(1)
            .Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && args[i] is not ("--root" or "--text")) // args[i] precedes a
            .Select(Path.GetFullPath)
            .ToList();
        var missing = goldPaths.Where(p => !File.Exists(p)).ToList();
        if (goldPaths.Count == 0 || missing.Count > 0)
        {
            Console.Error.WriteLine(goldPaths.Count == 0 ? "usage: Bench territories <gold.tsv> [<gold.tsv> …] [--root DIR] [--dump] [--errors] [--text DIR]" : "gold file not found: " + string.Join(", ", missing));
            return 2;
        }

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

        var naive = new NaiveMatcher(Gazetteer.Default);
        using var extractors = new ExtractorRegistry();
        foreach (var goldPath in goldPaths)
            Score(goldPath, root, extractors, naive, dump, errors, textDir);
        return 0;
    }

    private static void Score(string goldPath, string root, ExtractorRegistry extractors, NaiveMatcher naive, bool dump, bool errors, string? textDir)
    {
        var gold = File.ReadLines(goldPath)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => (Path: c[0], Codes: c.Length > 1 && c[1] != "-" ? c[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet() : []))
            .ToList();
        var recognizer = TerritoryRecognizer.Default;
        var ours = new Counts();
        var oursLocal = new Counts();
        var perLevel = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        var baseline = new Counts();
        var baselineTitle = new Counts();
        var skipped = 0;
        var chars = 0L;
        var recognizeTime = TimeSpan.Zero;
        var wrong = new List<string>();
        foreach (var (relative, expected) in gold)
        {
            var file = Path.Combine(root, relative);
            if (!File.Exists(file)) { skipped++; continue; }
            ExtractedContent content;
            try { content = extractors.Extract(file); }
            catch (ExtractionException) { skipped++; continue; }
            var metadata = MetadataInferrer.Infer(content, Path.GetFileName(file), SidecarMetadata.TryLoad(file));
            if (textDir is not null)
                File.WriteAllText(Path.Combine(textDir, Path.GetFileName(file) + ".txt"),
                    $"TITLE: {metadata.Title}\nSUMMARY: {metadata.Summary}\n\n{string.Join("\n\f\n", content.Pages)}");
            var clock = Stopwatch.StartNew();
            var found = recognizer.Recognize(metadata.Title, metadata.Summary, content.Pages);
            recognizeTime += clock.Elapsed;
            chars += content.Pages.Sum(p => (long)p.Length);
            var about = found.About.Select(t => t.Key).ToHashSet();
            ours.Add(expected, about);
            oursLocal.Add(expected.Where(k => k != "france:FR").ToHashSet(), about.Where(k => k != "france:FR").ToHashSet());
            foreach (var level in expected.Concat(about).Select(LevelOf).Distinct())
            {
                if (!perLevel.TryGetValue(level, out var counts)) perLevel[level] = counts = new Counts();
                counts.Add(expected.Where(k => LevelOf(k) == level).ToHashSet(), about.Where(k => LevelOf(k) == level).ToHashSet());
            }
            var text = string.Join("\n", content.Pages);
            baseline.Add(expected, naive.Match(metadata.Title + "\n" + text));
            baselineTitle.Add(expected, naive.Match(metadata.Title));
            string Named(string key) => found.About.Concat(found.Mentioned).FirstOrDefault(t => t.Key == key) is { } t ? $"{key}({t.Name})" : key;
            if (errors && !about.SetEquals(expected))
                wrong.Add($"{relative}\n   missed {string.Join(' ', expected.Except(about).Order().Select(Named))}\n   extra  {string.Join(' ', about.Except(expected).Order().Select(Named))}");
            if (dump)
            {
                Console.WriteLine($"{relative}\t{metadata.Title}");
                Console.WriteLine($"   gold  {string.Join(' ', expected.Order())}");
                Console.WriteLine($"   about {string.Join(' ', found.About.Select(t => $"{t.Key}({t.Name})"))}");
                Console.WriteLine($"   ment. {string.Join(' ', found.Mentioned.Take(12).Select(t => $"{t.Key}({t.Name})"))}");
            }
        }
        Console.WriteLine();
        Console.WriteLine($"gold set {Path.GetFileName(goldPath)}: {gold.Count} files ({skipped} absent or unreadable, skipped), {ours.Expected} expected codes");
        Console.WriteLine($"recognizer throughput: {chars / 1e6 / Math.Max(1e-9, recognizeTime.TotalSeconds):0.0} M chars/s ({chars / 1e6:0.0} M chars in {recognizeTime.TotalSeconds:0.00} s)");
        Console.WriteLine("method                                   precision  recall   F1     (tp/found/expected)");
        ours.Print("recognizer, about");
        oursLocal.Print("recognizer, about, France left out");
        foreach (var (level, counts) in perLevel) counts.Print($"recognizer, about, level {level}");
        baseline.Print("naive substring, title + text");
        baselineTitle.Print("naive substring, title only");
        if (errors)
        {
            Console.WriteLine($"files where about differs from the gold: {wrong.Count}");
            foreach (var w in wrong) Console.WriteLine(w);
        }
    }

    private static string LevelOf(string key) => key[..key.IndexOf(':')];

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

using Search.Core.Analysis;
using System.Text.RegularExpressions;
using Search.Pipeline.Extraction;
using Search.Pipeline.Extraction.Quality;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>Character error rate of PDF extraction on the generated PDFs of corpus-samples, whose exact text is known.</summary>
[Trait("Category", "Slow")]
public partial class GroundTruthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Regression ceiling on the overall character error rate (measured 2.96 % once the samples had line-end
    /// hyphenation and ligatures, 3.10 % before: see docs/BENCHMARKS.md).
    /// </summary>
    public const double CerCeiling = 0.035;

    /// <summary>Ceiling for any single document (worst measured: 6.45 %).</summary>
    public const double CerCeilingPerDocument = 0.07;

    public static string SamplesRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus-samples");
            if (Directory.Exists(Path.Combine(candidate, "ground-truth"))) return candidate;
        }
        throw new DirectoryNotFoundException("corpus-samples/ground-truth not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void CharacterErrorRateOnGeneratedPdfsStaysUnderTheCeiling()
    {
        var root = SamplesRoot();
        var extractor = new PdfExtractor();
        long errors = 0, length = 0;
        var files = Directory.GetFiles(Path.Combine(root, "ground-truth"), "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 18, $"only {files.Count} ground-truth files");
        var worst = (Name: "", Cer: 0.0);
        foreach (var truthFile in files)
        {
            var name = Path.GetFileNameWithoutExtension(truthFile);
            var truth = File.ReadAllText(truthFile).Split('\f');
            var content = extractor.Extract(Path.Combine(root, "pdf", name + ".pdf"));
            Assert.Equal(truth.Length, content.Pages.Count);
            long e = 0, l = 0;
            for (var i = 0; i < truth.Length; i++)
            {
                var (pe, pl) = TextMetrics.CharacterErrors(content.Pages[i], truth[i]);
                e += pe;
                l += pl;
            }
            var cer = (double)e / l;
            output.WriteLine($"{name}: CER {cer:P2} ({e}/{l})");
            if (cer > worst.Cer) worst = (name, cer);
            errors += e;
            length += l;
        }
        var overall = (double)errors / length;
        output.WriteLine($"overall CER {overall:P2}");
        Assert.True(overall <= CerCeiling, $"CER {overall:P2} over the ceiling {CerCeiling:P2}");
        Assert.True(worst.Cer <= CerCeilingPerDocument, $"{worst.Name}: CER {worst.Cer:P2} over {CerCeilingPerDocument:P2}");
    }

    /// <summary>A word split at a line end of a generated PDF: its head ("collecti-", "Île-de-"), its tail, and the whole word of the ground truth.</summary>
    public sealed record SplitWord(string Document, int Page, string Head, string Tail, string Whole)
    {
        /// <summary>Split at the compound's own hyphen ("Île-de-" / "France"): the whole word keeps it.</summary>
        public bool AtCompoundHyphen => Whole == Head + Tail;
    }

    /// <summary>
    /// The split words of a generated PDF, read from its raw text layer (PdfPig words, ligatures expanded):
    /// a word ending with "-" that the ground truth of its page does not have, and a word of the page that
    /// completes it into the last word of a ground-truth line.
    /// </summary>
    public static List<SplitWord> SplitWords(string root, string name, out int ligatureGlyphs)
    {
        var truth = File.ReadAllText(Path.Combine(root, "ground-truth", name + ".txt")).Split('\f');
        using var document = PdfDocument.Open(Path.Combine(root, "pdf", name + ".pdf"));
        var splits = new List<SplitWord>();
        ligatureGlyphs = 0;
        for (var p = 1; p <= document.NumberOfPages; p++)
        {
            var page = document.GetPage(p);
            ligatureGlyphs += page.Letters.Count(l => l.Value.Any(IsLigature));
            var words = page.GetWords().Select(w => ExpandLigatures(w.Text)).ToList();
            var bag = words.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
            var lines = truth[p - 1].Split('\n');
            var tokens = lines.SelectMany(l => Whitespace().Split(l)).Where(t => t.Length > 0).ToHashSet();
            // A split word is the last word of its ground-truth line (the line that draws its head).
            var lineEnds = lines.Select(l => Whitespace().Split(l.Trim())[^1]).Where(t => t.Length > 0).ToList();
            foreach (var head in words.Where(w => w.Length > 2 && w[^1] == '-' && char.IsLetter(w[^2]) && !tokens.Contains(w)))
            {
                // The compound keeps its hyphen ("Île-de-" + "France"), a syllable split does not ("collecti-" + "vités").
                var match = lineEnds
                    .Select(t => (Whole: t, Tail: t.StartsWith(head, StringComparison.Ordinal) ? t[head.Length..]
                        : t.StartsWith(head[..^1], StringComparison.Ordinal) ? t[(head.Length - 1)..] : ""))
                    .Where(x => x.Tail.Length > 0 && bag.GetValueOrDefault(x.Tail) > 0)
                    .OrderByDescending(x => x.Whole.Length)
                    .FirstOrDefault();
                if (match.Whole is null) continue;
                bag[match.Tail]--;
                lineEnds.Remove(match.Whole);
                splits.Add(new SplitWord(name, p, head, match.Tail, match.Whole));
            }
        }
        return splits;
    }

    private static IEnumerable<string> GroundTruthNames(string root) =>
        Directory.GetFiles(Path.Combine(root, "ground-truth"), "*.txt").Order(StringComparer.Ordinal).Select(f => Path.GetFileNameWithoutExtension(f)!);

    [Fact]
    public void GeneratedPdfsHaveHyphenatedLineEndsAndLigatureGlyphs()
    {
        var root = SamplesRoot();
        var splitDocs = 0;
        var ligatureDocs = 0;
        int splits = 0, compounds = 0, ligatures = 0, documents = 0;
        foreach (var name in GroundTruthNames(root))
        {
            documents++;
            var found = SplitWords(root, name, out var glyphs);
            if (found.Count > 0) splitDocs++;
            if (glyphs > 0) ligatureDocs++;
            splits += found.Count;
            compounds += found.Count(s => s.AtCompoundHyphen);
            ligatures += glyphs;
            if (found.Count + glyphs > 0) output.WriteLine($"{name}: {found.Count} split words ({found.Count(s => s.AtCompoundHyphen)} at a compound's hyphen), {glyphs} ligature glyphs");
        }
        output.WriteLine($"{splits} split words in {splitDocs} documents, {compounds} of them compounds; {ligatures} ligature glyphs in {ligatureDocs} documents");
        // Several documents hyphenate, not all; dozens of splits, most at syllables, some at compounds' hyphens.
        Assert.InRange(splitDocs, 5, documents - 5);
        Assert.True(splits - compounds >= 40, $"{splits - compounds} syllable splits");
        Assert.True(compounds >= 3, $"{compounds} compounds split at their hyphen");
        Assert.InRange(ligatureDocs, 3, documents - 5);
        Assert.True(ligatures >= 50, $"{ligatures} ligature glyphs");
    }

    [SkippableFact]
    public void ExtractionRejoinsSplitWordsAndExpandsLigatures()
    {
        Skip.If(FrenchLexicon.Default.Count == 0, "no French word list (apt-get install wfrench)");
        var root = SamplesRoot();
        var extractor = new PdfExtractor();
        int splits = 0, rejoined = 0, ligatureDocs = 0, ligatureWords = 0;
        var failures = new List<string>();
        foreach (var name in GroundTruthNames(root))
        {
            var found = SplitWords(root, name, out var glyphs);
            if (found.Count == 0 && glyphs == 0) continue;
            var pages = extractor.Extract(Path.Combine(root, "pdf", name + ".pdf")).Pages;
            var truth = File.ReadAllText(Path.Combine(root, "ground-truth", name + ".txt")).Split('\f');
            Assert.DoesNotContain(pages, p => p.Any(IsLigature));
            foreach (var split in found)
            {
                splits++;
                var word = split.Whole.Trim('(', '«', '"', ',', '.', ';', ':', ')', '»', '!', '?');
                // The whole word as often in the extracted page as in the ground truth (it may appear unsplit elsewhere too).
                if (Occurrences(pages[split.Page - 1], word) >= Occurrences(truth[split.Page - 1], word)) rejoined++;
                else failures.Add($"{name} p. {split.Page}: {split.Head} {split.Tail} (expected {word})");
            }
            if (glyphs == 0) continue;
            ligatureDocs++;
            // Every word written with a ligature reads back with plain letters, as often as the ground truth has it.
            var ligatured = truth.SelectMany(t => TextMetrics.Words(t)).Where(w => w.Contains("ff") || w.Contains("fi") || w.Contains("fl")).Distinct();
            foreach (var w in ligatured)
            {
                ligatureWords++;
                var expected = truth.Sum(t => TextMetrics.Words(t).Count(x => x == w));
                var actual = pages.Sum(t => TextMetrics.Words(t).Count(x => x == w));
                if (actual < expected) failures.Add($"{name}: \"{w}\" {actual} times, ground truth {expected}");
            }
        }
        output.WriteLine($"split words rejoined: {rejoined}/{splits}; {ligatureWords} distinct ligature words checked in {ligatureDocs} documents");
        foreach (var f in failures) output.WriteLine(f);
        Assert.True(splits >= 40, $"only {splits} split words");
        Assert.True(ligatureDocs >= 3, $"only {ligatureDocs} documents with ligatures");
        Assert.Empty(failures);
    }

    [Fact]
    public void AWeldedPrefixSplitAtALineEndIsJoinedEvenWhenTheListLacksTheWord()
    {
        var lexicon = new FrenchLexicon(["professionnelle", "atomique", "parole", "communautaire", "intra-communautaire"]);
        Assert.Equal("pluriprofessionnelle", Hyphenation.Join("pluri", "professionnelle", lexicon));
        Assert.Equal("intra-atomique", Hyphenation.Join("intra", "atomique", lexicon)); // before a vowel: hyphenated
        Assert.Equal("intra-communautaire", Hyphenation.Join("intra", "communautaire", lexicon)); // a listed compound wins
        Assert.Equal("porte-parole", Hyphenation.Join("porte", "parole", lexicon)); // not a welded prefix
    }

    private static int Occurrences(string text, string word) =>
        Regex.Matches(text, @"(?<![\p{L}\p{Mn}\-])" + Regex.Escape(word) + @"(?![\p{L}\p{Mn}\-])").Count;

    private static bool IsLigature(char c) => c is >= '\uFB00' and <= '\uFB04';

    private static string ExpandLigatures(string text) => !text.Any(IsLigature) ? text : text
        .Replace("\uFB00", "ff").Replace("\uFB01", "fi").Replace("\uFB02", "fl").Replace("\uFB03", "ffi").Replace("\uFB04", "ffl");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

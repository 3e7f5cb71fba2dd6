using Search.Pipeline.Extraction;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>
/// The layout steps of <c>PdfExtractor.Layout</c> must give exactly what the PdfPig calls they replace give
/// (nearest-neighbour words, Docstrum blocks, unsupervised reading order), page by page, on the generated
/// samples and, when present, on the real corpus: same words, lines and blocks, same text, same boxes, same order.
/// </summary>
[Trait("Category", "Slow")]
public class LayoutEquivalenceTests
{
    public static TheoryData<string> SamplePdfs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(GroundTruthTests.SamplesRoot(), "pdf"), "*.pdf").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(SamplePdfs))]
    public void Layout_of_the_samples_is_pdfpigs(string name) =>
        AssertSameLayout(Path.Combine(GroundTruthTests.SamplesRoot(), "pdf", name), maxPages: int.MaxValue);

    /// <summary>Long, table-heavy and multi-orientation files of the real corpus (first pages: the test stays short).</summary>
    [SkippableTheory]
    [InlineData("pdf/minfi_1409-senat-reserve-2013-autre.pdf")]
    [InlineData("pdf/jo_1706-beauvau-rattachement-candidats-lg2017.pdf")]
    [InlineData("pdf/ademe_methodo_outil_trajectoire_2024.pdf")]
    [InlineData("pdf/ademe_cae_reglement_label.pdf")]
    [InlineData("pdf/insee_aiee2_stat_final.pdf")]
    public void Layout_of_real_pdfs_is_pdfpigs(string relative)
    {
        Skip.If(TestCorpus.Missing, "../shared/corpus not found");
        AssertSameLayout(TestCorpus.PathOf(relative), maxPages: 6);
    }

    [Fact]
    public void The_kd_tree_sort_orders_ties_as_span_sort_does()
    {
        var random = new Random(7);
        foreach (var n in new[] { 2, 3, 5, 16, 17, 40, 300, 5000 })
        {
            // Few distinct values: many ties, whose final order depends on the algorithm.
            foreach (var distinct in new[] { 4, 7 })
            {
                var items = Enumerable.Range(0, n)
                    .Select(i => new PdfExtractor.Layout.PointTree.Item(random.Next(0, distinct), i))
                    .ToArray();
                var expected = items.ToArray();
                expected.AsSpan().Sort((a, b) => a.Key.CompareTo(b.Key));
                var actual = items.ToArray();
                PdfExtractor.Layout.SameOrderSort.Sort(actual);
                Assert.Equal(expected.Select(e => e.Index), actual.Select(a => a.Index));
            }
        }
    }

    /// <summary>
    /// The kd-tree built on ranks from reused arrays is PdfPig's KdTree node for node: the letters' start points of every
    /// page of the samples (equal baselines and left margins: ties on both axes), then points with few distinct
    /// coordinates, -0 beside +0 and NaN, built one after the other on the same thread.
    /// </summary>
    [Fact]
    public void The_kd_tree_is_pdfpigs_node_for_node()
    {
        var sets = new List<PdfPoint[]>();
        foreach (var f in Directory.GetFiles(Path.Combine(GroundTruthTests.SamplesRoot(), "pdf"), "*.pdf").Order(StringComparer.Ordinal))
        {
            using var document = PdfDocument.Open(f, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            for (var i = 1; i <= document.NumberOfPages; i++)
            {
                var letters = document.GetPage(i).Letters;
                if (letters.Count > 0) sets.Add(letters.Select(l => l.StartBaseLine).ToArray());
            }
        }
        var random = new Random(11);
        double[] odd = [0.0, -0.0, double.NaN, 1.5, -2, 3];
        foreach (var n in new[] { 1, 2, 3, 17, 40, 300, 3000 })
        {
            sets.Add(Enumerable.Range(0, n).Select(_ => new PdfPoint(random.Next(0, 5), random.Next(0, 3))).ToArray());
            sets.Add(Enumerable.Range(0, n).Select(_ => new PdfPoint(odd[random.Next(odd.Length)], odd[random.Next(odd.Length)])).ToArray());
        }
        Assert.True(sets.Count > 50);
        foreach (var points in sets)
        {
            var tree = PdfExtractor.Layout.PointTree.Rent(points);
            var actual = tree.Describe();
            tree.Return();
            Assert.Equal(PdfPigTree(points.Select((p, i) => (Index: i, Point: p)).ToArray(), 0), actual);
        }
    }

    /// <summary>KdTree&lt;T&gt;.BuildTree of PdfPig 0.1.16, described as <c>PointTree.Describe</c> does.</summary>
    private static string PdfPigTree(Span<(int Index, PdfPoint Point)> p, int depth)
    {
        if (p.Length == 0) return "-";
        if (p.Length == 1) return p[0].Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (depth % 2 == 0) p.Sort((p0, p1) => p0.Point.X.CompareTo(p1.Point.X));
        else p.Sort((p0, p1) => p0.Point.Y.CompareTo(p1.Point.Y));
        if (p.Length == 2) return $"({p[1].Index} {p[0].Index} -)";
        var median = p.Length / 2;
        var left = PdfPigTree(p[..median], depth + 1);
        var right = PdfPigTree(p[(median + 1)..], depth + 1);
        return $"({p[median].Index} {left} {right})";
    }

    private static void AssertSameLayout(string path, int maxPages)
    {
        using var document = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        for (var i = 1; i <= Math.Min(maxPages, document.NumberOfPages); i++)
        {
            var letters = document.GetPage(i).Letters;
            if (letters.Count == 0) continue;
            var where = $"{Path.GetFileName(path)} p. {i}";

            var expectedWords = NearestNeighbourWordExtractor.Instance.GetWords(letters).ToList();
            var actualWords = PdfExtractor.Layout.Words(letters);
            if (letters.Select(l => l.TextOrientation).Distinct().Count() == 1)
                Assert.Equal(Describe(expectedWords), Describe(actualWords));
            else // PdfPig appends the orientation groups in the order its threads finish them.
                Assert.Equal(Describe(expectedWords).Order(StringComparer.Ordinal), Describe(actualWords).Order(StringComparer.Ordinal));

            // From the same words, the same blocks (lines, boxes), then the same reading order.
            var expectedBlocks = DocstrumBoundingBoxes.Instance.GetBlocks(actualWords);
            var actualBlocks = PdfExtractor.Layout.Docstrum(actualWords);
            Assert.Equal(Describe(expectedBlocks), Describe(actualBlocks));
            var expectedOrder = UnsupervisedReadingOrderDetector.Instance.Get(expectedBlocks).ToList();
            var actualOrder = PdfExtractor.Layout.ReadingOrder(actualBlocks);
            Assert.True(Describe(expectedOrder).SequenceEqual(Describe(actualOrder)), $"reading order differs: {where}");
        }
    }

    private static IEnumerable<string> Describe(IEnumerable<Word> words) =>
        words.Select(w => $"{w.Text}@{Box(w.BoundingBox)}");

    private static IEnumerable<string> Describe(IEnumerable<TextBlock> blocks) =>
        blocks.Select(b => string.Join(" | ", b.TextLines.Select(l => $"{l.Text}@{Box(l.BoundingBox)}")) + "@" + Box(b.BoundingBox));

    private static string Box(PdfRectangle r) => FormattableString.Invariant($"{r.BottomLeft.X:R},{r.BottomLeft.Y:R},{r.TopRight.X:R},{r.TopRight.Y:R}");
}

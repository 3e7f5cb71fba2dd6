using System.Diagnostics;
using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;
using Xunit.Abstractions;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>Extraction of the real files of ../shared/corpus (skipped when the corpus is absent).</summary>
[Trait("Category", "Slow")]
public class CorpusExtractionTests(ITestOutputHelper output)
{
    private const string MissingReason = "shared/corpus (MANIFEST.tsv) not found next to the repository";
    private readonly ExtractorRegistry _registry = new();

    [SkippableFact]
    public void Iso88591AlizePagesAreDecoded()
    {
        Skip.If(TestCorpus.Missing, MissingReason);
        var files = Directory.GetFiles(TestCorpus.PathOf("html"), "dgfip_alize_*.html");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = _registry.Extract(file).FullText;
            Assert.DoesNotContain('\uFFFD', text);
            Assert.DoesNotContain("Ã", text);
            Assert.Matches("[éèàêô]", text);
            if (Path.GetFileName(file).Contains("department")) Assert.Matches("(?i)département", text);
        }
    }

    [SkippableTheory]
    [InlineData("pdf/acte_collectivite_scan_image.pdf")]
    [InlineData("pdf/cget_granddebat_portrait_01.pdf")]
    [InlineData("pdf/cget_granddebat_portrait_11.pdf")]
    [InlineData("pdf/cget_granddebat_portrait_84.pdf")]
    [InlineData("pdf/cget_granddebat_portrait_94.pdf")]
    public void ScannedAndImageOnlyPdfsHaveNoText(string file)
    {
        Skip.If(TestCorpus.Missing, MissingReason);
        var c = _registry.Extract(TestCorpus.PathOf(file));
        Assert.Equal(TextQuality.NoText, c.Quality);
        Assert.Equal(c.Pages.Count, c.PagesWithoutText.Count);
    }

    [SkippableFact]
    public void FontsWithoutToUnicodeAreDetectedAsGarbage()
    {
        Skip.If(TestCorpus.Missing, MissingReason);
        var c = _registry.Extract(TestCorpus.PathOf("pdf/dgcl_methodo_commune_2013.pdf"));
        Assert.Equal(TextQuality.NoText, c.Quality);
        Assert.Equal("", c.FullText);
        Assert.Null(MetadataFilters.DeclaredTitle(c, "dgcl_methodo_commune_2013.pdf")); // "(Microsoft Word - m\351thodo_comm.doc)"
    }

    [SkippableFact]
    public void NormalPdfGivesReadableFrenchText()
    {
        Skip.If(TestCorpus.Missing, MissingReason);
        var c = _registry.Extract(TestCorpus.PathOf("pdf/dgcl_methodo_departement_2013.pdf"));
        Assert.Equal(TextQuality.Ok, c.Quality);
        Assert.Contains("méthodologique", c.FullText);
        Assert.Contains("Direction Générale des Finances Publiques", c.FullText);
        Assert.Null(MetadataFilters.DeclaredTitle(c, "dgcl_methodo_departement_2013.pdf")); // "collocgouv_méthodo_dep2013-envoi def corrigé à la com"
    }

    [SkippableFact]
    public void EveryCorpusFileExtractsOrFailsCleanly()
    {
        Skip.If(TestCorpus.Missing, MissingReason);
        var files = TestCorpus.ManifestFiles();
        var counts = new Dictionary<string, int>();
        var failures = new List<string>();
        var total = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var clock = Stopwatch.StartNew();
            string outcome;
            try
            {
                var c = _registry.Extract(TestCorpus.PathOf(file));
                outcome = c.Quality.ToString();
                if (c.Quality != TextQuality.Ok) output.WriteLine($"{c.Quality,-8} {file} (pages without text: {string.Join(",", c.PagesWithoutText)})");
            }
            catch (ExtractionException e)
            {
                outcome = "Error";
                failures.Add($"{file}: {e.Message}");
                output.WriteLine($"Error    {file}: {e.Message}");
            }
            if (clock.ElapsedMilliseconds > 3000) output.WriteLine($"slow     {file}: {clock.ElapsedMilliseconds} ms");
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        }
        output.WriteLine($"{files.Count} files in {total.Elapsed.TotalSeconds:F1} s: " + string.Join(", ", counts.OrderBy(k => k.Key).Select(k => $"{k.Key}={k.Value}")));
        Assert.Equal(files.Count, counts.Values.Sum());
        Assert.True(counts.GetValueOrDefault("Ok") > files.Count / 2, "most files should give text");
    }
}

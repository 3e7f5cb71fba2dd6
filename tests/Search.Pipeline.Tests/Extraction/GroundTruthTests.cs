using Search.Pipeline.Extraction;
using Search.Pipeline.Extraction.Quality;
using Xunit.Abstractions;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>Character error rate of PDF extraction on the generated PDFs of corpus-samples, whose exact text is known.</summary>
public class GroundTruthTests(ITestOutputHelper output)
{
    /// <summary>Regression ceiling on the overall character error rate (measured 2026-11: see docs/BENCHMARKS.md).</summary>
    public const double CerCeiling = 0.04;

    /// <summary>Ceiling for any single document.</summary>
    public const double CerCeilingPerDocument = 0.08;

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
}

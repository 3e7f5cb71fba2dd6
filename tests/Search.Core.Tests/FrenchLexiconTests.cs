using Search.Core.Analysis;
using Xunit;

namespace Search.Core.Tests;

/// <summary>
/// The word list the PDF worker reads whole (<see cref="FrenchLexicon"/>) holds its forms in one buffer and a table of
/// their numbers since pdf30, not as a set of strings: the same forms as the set held, trimmed and lower-cased.
/// </summary>
public class FrenchLexiconTests
{
    [Fact]
    public void TheFormsAreTrimmedLowerCasedAndCountedOnce()
    {
        // Past the first buffers and table (1,024 forms, 2,048 slots), so they grow.
        var many = Enumerable.Range(0, 5000).Select(i => $"mot{i}").ToList();
        var lexicon = new FrenchLexicon(["Établissement", " commune ", "COMMUNE", "", "   ", "intercommunalité", .. many, .. many]);

        Assert.Equal(3 + many.Count, lexicon.Count);
        Assert.True(lexicon.Contains("établissement"));
        Assert.True(lexicon.Contains("ÉTABLISSEMENT"));
        Assert.True(lexicon.Contains("commune"));
        Assert.True(lexicon.Contains("Commune"));
        Assert.True(lexicon.Contains("intercommunalite\u0301".Replace("e\u0301", "é"))); // composed as written
        Assert.True(lexicon.Contains("intercommunalite\u0301"));                          // decomposed: composed first
        Assert.All(many, w => Assert.True(lexicon.Contains(w)));
        Assert.False(lexicon.Contains("communes"));
        Assert.False(lexicon.Contains("mot5000"));
        Assert.False(lexicon.Contains(""));
        Assert.False(lexicon.Contains(" commune "));
        Assert.Equal(0, new FrenchLexicon([]).Count);
        Assert.False(new FrenchLexicon([]).Contains("commune"));
    }

    [SkippableFact]
    public void TheMachinesWordListHoldsWhatASetOfItsLinesHeld()
    {
        Skip.IfNot(File.Exists(FrenchLexicon.FilePath), "no French word list (apt-get install wfrench)");
        var lines = File.ReadLines(FrenchLexicon.FilePath, System.Text.Encoding.UTF8).ToList();
        var set = new HashSet<string>(lines.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0), StringComparer.Ordinal);
        var lexicon = FrenchLexicon.Default;

        Assert.Equal(set.Count, lexicon.Count);
        Assert.All(set, w => Assert.True(lexicon.Contains(w), w));
        foreach (var w in set.Take(20000)) Assert.False(lexicon.Contains(w + "qx"), w + "qx");
    }
}

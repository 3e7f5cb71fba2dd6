using Search.Core.Evaluation;
using Search.Core.Querying;
using Search.Core.Territories;

namespace Search.Core.Tests.Evaluation;

/// <summary>
/// The generated typo benchmark (<c>Bench typos</c>) is deterministic: the same clean queries and seed give the same
/// typo queries and the same measurement; each class changes what it says, and the halves split the clean queries.
/// </summary>
public sealed class TypoQueriesTests : IDisposable
{
    private static readonly CleanQuery[] Clean =
    [
        new("q1", "situation financière des communes"),
        new("q2", "rapport d'observations définitives sur la commune de Quimper"),
        new("q3", "dotation globale de fonctionnement"),
        new("q4", "apprentissage dans la fonction publique territoriale"),
        new("q5", "philosophie de la participation citoyenne"),
        new("q6", "compte administratif Aizac"),
    ];

    private readonly TestIndex _index = new(
        TestIndex.Doc("https://x.example/fin", "Situation financière des communes", "Les communes et leur situation financière en 2021."),
        TestIndex.Doc("https://x.example/dgf", "Dotation globale de fonctionnement", "La dotation globale de fonctionnement des communes."),
        TestIndex.Doc("https://x.example/app", "Apprentissage dans la fonction publique territoriale", "Les apprentis des collectivités."));

    public void Dispose() => _index.Dispose();

    [Fact]
    public void The_same_clean_queries_and_seed_give_the_same_typo_queries()
    {
        var first = TypoQueries.Generate(Clean, seed: 12);
        var second = TypoQueries.Generate(Clean.Reverse(), seed: 12);
        Assert.Equal(TypoQueries.ToTsv(first.OrderBy(q => q.Clean, StringComparer.Ordinal).ThenBy(q => q.Class, StringComparer.Ordinal)),
            TypoQueries.ToTsv(second.OrderBy(q => q.Clean, StringComparer.Ordinal).ThenBy(q => q.Class, StringComparer.Ordinal)));
        Assert.NotEqual(TypoQueries.ToTsv(first), TypoQueries.ToTsv(TypoQueries.Generate(Clean, seed: 13)));
        // The hash is FNV-1a (the same in every process, unlike string.GetHashCode).
        Assert.Equal(0xaf63dc4c8601ec8cUL, TypoQueries.StableHash("a"));
    }

    [Fact]
    public void Each_class_changes_a_word_as_it_says()
    {
        var typos = TypoQueries.Generate(Clean, seed: 12);
        Assert.All(typos, t => Assert.NotEqual(t.Clean, t.Typo));
        // Every class but "place" applies to a query of long, accented words; "place" only to the queries the recognizer
        // reads a place in (Quimper; Aizac, a commune of Ardèche), and never to the others.
        foreach (var kind in TypoQueries.Classes) Assert.Contains(typos, t => t.Class == kind);
        Assert.Contains(typos, t => t.Class == "place" && t.Source == "q2");
        Assert.All(typos.Where(t => t.Class == "place"), t => Assert.Contains(TerritoryRecognizer.Default.RecognizeQuery(t.Clean), p => !p.Group));
        Assert.DoesNotContain(typos, t => t.Class == "place" && t.Source is "q1" or "q3" or "q4" or "q5");
        Assert.All(typos.Where(t => t.Class == "split"), t => Assert.Equal(t.Clean.Split(' ').Length + 1, t.Typo.Split(' ').Length));
        Assert.All(typos.Where(t => t.Class == "glue"), t => Assert.Equal(t.Clean.Split(' ').Length - 1, t.Typo.Split(' ').Length));
        // The letter classes change one word by one edit (restricted), and never its first letter.
        foreach (var t in typos.Where(t => t.Class is "deletion" or "insertion" or "substitution" or "transposition"))
        {
            var (before, after) = ChangedWord(t);
            Assert.Equal(before[0], after[0]);
            Assert.Equal(1, Edits(before, after));
        }
        // The accent class changes nothing but an accent: the folded query is the same, or one "e" gained an accent.
        Assert.All(typos.Where(t => t.Class == "accent"), t => Assert.Equal(QueryText.Fold(t.Clean), QueryText.Fold(t.Typo)));
        Assert.All(typos.Where(t => t.Class == "two"), t => Assert.Equal(2, t.Change.Split(", ").Length));
        // The halves split the clean queries, not their typos.
        Assert.All(typos.GroupBy(t => t.Clean), g => Assert.Single(g.Select(t => t.Half).Distinct()));
    }

    [Fact]
    public void The_measurement_is_the_same_twice_and_reads_the_clean_answer_as_reference()
    {
        var typos = TypoQueries.Generate(Clean, seed: 12);
        var first = TypoBenchmark.Run(_index.Service, typos);
        var second = TypoBenchmark.Run(_index.Service, typos);
        Assert.Equal(TypoBenchmark.Report(first), TypoBenchmark.Report(second));
        // Clean queries with no hit give no reference: their typos are left out.
        Assert.DoesNotContain(first, o => o.Query.Clean.Contains("Quimper", StringComparison.Ordinal));
        Assert.Contains(first, o => o.Query.Clean == "dotation globale de fonctionnement");
        Assert.All(first.Where(o => o.Top1), o => Assert.False(o.NoHit));
    }

    /// <summary>Edit distance with adjacent transpositions (optimal string alignment).</summary>
    private static int Edits(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    private static (string Before, string After) ChangedWord(TypoQuery t)
    {
        var parts = t.Change.Split(" -> ");
        return (parts[0], parts[1]);
    }
}

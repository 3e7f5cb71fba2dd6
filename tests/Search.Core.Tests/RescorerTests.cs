using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Territories;
using Rescorer = Search.Core.Querying.Rescorer;

namespace Search.Core.Tests;

/// <summary>The second phase of a search: the full score of a window of documents, whatever the documents around them.</summary>
public sealed class RescorerTests : IDisposable
{
    // Even documents hold the phrase, odd ones the same words apart: the phrase clauses of the full query decide the order.
    private readonly TestIndex _index = new(Enumerable.Range(0, 60)
        .Select(i => TestIndex.Doc($"https://example.fr/dotation-{i}.html", $"Note {i}",
            i % 2 == 0
                ? $"La dotation globale de fonctionnement des communes, note {i}."
                : $"La dotation versée aux communes est globale ; son fonctionnement est décrit dans la note {i}."))
        .ToArray());

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_window_of_scattered_documents_gets_the_scores_the_full_query_gives_them_over_the_whole_index()
    {
        using var lease = _index.Provider.Acquire()!;
        var searcher = lease.Searcher;
        var full = QueryBuilder.Build("dotation globale fonctionnement").Scoring;
        var everywhere = searcher.Search(full, 100).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        Assert.Equal(60, everywhere.Count);

        // Every third document of the first phase: the scorer must land on each of them and skip the ones in between.
        var firstPhase = searcher.Search(MatchingQuery.Of(full), 100).ScoreDocs.Where((_, i) => i % 3 == 0).ToArray();
        var rescored = Rescorer.Rescore(searcher, full, firstPhase, byDate: false);

        Assert.Equal(firstPhase.Select(d => d.Doc).Order(), rescored.Select(d => d.Doc).Order());
        Assert.All(rescored, d => Assert.Equal(everywhere[d.Doc], d.Score, 5));
        Assert.Contains(rescored, d => d.Score != firstPhase.Single(f => f.Doc == d.Doc).Score);
        Assert.Equal(rescored.OrderByDescending(d => d.Score).Select(d => d.Score), rescored.Select(d => d.Score));
    }

    public static TheoryData<string> PrunedQueries =>
    [
        "dotation", "dotation globale", "dotation globale fonctionnement", "finances communes", "dépenses communes 2019",
        "budget région Bretagne", "fonctionnement des communes Isère", "communes dotation", "globale | fonctionnement",
    ];

    [Theory]
    [MemberData(nameof(PrunedQueries))]
    public void A_window_scored_in_the_order_of_its_bounds_has_the_same_first_places_and_the_same_rest_as_the_whole_window_scored(string text)
    {
        using var index = new ScatteredIndex();
        using var lease = index.Provider.Acquire()!;
        var searcher = lease.Searcher;
        Assert.True(searcher.IndexReader.Leaves.Count >= 3);
        // As a search builds it: the place a query names boosts (and demotes), the terms' states attached.
        var cleaned = QueryText.Clean(text);
        var terms = new TermLookups(searcher.IndexReader);
        var full = terms.Attach(TerritoryQuery.For(new SearchRequest { Query = cleaned }, cleaned)
            .Boost(QueryBuilder.Build(cleaned, terms).Scoring, rest => QueryBuilder.Build(rest, terms).Scoring));
        var firstPhase = searcher.Search(MatchingQuery.Of(full), Rescorer.Window).ScoreDocs;
        Assert.True(firstPhase.Length > 50, $"{text}: {firstPhase.Length} documents");
        var whole = Rescorer.Rescore(searcher, full, firstPhase, byDate: false);

        // Every bound is at least the full score it bounds.
        var byDoc = firstPhase.Select(d => new ScoreDoc(d.Doc, d.Score)).OrderBy(d => d.Doc).ToArray();
        var bounds = Rescorer.ScoreBounds.Of(searcher, full, byDoc);
        Assert.NotNull(bounds);
        var exact = whole.ToDictionary(d => d.Doc, d => d.Score);
        for (var i = 0; i < byDoc.Length; i++) Assert.True(bounds[i] >= exact[byDoc[i].Doc], $"{text}: doc {byDoc[i].Doc} bound {bounds[i]} < {exact[byDoc[i].Doc]}");

        foreach (var places in new[] { 1, 10, 20, 50 })
        {
            var lazy = Rescorer.Rescore(searcher, full, firstPhase, byDate: false, exact: places, boundedFrom: 0);
            Assert.Equal(firstPhase.Length, lazy.Count);
            Assert.True(lazy.Top.Length >= places);
            // The same documents, in the same order, with the same floats.
            Assert.Equal(whole.Take(lazy.Top.Length).Select(d => (d.Doc, d.Score)), lazy.Top.Select(d => (d.Doc, d.Score)));
            // Those after them that a condition accepts: the whole window's, in its order (and only those are scored).
            bool Even(ScoreDoc d) => d.Doc % 2 == 0;
            Assert.Equal(whole.Skip(lazy.Top.Length).Where(Even).Select(d => (d.Doc, d.Score)), lazy.Rest(Even).Select(d => (d.Doc, d.Score)));
            Assert.Equal(whole.Select(d => (d.Doc, d.Score)), lazy.All().Select(d => (d.Doc, d.Score)));
        }
    }

    [Fact]
    public void The_bounds_spare_most_of_the_window_when_few_documents_hold_the_phrase()
    {
        using var index = new ScatteredIndex();
        using var lease = index.Provider.Acquire()!;
        var searcher = lease.Searcher;
        var full = QueryBuilder.Build("dotation globale fonctionnement").Scoring;
        var firstPhase = searcher.Search(MatchingQuery.Of(full), Rescorer.Window).ScoreDocs;
        var lazy = Rescorer.Rescore(searcher, full, firstPhase, byDate: false, exact: 10, boundedFrom: 0);
        Assert.True(lazy.Scored < firstPhase.Length / 2, $"{lazy.Scored} of {firstPhase.Length} scored");
        // By date, or asked for every place, every document is scored.
        Assert.Equal(firstPhase.Length, Rescorer.Rescore(searcher, full, firstPhase, byDate: true, exact: 10, boundedFrom: 0).Scored);
        Assert.Equal(firstPhase.Length, Rescorer.Rescore(searcher, full, firstPhase, byDate: false, exact: firstPhase.Length, boundedFrom: 0).Scored);
        // A small index: every document is scored (the bounds cost more than they spare).
        Assert.Equal(firstPhase.Length, Rescorer.Rescore(searcher, full, firstPhase, byDate: false, exact: 10).Scored);
    }

    /// <summary>240 documents in four segments: a few hold the query's words as a phrase in their title or text, most hold
    /// them apart, in texts of different lengths; some are about a place.</summary>
    private sealed class ScatteredIndex : IDisposable
    {
        private static readonly string[] Filler =
            ["rapport", "analyse", "commune", "région", "budget", "dépenses", "recettes", "finances", "exercice", "collectivité", "note", "tableau"];

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "search-rescorer-" + Guid.NewGuid().ToString("N"));
        public IndexSearcherProvider Provider { get; }

        public ScatteredIndex()
        {
            var random = new Random(18);
            using (var writer = DocumentIndexWriter.Open(Path, NoMergePolicy.NO_COMPOUND_FILES))
            {
                for (var i = 0; i < 240; i++)
                {
                    string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => Filler[random.Next(Filler.Length)]));
                    var phrase = i % 17 == 0;
                    var body = phrase
                        ? $"{Words(random.Next(5, 60))} la dotation globale de fonctionnement des communes {Words(random.Next(5, 300))}"
                        : $"{Words(random.Next(5, 60))} dotation {Words(random.Next(3, 40))} globale {Words(random.Next(3, 80))} fonctionnement "
                          + $"des communes {Words(random.Next(5, 300))} {(i % 3 == 0 ? "dotation globale" : "")} {(i % 5 == 0 ? "en 2019" : "")}";
                    var year = 2015 + i % 8;
                    writer.Upsert(new SearchDocument
                    {
                        Id = DocumentIds.FromUrl($"https://example.fr/{i}.html"),
                        Url = $"https://example.fr/{i}.html",
                        Title = i % 23 == 0 ? "La dotation globale de fonctionnement" : $"Note {i} sur les {Words(2)}",
                        Pages = [body],
                        Date = new DateOnly(year, 1 + i % 12, 1 + i % 28),
                        Year = year,
                        Territories = i % 4 == 0
                            ? new DocumentTerritories([TerritoryRef.Of(Gazetteer.Default.Find("region", "53")!)], [])
                            : i % 4 == 1 ? new DocumentTerritories([TerritoryRef.Of(Gazetteer.Default.Find("departement", "38")!)], []) : DocumentTerritories.Empty,
                        Format = "html",
                        IndexedAt = DateTimeOffset.UnixEpoch,
                    });
                    if (i % 80 == 79) writer.Commit();
                }
            }
            Provider = new IndexSearcherProvider(Path);
        }

        public void Dispose()
        {
            Provider.Dispose();
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
        }
    }
}

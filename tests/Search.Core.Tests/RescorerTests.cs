using Search.Core.Querying;

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
}

using Search.Core.Evaluation;

namespace Search.Core.Tests.Evaluation;

/// <summary>
/// The evaluator ranks the hits; with <c>withRelaxed</c>, the relaxed hits of a query that has none (what the page shows
/// then), while the no-answer count still reads the hits.
/// </summary>
public sealed class EvaluatorRelaxedTests : IDisposable
{
    private readonly TestIndex _index = new(
        TestIndex.Doc("https://x.example/fonjep", "Fonds de coopération de la jeunesse et de l'éducation populaire",
            "Le référé porte sur les postes du fonds de coopération de la jeunesse."),
        TestIndex.Doc("https://x.example/autre", "Rapport sur la gestion d'une commune", "La commune et ses comptes."));

    public void Dispose() => _index.Dispose();

    private static JudgedQuery Query(string id, string text, params (string Url, int Grade)[] grades) =>
        new(id, text, "known-item", grades.ToDictionary(g => g.Url, g => g.Grade));

    [Fact]
    public void Relaxed_hits_are_ranked_only_when_asked_and_only_for_a_query_with_no_hit()
    {
        // "courrier" is in no document: no document has every word, the relaxed hits hold the fonds.
        var gap = Query("q1", "courrier postes jeunesse", ("https://x.example/fonjep", 3));
        // Every word in one document: hits, the same either way.
        var plain = Query("q2", "postes jeunesse", ("https://x.example/fonjep", 3));
        // No relevant document: the relaxed hits may be shown, the query still counts as answered with no hit.
        var none = Query("q3", "courrier jeunesse tramway");

        var strict = Evaluator.Run(_index.Service, [gap, plain, none]);
        var page = Evaluator.Run(_index.Service, [gap, plain, none], withRelaxed: true);

        Assert.Empty(strict.Queries[0].Ranked);
        Assert.Equal(0, strict.Queries[0].Ndcg10);
        Assert.Equal("https://x.example/fonjep", page.Queries[0].Ranked[0]);
        Assert.Equal(1.0, page.Queries[0].Ndcg10, 3);
        Assert.Equal(strict.Queries[1].Ranked, page.Queries[1].Ranked);
        Assert.Equal(1.0, strict.Queries[1].Ndcg10, 3);
        Assert.NotEmpty(page.Queries[2].Ranked);
        Assert.Equal(1, strict.NoAnswerEmpty);
        Assert.Equal(1, page.NoAnswerEmpty);
    }
}

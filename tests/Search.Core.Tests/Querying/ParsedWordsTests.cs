using Lucene.Net.Search;
using Search.Core.Documents;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests.Querying;

/// <summary>
/// A word's query is parsed once per search (<see cref="TermLookups"/>): every later parse of the same word in the search
/// reuses its fields' queries, with the same queries as a fresh parse, each parse its own copy; answers are the same with the
/// reuse switched off (<see cref="RankingParameters.ReuseParsedWords"/>).
/// </summary>
public sealed class ParsedWordsTests : IDisposable
{
    private readonly TestIndex _index = new(
        Doc("a.pdf", "Les apprentis dans les collectivités locales en 2022", "En 2022, les collectivités locales ont accueilli des apprentis.\fPage deux : diplômes préparés par les apprentis.", "DGCL", DocumentTypes.StatisticalBulletin, new DateOnly(2023, 11, 29)),
        Doc("b.pdf", "L'apprentissage dans la fonction publique en 2019", "Les apprentis de la fonction publique en 2019.", "DGCL", DocumentTypes.StatisticalBulletin, new DateOnly(2020, 6, 1)),
        Doc("c.pdf", "Les finances des communes en 2021", "Les dépenses de fonctionnement des communes augmentent. Dépenses de fonctionnement et épargne.", "DGCL", DocumentTypes.StatisticalBulletin, new DateOnly(2022, 7, 1), themes: "Finances & Fiscalité"),
        Doc("d.pdf", "Les dépenses des départements par fonction", "Présentation des dépenses par fonction : action sociale, collèges, routes. Les dépenses de fonctionnement des départements de Bretagne.", "OFGL", DocumentTypes.Study, new DateOnly(2022, 12, 1), themes: "Finances & Fiscalité"),
        Doc("e.html", "Rapport sur la commune de Rennes", "Le rapport examine la commune de Rennes et ses comptes; les apprentis y sont rares.", "Chambre régionale des comptes Bretagne", DocumentTypes.AuditReport, new DateOnly(2021, 3, 4)));

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_word_parsed_again_in_a_search_reuses_its_fields_queries_each_parse_its_own_copy()
    {
        using var lease = _index.Provider.Acquire()!;
        var terms = new TermLookups(lease.Searcher.IndexReader);
        var built = QueryBuilder.Build("diplômes épargne", terms);
        var plan = built.Plan!;
        Assert.Equal(["diplômes", "épargne"], plan.Required.Select(u => u.Expression));
        var required = (BooleanQuery)((BooleanQuery)built.Scoring).Clauses[0].Query;
        for (var u = 0; u < plan.Required.Count; u++)
        {
            var inQuery = (BooleanQuery)required.Clauses[u].Query;
            var again = (BooleanQuery)QueryBuilder.ForUnit(plan.Required[u], terms: terms)!;
            var fresh = (BooleanQuery)QueryBuilder.ForUnit(plan.Required[u])!;
            // The same query as a parse of its own, made of the same fields' queries (not analysed again)…
            Assert.Equal(fresh, again);
            Assert.Equal(fresh.ToString(), again.ToString());
            Assert.Equal(inQuery.Clauses.Count, again.Clauses.Count);
            for (var f = 0; f < again.Clauses.Count; f++) Assert.Same(inQuery.Clauses[f].Query, again.Clauses[f].Query);
            // …in a copy of its own: a boost set or a clause added there changes neither the search's query nor the next parse.
            Assert.NotSame(inQuery, again);
            again.Boost = 7;
            again.Add(new TermQuery(new Lucene.Net.Index.Term(Schema.Body, "ajout")), Occur.SHOULD);
            var third = (BooleanQuery)QueryBuilder.ForUnit(plan.Required[u], terms: terms)!;
            Assert.Equal(fresh, third);
            Assert.Equal(1f, inQuery.Boost);
            Assert.Equal(fresh.Clauses.Count, inQuery.Clauses.Count);
        }
        // Other weights (the title's fields), another operator (the relaxed query): parsed for themselves.
        Assert.Equal(QueryBuilder.ForUnitInTitle(plan.Required[0]), QueryBuilder.ForUnitInTitle(plan.Required[0], terms: terms));
        Assert.Equal(QueryBuilder.Relaxed(plan), QueryBuilder.Relaxed(plan, terms: terms));
    }

    [Theory]
    [InlineData("dépenses fonctionnement")]
    [InlineData("apprentis collectivités 2022")]
    [InlineData("dépenses fonctionnement Bretagne")]      // a place: the rest of the query built again
    [InlineData("comptes commune Rennes apprentis")]
    [InlineData("apprentis dépenses inexistantmot")]      // no complete match: relaxed, missing words
    [InlineData("\"dépenses de fonctionnement\" | apprentis")]
    public void Answers_are_the_same_with_the_reuse_switched_off(string query)
    {
        var off = new SearchService(_index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With(nameof(RankingParameters.ReuseParsedWords), "0") });
        var request = new SearchRequest { Query = query };
        var expected = off.Search(request) with { TookMs = 0 };
        var actual = _index.Service.Search(request) with { TookMs = 0 };
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected, SearchJson.Options), System.Text.Json.JsonSerializer.Serialize(actual, SearchJson.Options));
    }
}

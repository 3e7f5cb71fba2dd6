using Search.Core.Documents;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>
/// Thin answers completed (issue 14, points 1 and 5): when no document or only a few answer a query, the partial matches that
/// hold most of its weight (the inverse document frequencies of the words they hold) in one passage join the answer after it,
/// labelled with the words they lack; to an empty answer, only those whose title or summary holds three quarters of the
/// weight (<see cref="LooseMatches.Answering"/>). A document lacking the word that says what is asked, or holding the words
/// pages apart, stays a partial match.
/// </summary>
public sealed class PartialAnswersTests
{
    private static string Filler(int words) => string.Join(' ', Enumerable.Repeat("tableau", words));

    /// <summary>Written for these tests: notes on school canteens (one titled by them, one mentioning them in its text), a long
    /// report holding "cantine" and "scolaire" pages apart, and five notes on expenses that say neither; with
    /// <paramref name="complete"/>, a note holding the three words of "dépenses cantine scolaire".</summary>
    private static TestIndex Canteens(bool complete = false) => new(
    [
        Doc("https://crc.example/vals.html", "Rapport sur la gestion de la commune de Vals",
            "La cantine scolaire de Vals a été rénovée en 2021 pour accueillir deux cents élèves.", "CRC"),
        Doc("https://ville.example/menus.html", "Les menus de la cantine scolaire", "Les menus sont publiés chaque semaine.", "DGCL"),
        Doc("https://crc.example/long.pdf", "Rapport d'observations définitives",
            "La cantine a fermé. " + Filler(400) + "\f Le bus scolaire. " + Filler(1100), "CRC"),
        Doc("https://dgcl.example/communes.html", "Les dépenses des communes en 2021", "Les dépenses de fonctionnement des communes ont augmenté."),
        Doc("https://dgcl.example/departements.html", "Les dépenses des départements", "Les dépenses sociales des départements."),
        Doc("https://dgcl.example/personnel.html", "Les dépenses de personnel", "Les dépenses de personnel des régions."),
        Doc("https://dgcl.example/investissement.html", "Les dépenses d'investissement", "Les dépenses d'équipement des communes."),
        Doc("https://dgcl.example/regions.html", "Les finances des régions", "Les dépenses et les recettes des régions."),
        Doc("https://dgcl.example/transport.html", "Le transport des élèves", "Les dépenses de transport des départements pour les élèves."),
        .. complete ? [Doc("https://crc.example/repas.html", "Le coût des repas", "Les dépenses de la cantine scolaire ont doublé en 2022.")] : Array.Empty<SearchDocument>(),
    ]);

    private static SearchService With(TestIndex index, string name, string value) =>
        new(index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With(name, value) });

    [Fact]
    public void A_query_no_document_answers_is_answered_by_the_partial_match_about_most_of_its_weight()
    {
        using var index = Canteens();
        var request = new SearchRequest { Query = "dépenses cantine scolaire" };
        // No document holds the three words. "dépenses", in most documents, weighs little; the note titled by the two others is
        // about the query and answers it, labelled with the word it lacks. The Vals report holds them too, in its text only (it
        // mentions them); the long report holds them pages apart; the note on the pupils' transport holds "dépenses" alone.
        var r = index.Service.Search(request);
        Assert.Equal(["https://ville.example/menus.html"], r.Hits.Select(h => h.Url));
        Assert.Equal(["dépenses"], r.Hits[0].Missing);
        Assert.Equal(1, r.Total);
        Assert.Null(r.Relaxed);
        // Counted in the facets as any hit.
        Assert.Equal([new FacetValue("DGCL", 1)], r.Facets[Schema.Publisher]);
        // Off: no hit, the partial matches only.
        var off = With(index, "PartialAnswerShare", "0").Search(request);
        Assert.Empty(off.Hits);
        Assert.Equal(0, off.Total);
        Assert.Contains(off.Relaxed!.Hits, h => h.Url == "https://ville.example/menus.html");
        Assert.Contains(off.Relaxed.Hits, h => h.Url == "https://crc.example/vals.html");
        // Without the title's condition, the report that only mentions them answers too (after the note or before it).
        var untitled = With(index, "PartialAnswerTitleShare", "0").Search(request);
        Assert.Equal(["https://crc.example/vals.html", "https://ville.example/menus.html"], untitled.Hits.Select(h => h.Url).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(untitled.Hits, h => h.Url == "https://crc.example/long.pdf");
    }

    [Fact]
    public void A_partial_match_lacking_the_word_that_says_what_is_asked_stays_a_partial_match()
    {
        using var index = Canteens();
        // "Shanghai" is in no document: it weighs more than the rest of the query, which the note holds.
        var r = index.Service.Search(new SearchRequest { Query = "cantine scolaire Shanghai" });
        Assert.Empty(r.Hits);
        Assert.Equal(0, r.Total);
        Assert.Equal(["Shanghai"], r.Relaxed!.Missing);
        Assert.Contains(r.Relaxed.Hits, h => h.Url == "https://ville.example/menus.html");
    }

    [Fact]
    public void A_thin_answer_is_followed_by_the_partial_matches_holding_most_of_its_weight_in_a_passage()
    {
        using var index = Canteens(complete: true);
        // One document holds both words; the note on the pupils' transport holds the rarer one ("élèves" is in two documents,
        // "cantine" in four) and follows it, labelled; the documents holding "cantine" alone hold less than half of the weight.
        var r = index.Service.Search(new SearchRequest { Query = "cantine élèves" });
        Assert.Equal(["https://crc.example/vals.html", "https://dgcl.example/transport.html"], r.Hits.Select(h => h.Url));
        Assert.Empty(r.Hits[0].Missing);
        Assert.Equal(["cantine"], r.Hits[1].Missing);
        Assert.Equal(2, r.Total);
        // Off: the complete match alone.
        var off = With(index, "PartialAnswerShare", "0").Search(new SearchRequest { Query = "cantine élèves" });
        Assert.Equal(["https://crc.example/vals.html"], off.Hits.Select(h => h.Url));
        Assert.Equal(1, off.Total);
    }

    [Fact]
    public void The_share_of_a_query_s_weight_is_the_inverse_document_frequencies_of_the_words_held()
    {
        using var index = Canteens();
        using var lease = index.Provider.Acquire()!;
        var searcher = lease.Searcher;
        var terms = new TermLookups(searcher.IndexReader);
        var plan = QueryBuilder.Build(QueryText.Clean("dépenses cantine Shanghai"), terms).Plan!;
        var units = new LooseMatches.UnitMatches(searcher, plan, terms);
        // BM25's idf over the 9 documents: "dépenses" in 6, "cantine" in 3, "Shanghai" in none.
        static double Idf(int df) => Math.Log(1 + (9 - df + 0.5) / (df + 0.5));
        var all = Idf(6) + Idf(3) + Idf(0);
        Assert.Equal(Idf(3) / all, units.Share([false, true, false]), 6);
        Assert.Equal((Idf(6) + Idf(3)) / all, units.Share([true, true, false]), 6);
        Assert.Equal(1, units.Share([true, true, true]), 6);
        Assert.Equal(0, units.Share([false, false, false]), 6);
    }
}

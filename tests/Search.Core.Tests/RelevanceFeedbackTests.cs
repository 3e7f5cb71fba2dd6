using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>
/// Pseudo-relevance feedback (<see cref="RelevanceFeedback"/>, <see cref="RankingParameters.FeedbackWeight"/>): the words the first
/// hits share reorder the other documents the query matched; it adds none. Each ordering test also runs with the switch off
/// (weight 0: main's answer) to show the feedback is what moves the document.
/// </summary>
public class RelevanceFeedbackTests
{
    // "maison de retraite" is widened to EHPAD (synonyms and glossary): the query crosses from the public's words to the
    // publishers', which is when the feedback runs (FeedbackExpandedOnly).
    private static TestIndex Index() => new(
        // The two best hits: reports on EHPAD that also print the public's words.
        Doc("ehpad-cazouls.html", "La gestion de l'EHPAD de Cazouls",
            "L'EHPAD, ancienne maison de retraite, accueille des résidents en perte d'autonomie. Tarification de la dépendance, forfait soins, prix de journée d'hébergement des résidents."),
        Doc("ehpad-lunel.html", "La gestion de l'EHPAD de Lunel",
            "Maison de retraite devenue EHPAD : résidents, tarification de la dépendance, forfait soins, prix de journée d'hébergement, taux d'occupation."),
        // What the best hits are about, in the publishers' words only (found through the expansion, not through the feedback).
        Doc("sivu-elorn.html", "Syndicat à vocation unique des Rives de l'Elorn",
            "Le syndicat gère un EHPAD. Les résidents, la tarification de la dépendance, le forfait soins et le prix de journée d'hébergement sont examinés."),
        // The words as typed, in passing: a tourist office's list of places.
        Doc("office-tourisme.html", "La gestion de l'office de tourisme",
            "Liste des hébergements touristiques : camping, gîtes, chambres d'hôtes, maison de retraite, hôtel du port, golf, plage."),
        // Nothing of the query: never a hit, feedback or not.
        Doc("residents-sans-mot.html", "Foyer de résidents",
            "Résidents, tarification de la dépendance, forfait soins, prix de journée d'hébergement."),
        Doc("budget-1.html", "Budget communal 2021", "Le budget de la commune : dépenses de fonctionnement, investissement, dette."),
        Doc("budget-2.html", "Budget communal 2022", "Le budget primitif : recettes fiscales, dotations, dépenses de personnel."),
        Doc("voirie.html", "La voirie communale", "Entretien des routes, éclairage public, déneigement."),
        Doc("ecoles.html", "Les écoles", "Cantine, transport scolaire, périscolaire, effectifs des classes."),
        Doc("eau.html", "Le service de l'eau", "Eau potable, assainissement collectif, rendement du réseau."),
        Doc("dechets.html", "Les déchets", "Collecte des ordures ménagères, déchèterie, tri sélectif."),
        Doc("sport.html", "Les équipements sportifs", "Piscine, gymnase, stade, subventions aux associations."));

    // In an index of a dozen documents every word is in more than a tenth of them: the share that makes a word too common
    // for the feedback is raised (a word of five documents in twelve is still a subject of a few).
    private static SearchService Service(TestIndex index, string weight) =>
        new(index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With("FeedbackMaxShare", "0.5").With("FeedbackWeight", weight) });

    private static IReadOnlyList<string> Urls(SearchService service, string query) =>
        service.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Url).ToList();

    [Fact]
    public void What_the_best_hits_are_about_passes_a_document_with_the_words_in_passing_below_the_best_hits()
    {
        using var index = Index();
        // (Weight 1: in so small an index the words as typed score the list 16.6 against the syndicate's 1.5, the first hit 26.1.)
        var on = Urls(Service(index, "1"), "maison de retraite");
        // The first two hits keep their places; the syndicate's EHPAD report, found through the expansion and holding the best
        // hits' words (résidents, tarification, dépendance, forfait, hébergement), passes the tourist office's list.
        Assert.Equal(["ehpad-cazouls.html", "ehpad-lunel.html", "sivu-elorn.html", "office-tourisme.html"], on);
        // Off: main's answer, the words as typed before the expansion.
        var off = Urls(Service(index, "0"), "maison de retraite");
        Assert.Equal(["ehpad-cazouls.html", "ehpad-lunel.html", "office-tourisme.html", "sivu-elorn.html"], off);
    }

    [Fact]
    public void Feedback_finds_no_document_the_query_does_not_match_and_gives_no_hit_to_a_query_without_an_answer()
    {
        using var index = Index();
        var service = Service(index, "0.5");
        var response = service.Search(new SearchRequest { Query = "maison de retraite" });
        // The foyer holds every feedback word but none of the query's: it is not a hit.
        Assert.Equal(4, response.Total);
        Assert.DoesNotContain("residents-sans-mot.html", response.Hits.Select(h => h.Url));
        // No document holds every word: no hit, with the feedback as without it.
        var none = service.Search(new SearchRequest { Query = "maison de retraite patinoire" });
        Assert.Equal(0, none.Total);
        Assert.Empty(none.Hits);
    }

    [Fact]
    public void Switched_off_the_window_is_left_as_it_is()
    {
        using var index = Index();
        using var lease = index.Provider.Acquire()!;
        var searcher = lease.Searcher;
        var terms = new TermLookups(searcher.IndexReader, SearchLimits.Default.MaxCorrections);
        var plan = QueryPlan.Create("maison de retraite", terms, Analysis.Synonyms.Default);
        var window = searcher.Search(new Lucene.Net.Search.MatchAllDocsQuery(), 10).ScoreDocs;
        var on = RankingParameters.Default.With("FeedbackMaxShare", "0.5").With("FeedbackWeight", "0.5");
        // Off (weight 0), or a query no group widens: the same array, untouched (main's order and scores).
        Assert.Same(window, RelevanceFeedback.Reorder(searcher, "maison de retraite", plan, window, on.With("FeedbackWeight", "0"), terms));
        Assert.Same(window, RelevanceFeedback.Reorder(searcher, "tarification", QueryPlan.Create("tarification", terms, Analysis.Synonyms.Default), window, on, terms));
        // On, the first two stay first.
        var reordered = RelevanceFeedback.Reorder(searcher, "maison de retraite", plan, window, on, terms);
        Assert.Equal(window.Take(2).Select(d => d.Doc), reordered.Take(2).Select(d => d.Doc));
        Assert.Equal(window.Select(d => d.Doc).Order(), reordered.Select(d => d.Doc).Order());
    }
}

using Search.Core.Analysis;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests.Querying;

/// <summary>
/// A query with a typo answers as the query spelt right: the corrected text is planned again (its places, the synonyms'
/// expressions it completes), and the retry of a query nothing answers corrects the one known word whose correction meets the
/// query's other words, never a word of the language.
/// </summary>
public sealed class CorrectedTextTests : IDisposable
{
    private readonly TestIndex _index = new([
        // "communauté de communes" in full, and its acronym only (the synonym group "cc, communauté de communes").
        Doc("https://a.example/cc-full.html", "Les comptes de la communauté de communes du Val", "Budget de la communauté de communes, exercice 2019."),
        Doc("https://a.example/cc-acronym.html", "Les comptes de la CC du Plateau", "Budget de la CC du Plateau, exercice 2019."),
        Doc("https://a.example/communes.html", "Les comptes des communes", "Les communes et leurs comptes. Une communauté de vie."),
        // A département named in the text.
        Doc("https://a.example/gironde.html", "Les finances locales en Gironde", "Les communes de la Gironde et leurs finances locales."),
        Doc("https://a.example/landes.html", "Les finances locales dans les Landes", "Les communes des Landes et leurs finances locales."),
        Doc("https://a.example/aisne.html", "Les finances locales dans l'Aisne", "Les communes de l'Aisne et leurs finances locales."),
        // "masse" with "salariale" (a four-letter slip "mase" away); a région's name with a hyphen.
        Doc("https://a.example/masse.html", "La masse salariale des communes", "La masse salariale et les effectifs."),
        Doc("https://a.example/masse-2.html", "Masse salariale et effectifs", "La masse salariale de la région."),
        Doc("https://a.example/basse-normandie.html", "Les comptes de la région Basse-Normandie", "La région Basse-Normandie et ses comptes."),
        // "cadre" in three documents, "kader" (a name) in one: "kadre" is one swap from the name, one sound from the word.
        .. Enumerable.Range(1, 3).Select(i => Doc($"https://a.example/cadre-{i}.html", $"Le cadre budgétaire {i}", "Dans le cadre de la loi de finances.")),
        Doc("https://a.example/kader.html", "Entretien", "Monsieur Kader, maire adjoint."),
        // Words behind an elided article.
        Doc("https://a.example/algorithme.html", "Résultats de l'algorithme de classement", "L'algorithme classe les publications."),
        Doc("https://a.example/agen.html", "Le bailleur social d'Agen", "L'office public de l'habitat d'Agen et ses locataires."),
        // A compound name.
        Doc("https://a.example/castets.html", "La gestion de la commune de Castets-en-Dorthe", "Castets-en-Dorthe, commune de la Gironde."),
        // "députés" with "rattachement" and "parti" (in three documents: a correction is three times as frequent as the word);
        // "dettes", far more frequent, with them once; "Déptés" as a name, alone.
        Doc("https://a.example/an-2016.html", "Rattachement des députés à un parti politique 2016", "Liste des députés et du parti de rattachement."),
        Doc("https://a.example/an-2017.html", "Rattachement des députés à un parti politique 2017", "Liste des députés et du parti de rattachement."),
        Doc("https://a.example/an-2018.html", "Rattachement des députés à un parti politique 2018", "Liste des députés et du parti de rattachement."),
        Doc("https://a.example/dettes-0.html", "Les dettes des communes", "Les dettes, le rattachement des charges, la part du parti pris."),
        Doc("https://a.example/names.html", "Annuaire", "Monsieur Déptés, Madame Durand."),
        // "participatif" once, without "budget"; "participation" with it.
        Doc("https://a.example/participatif.html", "Un conseil", "Un conseil participatif des jeunes."),
        Doc("https://a.example/participation-1.html", "Le budget", "Le budget et la participation des habitants."),
        Doc("https://a.example/participation-2.html", "Le budget annexe", "Le budget annexe et la participation de la commune."),
        Doc("https://a.example/participation-3.html", "Le budget primitif", "Le budget primitif et la participation de l'État."),
        .. Enumerable.Range(1, 30).Select(i => Doc($"https://a.example/dettes-{i}.html", $"Les dettes, tableau {i}", "Les dettes des collectivités.")),
        // "social" with "bailleur" (three documents); "socio", far more frequent, never with it.
        .. Enumerable.Range(1, 3).Select(i => Doc($"https://a.example/bailleur-{i}.html", $"Le bailleur social {i}", "Un bailleur social et ses logements.")),
        .. Enumerable.Range(1, 30).Select(i => Doc($"https://a.example/socio-{i}.html", $"Données socio {i}", "Les données socio économiques.")),
    ]);

    public void Dispose() => _index.Dispose();

    private static readonly string[] WordList = ["participatif", "participation", "budget", "communes", "rattachement", "parti", "députés", "dettes"];

    private SearchResponse Search(string q, params (string Name, string Value)[] set)
    {
        var ranking = set.Aggregate(RankingParameters.Default, (r, s) => r.With(s.Name, s.Value));
        return new SearchService(_index.Provider, limits: SearchLimits.Default with { Ranking = ranking }) { Lexicon = new FoldedWords(WordList) }
            .Search(new SearchRequest { Query = q });
    }

    private static List<string> Urls(SearchResponse r) => r.Hits.Select(h => h.Url).ToList();

    [Fact]
    public void A_corrected_word_completes_a_synonym_expression_as_if_typed()
    {
        var right = Search("comptes communauté de communes");
        Assert.Contains("https://a.example/cc-acronym.html", Urls(right));

        var typo = Search("comptes communauté de comumnes");
        Assert.Equal("comptes communauté de communes", typo.Suggestion);
        Assert.Equal(Urls(right), Urls(typo));

        // Off: the corrected word alone replaces the typed one, and the acronym's document is not found.
        var wordOnly = Search("comptes communauté de comumnes", ("PlanCorrectedText", "0"));
        Assert.Equal("comptes communauté de communes", wordOnly.Suggestion);
        Assert.DoesNotContain("https://a.example/cc-acronym.html", Urls(wordOnly));
    }

    [Fact]
    public void A_corrected_place_name_is_read_as_the_place_with_the_typed_capital()
    {
        var typo = Search("finances Girnde");
        Assert.Equal("finances Gironde", typo.Suggestion);
        Assert.Contains(typo.QueryTerritories, t => t.Key == "departement:33");
        Assert.Equal("https://a.example/gironde.html", typo.Hits[0].Url);

        var wordOnly = Search("finances Girnde", ("PlanCorrectedText", "0"));
        Assert.DoesNotContain(wordOnly.QueryTerritories, t => t.Key == "departement:33");
    }

    [Fact]
    public void A_place_name_typed_with_a_slip_is_searched_as_the_gazetteer_writes_it()
    {
        // Four letters: no word of the query is corrected, but the level word before it says a département is named.
        var r = Search("finances du département de l'Asne");
        Assert.Equal("finances du département de l'Aisne", r.Suggestion);
        Assert.Contains(r.QueryTerritories, t => t.Key == "departement:02");
        Assert.Equal("https://a.example/aisne.html", r.Hits[0].Url);

        // A name of several words, one letter off after its first word: its words as the gazetteer writes them, the typed
        // separators kept.
        var compound = Search("gestion commune Castets en Dorthee");
        Assert.Equal("gestion commune Castets en Dorthe", compound.Suggestion);
        Assert.Contains(compound.QueryTerritories, t => t.Key == "commune:33106");
        Assert.Equal("https://a.example/castets.html", compound.Hits[0].Url);

        // Off: the typed words are searched (the place is still read from them), nothing is suggested ("Èsne" is no word's
        // slip: two edits from "aisne").
        var typed = Search("finances du département de l'Èsne", ("RespellPlaces", "0"));
        Assert.Null(typed.Suggestion);
        Assert.Equal("finances du département de l'Aisne", Search("finances du département de l'Èsne").Suggestion);
    }

    [Fact]
    public void A_first_letter_typed_as_another_of_the_same_sound_is_corrected()
    {
        var r = Search("le kadre budgétaire");
        Assert.Equal("le cadre budgétaire", r.Suggestion);
        Assert.StartsWith("https://a.example/cadre-", r.Hits[0].Url);
        Assert.Equal(["cadre", "quadre"], QueryPlan.SameSoundStarts("kadre"));
        Assert.Equal(["hopital"], QueryPlan.SameSoundStarts("opital"));
        Assert.Empty(QueryPlan.SameSoundStarts("budget"));
    }

    [Fact]
    public void A_word_of_four_letters_is_corrected_only_towards_a_word_the_other_words_meet()
    {
        var r = Search("mase salariale");
        Assert.Equal("masse salariale", r.Suggestion);
        Assert.StartsWith("https://a.example/masse", r.Hits[0].Url);

        // Alone, or in capitals (an acronym), it is left as typed.
        Assert.Null(Search("mase").Suggestion);
        Assert.Null(Search("MASE salariale").Suggestion);
    }

    [Fact]
    public void Two_words_typed_as_one_split_where_a_capital_starts_the_second()
    {
        var r = Search("comptes régionBasse-Normandie");
        Assert.Equal("comptes région Basse-Normandie", r.Suggestion);
        Assert.Equal("https://a.example/basse-normandie.html", r.Hits[0].Url);

        // The name the capital starts may be one the index lacks: the place answers for it.
        var limousin = Search("comptes régionLimousin");
        Assert.Equal("comptes région Limousin", limousin.Suggestion);
        Assert.Contains(limousin.QueryTerritories, t => t.Key == "region:75");
    }

    [Fact]
    public void A_word_behind_an_elided_article_is_corrected_and_keeps_it()
    {
        var r = Search("résultats de l'algoruthme");
        Assert.Equal("résultats de l'algorithme", r.Suggestion);
        Assert.Equal("https://a.example/algorithme.html", r.Hits[0].Url);

        var place = Search("bailleur social d'Aggen");
        Assert.Equal("bailleur social d'Agen", place.Suggestion);
        Assert.Contains(place.QueryTerritories, t => t.Key == "commune:47001");
        Assert.Equal("https://a.example/agen.html", place.Hits[0].Url);
    }

    [Fact]
    public void A_questions_suggestion_keeps_its_question_words_and_mark()
    {
        var r = Search("quels sont les résultats de l'algoruthme ?");
        Assert.Equal("quels sont les résultats de l'algorithme ?", r.Suggestion);
        Assert.Equal("https://a.example/algorithme.html", r.Hits[0].Url);
    }

    [Fact]
    public void A_compound_is_corrected_part_by_part()
    {
        var r = Search("gestion commune Castetse-en-Dorthe");
        Assert.Equal("gestion commune Castets-en-Dorthe", r.Suggestion);
        Assert.Equal("https://a.example/castets.html", r.Hits[0].Url);
        Assert.Contains(r.QueryTerritories, t => t.Key == "commune:33106");
    }

    [Fact]
    public void The_retry_corrects_a_known_word_towards_the_candidate_that_meets_the_other_words()
    {
        // "déptés" is known (a name) and no document holds it with the other words: the retry corrects it.
        var r = Search("rattachement déptés parti");
        Assert.Equal("rattachement deputes parti", r.Suggestion);
        Assert.Equal(["https://a.example/an-2016.html", "https://a.example/an-2017.html", "https://a.example/an-2018.html"], Urls(r).Take(3).Order());

        // Without the other words' evidence, the likeliest by frequency alone.
        var blind = Search("rattachement déptés parti", ("ContextCorrections", "0"));
        Assert.Equal("rattachement dettes parti", blind.Suggestion);
    }

    [Fact]
    public void A_correction_no_document_holds_with_the_other_words_gives_way_to_one_that_is()
    {
        var r = Search("bailleur socil");
        Assert.Equal("bailleur social", r.Suggestion);
        Assert.StartsWith("https://a.example/bailleur-", r.Hits[0].Url);

        // Off: the likeliest by frequency, which no document holds with "bailleur".
        Assert.Equal("bailleur socio", Search("bailleur socil", ("ContextCorrections", "0")).Suggestion);
    }

    [Fact]
    public void The_retry_leaves_a_word_of_the_language_the_index_holds()
    {
        var r = Search("budget participatif");
        Assert.Equal(0, r.Total);
        Assert.Null(r.Suggestion);
    }
}

using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

public class SearchServiceTests : IDisposable
{
    private readonly TestIndex _index = new(
        Doc("a.pdf", "Les apprentis dans les collectivités locales en 2022", "En 2022, les collectivités locales ont accueilli des apprentis.\fPage deux : diplômes préparés par les apprentis.", "DGCL", DocumentTypes.StatisticalBulletin, new DateOnly(2023, 11, 29)),
        Doc("b.pdf", "L'apprentissage dans la fonction publique en 2019", "Les apprentis de la fonction publique en 2019.", "DGCL", DocumentTypes.StatisticalBulletin, new DateOnly(2020, 6, 1)),
        Doc("c.pdf", "Les finances des communes en 2021", "Les dépenses de fonctionnement des communes augmentent. Dépenses de fonctionnement et épargne.", "DGCL", DocumentTypes.StatisticalBulletin, new DateOnly(2022, 7, 1), themes: "Finances & Fiscalité"),
        Doc("d.pdf", "Les dépenses des départements par fonction", "Présentation des dépenses par fonction : action sociale, collèges, routes.", "OFGL", DocumentTypes.Study, new DateOnly(2022, 12, 1), themes: "Finances & Fiscalité"),
        Doc("e.html", "Rapport <script>alert(1)</script> sur la commune", "Le rapport examine la commune & ses <b>comptes</b>; les apprentis y sont rares.", "Chambre régionale des comptes Bretagne", DocumentTypes.AuditReport, new DateOnly(2021, 3, 4)));

    public void Dispose() => _index.Dispose();

    private SearchResponse Search(string q, int size = 10, Dictionary<string, IReadOnlyList<string>>? filters = null, SearchSort sort = SearchSort.Relevance) =>
        _index.Service.Search(new SearchRequest { Query = q, Size = size, Filters = filters ?? [], Sort = sort });

    [Theory]
    [InlineData("apprentis collectivités 2022")]
    [InlineData("apprentis collectivites 2022")]
    [InlineData("APPRENTIS Collectivités 2022")]
    public void Apprentices_bulletin_comes_first(string query)
    {
        var r = Search(query);
        Assert.Equal("a.pdf", r.Hits[0].Url);
    }

    [Fact]
    public void A_cancelled_search_stops_with_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => _index.Service.Search(new SearchRequest { Query = "apprentis" }, cancelled.Token));
        Assert.NotEmpty(_index.Service.Search(new SearchRequest { Query = "apprentis" }, CancellationToken.None).Hits);
    }

    [Fact]
    public void The_home_page_answer_is_the_same_when_served_again()
    {
        var first = _index.Service.Search(new SearchRequest { Size = 3 });
        var again = _index.Service.Search(new SearchRequest { Size = 3 });
        Assert.Equal(5, again.Total);
        Assert.Equal(first.Hits.Select(h => h.Url), again.Hits.Select(h => h.Url));
        Assert.Equal(["a.pdf", "d.pdf", "c.pdf"], again.Hits.Select(h => h.Url));   // newest first
        Assert.Equal(first.Facets[Schema.Publisher], again.Facets[Schema.Publisher]);
        Assert.Equal(3, again.Facets[Schema.Publisher].Count);
    }

    [Fact]
    public void Every_word_must_match()
    {
        var r = Search("apprentis diplômes");
        Assert.Equal(["a.pdf"], r.Hits.Select(h => h.Url));
        Assert.Null(r.Relaxed);
    }

    [Theory]
    [InlineData("à quoi correspondent les dépenses par fonction ?")]
    [InlineData("que signifie dépenses par fonction ?")]
    [InlineData("Quelles dépenses par fonction")]
    public void A_question_is_searched_for_what_it_asks_about(string query)
    {
        // "quoi", "correspondent", "signifie", "quelles" are in no document: as words they would empty the results.
        var r = Search(query);
        Assert.Equal("d.pdf", r.Hits[0].Url);
        Assert.Null(r.Relaxed);
    }

    [Fact]
    public void Question_words_are_kept_when_they_are_all_there_is_or_the_query_is_no_question()
    {
        var plan = QueryPlan.Create("à quoi correspondent les IFER ?", null, global::Search.Core.Analysis.Synonyms.Default);
        Assert.Equal(["quoi", "correspondent"], plan.QuestionWords);
        Assert.Equal(["IFER"], plan.Units.Select(u => u.Original));
        Assert.Empty(QueryPlan.Create("comment ?", null, global::Search.Core.Analysis.Synonyms.Default).QuestionWords);
        // Not a question: "dire" stays a word ("le dire de l'expert").
        Assert.Contains("dire", QueryPlan.Create("le dire des experts", null, global::Search.Core.Analysis.Synonyms.Default).Units.Select(u => u.Original));
        // The verb faire frames a question ("comment sont faits …"); outside a question "faits" is a word ("les faits constatés").
        Assert.Equal(["groupes", "référence", "communes"],
            QueryPlan.Create("comment sont faits les groupes de référence des communes ?", null, global::Search.Core.Analysis.Synonyms.Default).Units.Select(u => u.Original));
        Assert.Contains("faits", QueryPlan.Create("les faits constatés", null, global::Search.Core.Analysis.Synonyms.Default).Units.Select(u => u.Original));
    }

    [Fact]
    public void A_questions_verb_is_a_preference_not_a_requirement()
    {
        var synonyms = global::Search.Core.Analysis.Synonyms.Default;
        static string[] Predicates(QueryPlan plan) => [.. plan.Predicates.Select(u => u.Original)];
        static string[] Required(QueryPlan plan) => [.. plan.Required.Select(u => u.Original)];
        // A modal and the verb it governs, past a negation; a reflexive verb.
        var modal = QueryPlan.Create("que doit contenir le débat d'orientation budgétaire ?", null, synonyms);
        Assert.Equal(["doit", "contenir"], Predicates(modal));
        // The subject is one unit: "débat d'orientation budgétaire" is an expression of the synonym data (the DOB).
        Assert.Equal(["débat d'orientation budgétaire"], Required(modal));
        Assert.Equal(["peut", "gérer"], Predicates(QueryPlan.Create("pourquoi un SIVU ne peut pas gérer un EHPAD ?", null, synonyms)));
        var reflexive = QueryPlan.Create("comment se partagent les compétences entre communes ?", null, synonyms);
        Assert.Equal(["partagent"], Predicates(reflexive));
        Assert.Equal(["compétences", "entre", "communes"], Required(reflexive));
        // The noun "quel" asks for names the answer, which the documents give without naming it.
        var which = QueryPlan.Create("quel est le montant de la DGF en 2023 ?", null, synonyms);
        Assert.Equal(["montant"], Predicates(which));
        Assert.Equal(["DGF"], Required(which));
        // The purpose of a question, "pour" and an infinitive, is what the asker wants to do, not what the documents say.
        Assert.Equal(["conditions", "obtenir"], Predicates(QueryPlan.Create("quelles conditions pour obtenir le label ?", null, synonyms)));
        // The participle after "comment|pourquoi|quand|où|combien" and an auxiliary: how the thing is done, in the documents' own verbs.
        var participle = QueryPlan.Create("comment sont calculées les moyennes de strate pour comparer les communes ?", null, synonyms);
        Assert.Equal(["calculées", "comparer"], Predicates(participle));
        Assert.Equal(["moyennes", "strate", "communes"], Required(participle));
        Assert.Equal(["fermée"], Predicates(QueryPlan.Create("pourquoi a été fermée la piscine ?", null, synonyms)));
        Assert.Equal(["calculée"], Predicates(QueryPlan.Create("comment la dotation forfaitaire est-elle calculée ?", null, synonyms)));
        // A noun after the auxiliary or after "pour" stays required; so does a participle after a "quel" (it asks for a noun).
        Assert.Empty(Predicates(QueryPlan.Create("comment sont les comptes des communes ?", null, synonyms)));
        Assert.Empty(Predicates(QueryPlan.Create("pourquoi un budget pour le centre aquatique ?", null, synonyms)));
        Assert.Equal(["montant"], Predicates(QueryPlan.Create("quel est le montant versé pour 2023 ?", null, synonyms)));
        // Not a question: every word is required. A question that is only a predicate keeps it required.
        Assert.Empty(Predicates(QueryPlan.Create("le maire peut déléguer", null, synonyms)));
        Assert.Equal(["peut", "déléguer"], Required(QueryPlan.Create("peut déléguer ?", null, synonyms)));

        // Written for this test: the report on the debate never says "contenir"; the other one says it and is about something else.
        using var index = new TestIndex(
            Doc("dob.pdf", "Le débat d'orientation budgétaire", "Le rapport présenté au conseil expose les orientations budgétaires et les engagements pluriannuels."),
            Doc("autre.pdf", "Les comptes de la commune", "Le rapport doit contenir les comptes de la commune."));
        var r = index.Service.Search(new SearchRequest { Query = "que doit contenir le débat d'orientation budgétaire ?" });
        Assert.Equal("dob.pdf", r.Hits[0].Url);

        // Written for this test: the note says how the averages are obtained, never "calculées" nor "comparer"; the other
        // document says both and is about something else.
        using var strata = new TestIndex(
            Doc("note.pdf", "Les moyennes de strate", "La moyenne de la strate est obtenue en rapportant la somme des montants des communes du groupe à leur population."),
            Doc("autre.pdf", "Les redevances de la cantine", "Les redevances sont calculées pour comparer les communes voisines."));
        var answered = strata.Service.Search(new SearchRequest { Query = "comment sont calculées les moyennes de strate pour comparer les communes ?" });
        Assert.Equal(["note.pdf"], answered.Hits.Select(h => h.Url));
    }

    [Fact]
    public void A_year_favours_its_documents_without_excluding_others()
    {
        var r = Search("apprentis 2019");
        Assert.Equal("b.pdf", r.Hits[0].Url);
        Assert.Contains(r.Hits, h => h.Url == "a.pdf");
    }

    [Fact]
    public void Acronyms_and_their_expansions_find_each_other()
    {
        using var index = new TestIndex(
            Doc("dgf.pdf", "Les concours financiers de l'État", "La dotation globale de fonctionnement des communes progresse.", date: new DateOnly(2023, 1, 1)),
            Doc("epci.pdf", "Les groupements", "Les intercommunalités à fiscalité propre au 1er janvier.", date: new DateOnly(2022, 1, 1)),
            Doc("other.pdf", "Fonctionnement des services", "Dotation de fonctionnement des écoles, globale.", date: new DateOnly(2021, 1, 1)));
        var dgf = index.Service.Search(new SearchRequest { Query = "DGF" });
        Assert.Equal(["dgf.pdf"], dgf.Hits.Select(h => h.Url));
        var epci = index.Service.Search(new SearchRequest { Query = "EPCI" });
        Assert.Equal(["epci.pdf"], epci.Hits.Select(h => h.Url));
        var expanded = index.Service.Search(new SearchRequest { Query = "dotation globale de fonctionnement" });
        Assert.Equal("dgf.pdf", expanded.Hits[0].Url);
    }

    [Fact]
    public void Typos_are_corrected_and_suggested()
    {
        var r = Search("fonctionement");
        Assert.Equal("c.pdf", r.Hits[0].Url);
        Assert.Equal("fonctionnement", r.Suggestion);
        Assert.Null(Search("fonctionnement").Suggestion);
    }

    [Fact]
    public void Words_no_document_has_give_no_hit_but_relaxed_matches_naming_the_missing_word()
    {
        var r = Search("apprentis dengue");
        Assert.Equal(0, r.Total);
        Assert.Empty(r.Hits);
        Assert.NotNull(r.Relaxed);
        Assert.Equal(["dengue"], r.Relaxed.Missing);
        Assert.Contains(r.Relaxed.Hits, h => h.Url == "a.pdf");
        // Each partial match names the words it lacks: here the one no document has.
        Assert.All(r.Relaxed.Hits, h => Assert.Equal(["dengue"], h.Missing));
        Assert.Null(Search("dengue").Relaxed);
    }

    [Fact]
    public void Fonction_and_fonctionnement_queries_have_different_first_results()
    {
        var fonctionnement = Search("dépenses de fonctionnement");
        var fonction = Search("dépenses par fonction");
        Assert.Equal("c.pdf", fonctionnement.Hits[0].Url);
        Assert.Equal("d.pdf", fonction.Hits[0].Url);
        Assert.DoesNotContain(fonction.Hits, h => h.Url == "c.pdf");
    }

    [Fact]
    public void Facet_counts_are_exact_and_disjunctive()
    {
        var all = Search("");
        Assert.Equal(5, all.Total);
        Assert.Contains(new FacetValue("DGCL", 3), all.Facets[Schema.Publisher]);
        Assert.Contains(new FacetValue("Finances & Fiscalité", 2), all.Facets[Schema.Theme]);

        var filtered = Search("", filters: new() { [Schema.Publisher] = ["OFGL"] });
        Assert.Equal(1, filtered.Total);
        // The publisher facet still shows the other publishers (counted without its own filter)…
        Assert.Contains(new FacetValue("DGCL", 3), filtered.Facets[Schema.Publisher]);
        // …while the other facets reflect the selection.
        Assert.Equal([new FacetValue(DocumentTypes.Study, 1)], filtered.Facets[Schema.Type]);

        var two = Search("", filters: new() { [Schema.Publisher] = ["OFGL", "DGCL"], [Schema.Year] = ["2022"] });
        Assert.Equal(2, two.Total);
    }

    [Fact]
    public void Year_ranges_filter_and_keep_the_year_facet_disjunctive()
    {
        var r = _index.Service.Search(new SearchRequest { Query = "", YearFrom = 2021, YearTo = 2022 });
        Assert.Equal(3, r.Total);
        Assert.All(r.Hits, h => Assert.InRange(h.Year!.Value, 2021, 2022));
        Assert.Contains(new FacetValue("2023", 1), r.Facets[Schema.Year]);
        Assert.Equal(3, _index.Service.Search(new SearchRequest { Query = "", YearFrom = 2022 }).Total);
        Assert.Equal(1, _index.Service.Search(new SearchRequest { Query = "", YearTo = 2020 }).Total);
        Assert.Throws<InvalidSearchRequestException>(() => _index.Service.Search(new SearchRequest { YearFrom = 2023, YearTo = 2020 }));
    }

    [Fact]
    public void Snippets_mark_matches_and_escape_everything_else()
    {
        var r = Search("commune comptes");
        var hit = Assert.Single(r.Hits);
        Assert.Contains("<mark>", hit.Snippet);
        Assert.DoesNotContain("<b>", hit.Snippet);
        Assert.Contains("&lt;b&gt;", hit.Snippet);
        Assert.Contains("&amp;", hit.Snippet);
        Assert.Equal("Rapport <script>alert(1)</script> sur la commune", hit.Title); // raw in JSON; the UI encodes it
    }

    [Fact]
    public void Snippet_knows_the_page_of_the_best_passage()
    {
        var hit = Search("diplômes apprentis").Hits.Single();
        Assert.Equal(2, hit.Page);
    }

    [Fact]
    public void Hits_carry_several_passages_each_with_its_page()
    {
        var hit = Search("apprentis").Hits.Single(h => h.Url == "a.pdf");
        Assert.Equal(hit.Snippet, hit.Passages[0].Snippet);
        Assert.Equal(hit.Page, hit.Passages[0].Page);
        Assert.Equal([1, 2], hit.Passages.Select(p => p.Page ?? 0).Order());
        Assert.All(hit.Passages, p => Assert.Contains("<mark>", p.Snippet));
    }

    [Fact]
    public void Date_sort_puts_newest_first()
    {
        var r = Search("apprentis", sort: SearchSort.Date);
        Assert.Equal(["a.pdf", "e.html", "b.pdf"], r.Hits.Select(h => h.Url));
    }

    [Fact]
    public void Paging_returns_the_requested_slice()
    {
        var page2 = _index.Service.Search(new SearchRequest { Query = "", Page = 2, Size = 2 });
        Assert.Equal(5, page2.Total);
        Assert.Equal(2, page2.Hits.Count);
        var page1 = _index.Service.Search(new SearchRequest { Query = "", Page = 1, Size = 2 });
        Assert.Empty(page1.Hits.Select(h => h.Id).Intersect(page2.Hits.Select(h => h.Id)));
    }

    [Theory]
    [InlineData("\"apprentis collectivités")]
    [InlineData("apprentis \"")]
    [InlineData("-")]
    [InlineData("| | +")]
    [InlineData("((apprentis")]
    [InlineData("apprentis~")]
    [InlineData("*")]
    [InlineData("le la les de")]
    [InlineData("appr\u0000entis\u0007 \u001b[31m")]
    [InlineData("collectivit*")]
    [InlineData("−apprentis")]
    public void Malformed_queries_never_throw(string query)
    {
        var r = Search(query);
        Assert.True(r.Total >= 0);
    }

    [Fact]
    public void Prefix_queries_work_on_unaccented_forms()
    {
        Assert.Contains(Search("collectivit*").Hits, h => h.Url == "a.pdf");
    }

    [Fact]
    public void Overlong_and_invalid_requests_are_refused_with_a_code_and_a_message()
    {
        var e = Assert.Throws<InvalidSearchRequestException>(() => Search(new string('a', 10_000)));
        Assert.Contains("too long", e.Message);
        Assert.Equal(SearchErrors.QueryTooLong, e.Code);
        Assert.Equal(SearchErrors.InvalidSize, Assert.Throws<InvalidSearchRequestException>(() => _index.Service.Search(new SearchRequest { Size = 0 })).Code);
        Assert.Equal(SearchErrors.InvalidPage, Assert.Throws<InvalidSearchRequestException>(() => _index.Service.Search(new SearchRequest { Page = 0 })).Code);
        Assert.Equal(SearchErrors.UnknownFilter, Assert.Throws<InvalidSearchRequestException>(() =>
            _index.Service.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["nope"] = ["x"] } })).Code);
    }

    [Fact]
    public void Many_words_short_of_the_limit_are_answered_or_refused_clearly()
    {
        var words = string.Join(' ', Enumerable.Range(0, 160).Select(i => "m" + i));
        try
        {
            Assert.Equal(0, Search(words).Total);
        }
        catch (InvalidSearchRequestException e)
        {
            Assert.Contains("too many", e.Message);
        }
    }

    [Fact]
    public void Documents_are_found_by_id_and_url()
    {
        var id = DocumentIds.FromUrl("d.pdf");
        Assert.Equal("d.pdf", _index.Service.GetById(id)!.Url);
        Assert.Equal(id, _index.Service.GetByUrl("d.pdf")!.Id);
        Assert.Null(_index.Service.GetById("0000000000000000"));
    }

    [Fact]
    public void Upserting_the_same_id_twice_keeps_one_document()
    {
        using (var writer = DocumentIndexWriter.Open(_index.Path))
        {
            writer.Upsert(Doc("a.pdf", "Titre remplacé", "Nouveau texte"));
            writer.Commit();
        }
        _index.Provider.MaybeRefresh();
        Assert.Equal(5, _index.Service.DocumentCount());
        Assert.Equal("Titre remplacé", _index.Service.GetByUrl("a.pdf")!.Title);
    }

    [Fact]
    public void Refresh_reports_only_real_changes()
    {
        Assert.Equal(5, _index.Service.DocumentCount());
        Assert.False(_index.Provider.MaybeRefresh());
        using (var writer = DocumentIndexWriter.Open(_index.Path))
        {
            writer.Upsert(Doc("f.pdf", "Nouveau", "Texte nouveau"));
            writer.Commit();
        }
        Assert.True(_index.Provider.MaybeRefresh());
        Assert.Equal(6, _index.Service.DocumentCount());
        Assert.False(_index.Provider.MaybeRefresh());
    }

    [Fact]
    public void No_index_yet_means_not_open_rather_than_an_error()
    {
        var empty = Path.Combine(Path.GetTempPath(), "no-index-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            using var provider = new IndexSearcherProvider(empty);
            Assert.False(provider.IsOpen);
            Assert.False(provider.MaybeRefresh());
            Assert.Equal(0, new SearchService(provider).DocumentCount());
            Assert.Throws<IndexNotReadyException>(() => new SearchService(provider).Search(new SearchRequest { Query = "x" }));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void A_second_writer_gets_a_clear_error()
    {
        using var first = DocumentIndexWriter.Open(_index.Path);
        var e = Assert.Throws<IndexLockedException>(() => DocumentIndexWriter.Open(_index.Path));
        Assert.Contains("another process", e.Message);
    }
}

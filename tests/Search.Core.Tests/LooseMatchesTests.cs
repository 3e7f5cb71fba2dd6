using Lucene.Net.Search;
using Search.Core.Documents;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>
/// A thin answer widened (issue 14): when fewer than a page of documents hold every word of a query of three words or
/// more, those holding all but one follow them, labelled with the word they lack; a query no document fully answers
/// stays without hits, and a short query or a full page is never widened.
/// </summary>
public sealed class LooseMatchesTests : IDisposable
{
    private readonly TestIndex _index = new(
    [
        // The known item: its series, its number and its subject.
        Doc("https://insee.example/ip1841.html", "Insee Première n° 1841 : l'apprentissage en France",
            "L'apprentissage progresse fortement en France depuis la réforme.", "Insee", null, new DateOnly(2021, 2, 1)),
        // On its subject, published by the same body in the same series, without the number.
        Doc("https://insee.example/ip1790.html", "Insee Première n° 1790 : l'emploi des jeunes",
            "L'apprentissage et l'emploi des jeunes diplômés.", "Insee", null, new DateOnly(2020, 1, 1)),
        Doc("https://insee.example/focus.html", "Insee Focus : les contrats en alternance",
            "Les contrats d'apprentissage signés par les jeunes en 2020, d'après l'Insee Première de janvier.", "Insee", null, new DateOnly(2021, 5, 1)),
        // Another publisher, without the number.
        Doc("https://dares.example/etude.html", "L'apprentissage vu par l'Insee", "Une étude reprend l'Insee Première sur l'apprentissage.", "Dares", null, new DateOnly(2021, 9, 1)),
        // One word of the four only.
        Doc("https://dgcl.example/apprentis.html", "Les apprentis des collectivités", "L'apprentissage dans les collectivités locales.", "DGCL", null, new DateOnly(2022, 1, 1)),
        Doc("https://dgcl.example/autre.html", "Les finances des communes", "Les dépenses des communes en 2021.", "DGCL", null, new DateOnly(2022, 1, 1)),
    ]);

    public void Dispose() => _index.Dispose();

    private SearchResponse Search(string query, int size = 10) => _index.Service.Search(new SearchRequest { Query = query, Size = size });

    [Fact]
    public void Documents_lacking_one_word_follow_the_complete_matches_labelled_with_it()
    {
        var r = Search("Insee Première 1841 apprentissage");
        Assert.Equal("https://insee.example/ip1841.html", r.Hits[0].Url);
        Assert.Empty(r.Hits[0].Missing);
        Assert.Equal(["https://dares.example/etude.html", "https://insee.example/focus.html", "https://insee.example/ip1790.html"],
            r.Hits.Skip(1).Select(h => h.Url).Order(StringComparer.Ordinal));
        Assert.All(r.Hits.Skip(1), h => Assert.Equal(["1841"], h.Missing));
        // Only one word of four: not an answer.
        Assert.DoesNotContain(r.Hits, h => h.Url == "https://dgcl.example/apprentis.html");
        // The total and the facets count what the pages show.
        Assert.Equal(4, r.Total);
        Assert.Equal([new FacetValue("Insee", 3), new FacetValue("Dares", 1)], r.Facets[Schema.Publisher]);
        Assert.Null(r.Relaxed);
        // Paging through the same answer.
        Assert.Equal(r.Hits.Skip(1).Select(h => h.Url), Search("Insee Première 1841 apprentissage", size: 1) is var first
            ? new[] { 2, 3, 4 }.Select(p => _index.Service.Search(new SearchRequest { Query = "Insee Première 1841 apprentissage", Size = 1, Page = p }).Hits.Single().Url)
            : []);
        Assert.Equal(4, first.Total);
    }

    [Fact]
    public void A_facet_count_is_what_choosing_its_value_gives()
    {
        // The Dares study lacks the number: chosen alone, it has no complete match, and is still the answer the count promised
        // (the widening is decided without the filters).
        var r = Search("Insee Première 1841 apprentissage");
        Assert.Contains(new FacetValue("Dares", 1), r.Facets[Schema.Publisher]);
        var dares = _index.Service.Search(new SearchRequest
        {
            Query = "Insee Première 1841 apprentissage",
            Filters = new Dictionary<string, IReadOnlyList<string>> { [Schema.Publisher] = ["Dares"] },
        });
        Assert.Equal(1, dares.Total);
        Assert.Equal(["https://dares.example/etude.html"], dares.Hits.Select(h => h.Url));
        Assert.Equal(["1841"], dares.Hits.Single().Missing);
        // The facet of the chosen field still counts the other values the same way (disjunctive).
        Assert.Equal(r.Facets[Schema.Publisher], dares.Facets[Schema.Publisher]);
    }

    [Fact]
    public void A_query_no_document_fully_answers_stays_without_hits()
    {
        // "jumelage" is in no document: the three others are in the Insee documents, but nothing holds all four.
        var r = Search("Insee Première apprentissage jumelage");
        Assert.Empty(r.Hits);
        Assert.Equal(0, r.Total);
        Assert.NotNull(r.Relaxed);
    }

    [Fact]
    public void Short_queries_are_not_widened_and_one_word_in_common_is_not_enough()
    {
        // Two words: every one is required.
        var two = Search("apprentissage 1841");
        Assert.Equal(["https://insee.example/ip1841.html"], two.Hits.Select(h => h.Url));
        Assert.All(two.Hits, h => Assert.Empty(h.Missing));
        // Three words held by every Insee document but not the others: no widening to the DGCL's.
        var three = Search("Insee Première apprentissage");
        Assert.All(three.Hits, h => Assert.Empty(h.Missing));
        Assert.DoesNotContain(three.Hits, h => h.Publisher == "DGCL");
    }

    [Fact]
    public void A_document_about_the_query_lacking_one_word_passes_a_complete_match_that_only_holds_the_words_in_passing()
    {
        // Written for this test: the lists are about the deputies' parties and never say "affinité" (a word of no synonym
        // group: "appartenance" reaches their "rattachement" since the tenth session); the audit report
        // holds the three words in one passage, in passing, among pages on something else.
        var filler = string.Join(" ", Enumerable.Repeat("Les charges de personnel et les dépenses d'équipement de la commune ont progressé.", 60));
        using var index = new TestIndex(
            Doc("https://crc.example/rapport.html", "Rapport sur la gestion de la commune",
                filler + " Le maire rappelle l'affinité politique des députés de la circonscription. " + filler),
            // A series (one list a year, the year in the title): kept apart by the collapse.
            Doc("https://an.example/liste-2019.pdf", "Rattachement des députés à un parti politique pour 2019",
                "Déclarations reçues en novembre 2018 : chacun des députés indique le parti politique auquel il se rattache."),
            Doc("https://an.example/liste-2020.pdf", "Rattachement des députés à un parti politique pour 2020",
                "Les députés ont déclaré en novembre 2019 le parti ou groupement politique de leur choix."));
        var request = new SearchRequest { Query = "affinité politique députés" };
        var r = index.Service.Search(request);
        Assert.Equal(3, r.Total);
        Assert.Equal(["https://an.example/liste-2019.pdf", "https://an.example/liste-2020.pdf"], r.Hits.Take(2).Select(h => h.Url).Order(StringComparer.Ordinal));
        Assert.All(r.Hits.Take(2), h => Assert.Equal(["affinité"], h.Missing));
        Assert.Equal("https://crc.example/rapport.html", r.Hits[2].Url);
        Assert.Empty(r.Hits[2].Missing);
        // With the factor at 0, every complete match comes first (the order before this rule).
        var completeFirst = new SearchService(index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With("LooseScoreFactor", "0") });
        Assert.Equal("https://crc.example/rapport.html", completeFirst.Search(request).Hits[0].Url);
    }

    [Fact]
    public void A_loose_match_passes_covered_complete_matches_by_its_weighed_score_never_a_scattered_one()
    {
        static Lucene.Net.Search.ScoreDoc D(int doc, float score) => new(doc, score);
        ScoreDoc[] covered = [D(1, 10), D(2, 4), D(3, 9), D(4, 3)];
        ScoreDoc[] scattered = [D(5, 20), D(6, 30)];
        var complete = new HashSet<int> { 1, 2, 5 };
        // Complete 1 (10), 2 (4), scattered complete 5; loose 3 (9 x 0.5 = 4.5 passes 2), 4 (3 x 0.5: after 5), scattered loose 6.
        Assert.Equal([1, 3, 2, 5, 4, 6], LooseMatches.Order(covered, scattered, complete, 0.5f).Select(d => d.Doc));
        Assert.Equal([1, 2, 5, 3, 4, 6], LooseMatches.Order(covered, scattered, complete, 0f).Select(d => d.Doc));
        // However high its score, a loose match stays after the scattered complete matches unless it passes a covered one.
        Assert.Equal([1, 2, 5, 3, 4, 6], LooseMatches.Order(covered, scattered, complete, 0.1f).Select(d => d.Doc));
    }

    /// <summary>Written for these tests: a regional portrait that never prints the generic words a reader describes it with,
    /// six documents on the great national debate that print them, and an audit report where the two rare words of another
    /// query meet in one sentence of its text.</summary>
    private static TestIndex DescribedItems() => new(
        Doc("https://insee.example/portrait-corse.pdf", "Corse – Portrait régional", "La population, l'emploi et les revenus de l'île en quelques chiffres."),
        Doc("https://gouv.example/debat-1.html", "Synthèse des contributions", "Le grand débat national et l'action territoriale des communes."),
        Doc("https://gouv.example/debat-2.html", "Restitution régionale", "Le grand débat national : cohésion territoriale et services publics."),
        Doc("https://gouv.example/debat-3.html", "Les cahiers citoyens", "Cahiers du grand débat national, fiscalité et démocratie territoriale."),
        Doc("https://gouv.example/debat-4.html", "Les réunions locales", "Réunions du grand débat national dans chaque territoire."),
        Doc("https://gouv.example/debat-5.html", "Les propositions des maires", "Les maires dans le grand débat national : la fonction publique territoriale."),
        Doc("https://gouv.example/debat-6.html", "Transition écologique", "Le grand débat national et la transition écologique territoriale."),
        Doc("https://crc.example/rapport.html", "Rapport sur la gestion de la commune",
            "Un incendie a fermé la piscine en 2019. Le grand débat national a été organisé en mairie."));

    [Fact]
    public void A_description_no_passage_answers_finds_the_item_titled_by_its_rare_words()
    {
        using var index = DescribedItems();
        var r = index.Service.Search(new SearchRequest { Query = "portrait territorial grand débat national Corse" });
        Assert.Equal("https://insee.example/portrait-corse.pdf", Assert.Single(r.Hits).Url);
        Assert.Equal(["territorial", "grand", "débat", "national"], r.Hits[0].Missing);
        Assert.Equal(1, r.Total);
        // Off (share 0): the partial answers find it too (its title holds most of the query's weight, LooseMatches.Answering);
        // with them off as well, no document holds every word, so no hit.
        var commonOff = RankingParameters.Default.With("CommonUnitShare", "0");
        var partial = new SearchService(index.Provider, limits: SearchLimits.Default with { Ranking = commonOff });
        Assert.Equal("https://insee.example/portrait-corse.pdf", Assert.Single(partial.Search(new SearchRequest { Query = "portrait territorial grand débat national Corse" }).Hits).Url);
        var off = new SearchService(index.Provider, limits: SearchLimits.Default with { Ranking = commonOff.With("PartialAnswerShare", "0") });
        Assert.Empty(off.Search(new SearchRequest { Query = "portrait territorial grand débat national Corse" }).Hits);
    }

    [Fact]
    public void Rare_words_that_only_meet_in_a_text_make_no_hit()
    {
        using var index = DescribedItems();
        // The audit report holds every word but the common "territorial"; "incendie" and "piscine" are rare and meet in one
        // sentence of its text, but its title holds neither: not an item they describe.
        var complete = index.Service.Search(new SearchRequest { Query = "incendie piscine grand débat national" });
        Assert.Equal("https://crc.example/rapport.html", Assert.Single(complete.Hits).Url);
        // (Nor is it an answer lacking one word of a long query, RankingParameters.LooseUncoveredUnits: five of the six meet in
        // one passage, but none is in its title.)
        var r = index.Service.Search(new SearchRequest { Query = "incendie piscine grand débat national territorial" });
        Assert.Empty(r.Hits);
        Assert.Equal(0, r.Total);
        Assert.NotNull(r.Relaxed);
    }

    private static string Filler(int words) => string.Join(' ', Enumerable.Repeat("tableau", words));

    /// <summary>Written for these tests: a long report holding five words of a description pages apart, a short note titled by
    /// one of them holding four in one passage, a note holding the same four with none in its title, and a note holding three.</summary>
    private static TestIndex LongDescription() => new(
        Doc("https://crc.example/long.pdf", "Rapport d'observations définitives",
            "Le label " + Filler(400) + "\f européen " + Filler(400) + "\f énergie " + Filler(400) + "\f villes " + Filler(400)
            + "\f intercommunalités " + Filler(1100)),
        Doc("https://ademe.example/reglement.pdf", "Règlement du label", "Le label européen de l'énergie ouvert aux intercommunalités."),
        Doc("https://crc.example/compte-rendu.pdf", "Compte rendu de séance", "Le label européen de l'énergie a été présenté aux intercommunalités."),
        Doc("https://ademe.example/guide.pdf", "Guide", "Le label énergie des intercommunalités."));

    [Fact]
    public void A_long_query_no_passage_answers_is_answered_by_the_documents_lacking_one_word_in_a_passage()
    {
        using var index = LongDescription();
        const string query = "label européen énergie pour les villes et intercommunalités";
        // Five units; the only complete match holds them pages apart (scattered): the note titled by one of them and holding
        // the four others in one passage answers, labelled, before the scattered report; the minutes holding the same four
        // words, none in their title, only mention them; the note holding three is no answer.
        var r = index.Service.Search(new SearchRequest { Query = query });
        Assert.Equal(["https://ademe.example/reglement.pdf", "https://crc.example/long.pdf"], r.Hits.Select(h => h.Url));
        Assert.Equal(["villes"], r.Hits[0].Missing);
        Assert.Empty(r.Hits[1].Missing);
        Assert.Equal(2, r.Total);
        Assert.Null(r.Relaxed);
        // Off: every complete match is scattered, so no hit, only partial matches.
        var off = new SearchService(index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With("LooseUncoveredUnits", "0") });
        var none = off.Search(new SearchRequest { Query = query });
        Assert.Empty(none.Hits);
        Assert.Equal(0, none.Total);
        Assert.True(none.Relaxed!.Scattered);
        // Shorter than the rule's length (four units): a word lacked is too much of the query.
        var shorter = index.Service.Search(new SearchRequest { Query = "label européen villes intercommunalités" });
        Assert.Empty(shorter.Hits);
        Assert.NotNull(shorter.Relaxed);
    }

    /// <summary>Written for these tests: an item titled by its rare word ("Fonjep") that never prints the common word
    /// ("budget", in half of the documents) nor the kind ("note") a reader describes it with; documents printing the common
    /// words; a report on the doctors of a commune that never says "généralistes".</summary>
    private static TestIndex AbsentWords() => new(
        Doc("https://crc.example/fonjep.html", "Le fonds de coopération de la jeunesse (Fonjep)",
            "Les postes Fonjep financent des emplois dans les associations d'éducation populaire."),
        Doc("https://dgcl.example/budget-communes.html", "Le budget des communes", "Le budget et les postes de dépenses des communes."),
        Doc("https://dgcl.example/budget-departements.html", "Le budget des départements", "Le budget et les postes des départements."),
        Doc("https://dgcl.example/budget-regions.html", "Le budget des régions", "Le budget des régions en 2022."),
        Doc("https://crc.example/medecins.html", "Les médecins de la commune", "Le nombre de médecins installés dans la commune a baissé."),
        Doc("https://insee.example/emploi.html", "L'emploi dans les zones rurales", "Le nombre d'emplois par commune."),
        Doc("https://insee.example/revenus.html", "Les revenus des ménages", "Les revenus par commune."));

    [Fact]
    public void A_query_no_document_fully_answers_finds_the_item_lacking_only_a_common_word_or_its_kind()
    {
        using var index = AbsentWords();
        // "budget" and "postes" are common (half of the documents); "Fonjep", rare, titles the item, which lacks "budget".
        var r = index.Service.Search(new SearchRequest { Query = "budget des postes Fonjep" });
        Assert.Equal("https://crc.example/fonjep.html", Assert.Single(r.Hits).Url);
        Assert.Equal(["budget"], r.Hits[0].Missing);
        Assert.Equal(1, r.Total);
        Assert.Null(r.Relaxed);
        // A word naming the kind of a publication, however rare, is not required either; two units are enough.
        var note = index.Service.Search(new SearchRequest { Query = "note Fonjep" });
        Assert.Equal("https://crc.example/fonjep.html", Assert.Single(note.Hits).Url);
        Assert.Equal(["note"], note.Hits[0].Missing);
        // Off: no document holds every word, so no hit (the partial matches only).
        var off = new SearchService(index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With("AbsentCommonUnits", "0") });
        var none = off.Search(new SearchRequest { Query = "budget des postes Fonjep" });
        Assert.Empty(none.Hits);
        Assert.Equal("https://crc.example/fonjep.html", none.Relaxed!.Hits[0].Url);
    }

    [Fact]
    public void A_document_lacking_a_rare_word_or_naming_the_rare_ones_only_in_its_text_stays_a_partial_match()
    {
        using var index = AbsentWords();
        // "généralistes" is in no document: the report on the commune's doctors lacks a word that says what is asked.
        var r = index.Service.Search(new SearchRequest { Query = "nombre de médecins généralistes par commune" });
        Assert.Empty(r.Hits);
        Assert.Equal(0, r.Total);
        Assert.Equal("https://crc.example/medecins.html", r.Relaxed!.Hits[0].Url);
        // The item on the Fonjep holds the rare words and lacks only the common "budget", but holds them in its text, not in
        // its title: it mentions them, it is not about them; no hit.
        var text = index.Service.Search(new SearchRequest { Query = "budget des associations d'éducation populaire" });
        Assert.Empty(text.Hits);
        Assert.NotNull(text.Relaxed);
    }

    [Theory]
    [InlineData("note", true)]
    [InlineData("Étude", true)]
    [InlineData("l'étude", true)]
    [InlineData("synthèses", true)]
    [InlineData("tableaux", true)]
    [InlineData("commune", false)]
    [InlineData("clés", false)]
    [InlineData("dette", false)]
    public void Words_naming_the_kind_of_a_publication(string word, bool kind) => Assert.Equal(kind, LooseMatches.IsDocumentKind(word));

    [Fact]
    public void The_words_a_document_lacks_are_those_whose_own_search_misses_it_in_every_segment_and_any_order()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "search-core-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Two segments, so that one unit's weight serves documents of both.
            using (var writer = global::Search.Core.Indexing.DocumentIndexWriter.Open(path))
            {
                writer.Upsert(Doc("https://a.example/1.html", "Apprentissage dans les communes", "Les apprentis des communes rurales."));
                writer.Upsert(Doc("https://a.example/2.html", "Les finances locales", "La dette des communes et des départements."));
                writer.Commit();
                writer.Upsert(Doc("https://a.example/3.html", "L'apprentissage en région", "Les centres de formation des apprentis."));
                writer.Upsert(Doc("https://a.example/4.html", "Dette et apprentissage", "La dette des régions et l'apprentissage dans les communes."));
                writer.Commit();
            }
            using var provider = new IndexSearcherProvider(path);
            using var lease = provider.Acquire()!;
            var searcher = lease.Searcher;
            Assert.Equal(2, searcher.IndexReader.Leaves.Count);
            var terms = new TermLookups(searcher.IndexReader);
            var plan = QueryBuilder.Build(QueryText.Clean("apprentissage dette communes"), terms).Plan!;
            Assert.Equal(3, plan.Required.Count);
            var maxDoc = searcher.IndexReader.MaxDoc;
            // Each unit searched alone over the whole index: the documents it finds.
            var found = plan.Required.Select(u => searcher.Search(QueryBuilder.ForUnit(u)!, maxDoc).ScoreDocs.Select(d => d.Doc).ToHashSet()).ToList();
            var missing = new LooseMatches.UnitMatches(searcher, plan, terms);
            // The last segment's documents first, then the first's, then again: the same answer each time.
            foreach (var doc in Enumerable.Range(0, maxDoc).Reverse().Concat(Enumerable.Range(0, maxDoc)))
            {
                var expected = plan.Required.Where((_, i) => !found[i].Contains(doc)).Select(u => u.Original).ToList();
                Assert.Equal(expected, missing.Missing(doc));
            }
            // Not a trivial answer: some document lacks a word, another lacks none.
            Assert.Contains(Enumerable.Range(0, maxDoc), d => missing.Missing(d).Count > 0);
            Assert.Contains(Enumerable.Range(0, maxDoc), d => missing.Missing(d).Count == 0);

            // How many units each holds, asked of a fresh search's weights for some documents in any order (the relaxed
            // answer's order), then the words they lack from what that found, and the others' asked on their own.
            var asked = new[] { 3, 0, 2 }.Where(d => d < maxDoc).Select(d => new ScoreDoc(d, 1f)).ToArray();
            var matches = new LooseMatches.UnitMatches(searcher, plan, new TermLookups(searcher.IndexReader));
            var held = matches.Held(asked);
            for (var i = 0; i < asked.Length; i++)
                Assert.Equal(found.Count(f => f.Contains(asked[i].Doc)), held[i]);
            foreach (var doc in Enumerable.Range(0, maxDoc))
                Assert.Equal(plan.Required.Where((_, i) => !found[i].Contains(doc)).Select(u => u.Original), matches.Missing(doc));
            Assert.Contains(held, h => h < plan.Required.Count);
        }
        finally
        {
            try { Directory.Delete(path, recursive: true); } catch (IOException) { }
        }
    }
}

using Search.Core.Documents;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>A hit needs a passage holding most of the query's words; words pages apart only make a partial match.</summary>
public class PassageCoverageTests
{
    private static string Filler(int words) => string.Join(' ', Enumerable.Repeat("tableau", words));

    /// <summary>A text made long (more words than <see cref="RankingParameters.ShortTextLength"/>) by a last page of filler.</summary>
    private static string Long(string text) => text + "\f" + Filler(1100);

    private static SearchResponse Search(TestIndex index, string q) => index.Service.Search(new SearchRequest { Query = q });

    [Fact]
    public void Words_far_apart_rank_after_a_passage_that_holds_them()
    {
        using var index = new TestIndex(
            // The scattered one says "incendie" and "piscine" more often, so it would score first on the words alone.
            Doc("scattered.pdf", "Rapport d'observations définitives", Long("incendie incendie " + Filler(400) + " piscine piscine\fpiscine")),
            // Within a passage, but too far apart for the phrase boosts.
            Doc("together.pdf", "Rapport d'observations définitives", "incendie " + Filler(50) + " piscine " + Filler(350)));
        var r = Search(index, "incendie piscine");
        Assert.Equal(["together.pdf", "scattered.pdf"], r.Hits.Select(h => h.Url));
        Assert.Equal(2, r.Total);
        Assert.Null(r.Relaxed);
    }

    [Fact]
    public void When_every_match_is_scattered_there_is_no_hit_only_labelled_partial_matches()
    {
        using var index = new TestIndex(
            Doc("scattered.pdf", "Rapport d'observations définitives", Long("incendie " + Filler(200) + "\f" + Filler(150) + " piscine")),
            Doc("other.pdf", "Rapport annuel", "Un emprunt. " + Filler(20)));
        var relaxed = ScatteredOnly(Search(index, "incendie piscine"));
        Assert.Empty(relaxed.Missing);
        Assert.Equal(["scattered.pdf"], relaxed.Hits.Select(h => h.Url));
    }

    /// <summary>The labelled partial matches of an answer that has no hit because every complete match holds the words pages apart.</summary>
    private static RelaxedResults ScatteredOnly(SearchResponse r)
    {
        Assert.Equal(0, r.Total);
        Assert.Empty(r.Hits);
        Assert.NotNull(r.Relaxed);
        Assert.True(r.Relaxed.Scattered);
        return r.Relaxed;
    }

    [Fact]
    public void When_every_match_is_scattered_the_best_partial_matches_follow_labelled()
    {
        // "terrain d'accueil des nomades": the one report holding the three words holds them pages apart; another says two of
        // them together ("aire d'accueil des nomades") and lacks "terrain".
        using var index = new TestIndex(
            Doc("scattered.pdf", "Rapport d'observations définitives", Long("terrain " + Filler(200) + "\f" + Filler(150) + " accueil nomades")),
            Doc("aire.pdf", "Rapport d'observations définitives", "L'aire d'accueil des nomades a été agrandie. " + Filler(20)),
            Doc("other.pdf", "Rapport annuel", "Un emprunt. " + Filler(20)));
        var relaxed = ScatteredOnly(Search(index, "terrain accueil nomades"));
        Assert.Equal(["scattered.pdf", "aire.pdf"], relaxed.Hits.Select(h => h.Url));
        Assert.Empty(relaxed.Hits[0].Missing);
        Assert.Equal(["terrain"], relaxed.Hits[1].Missing);

        // Off: the scattered report only.
        var off = new SearchService(index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With("ScatteredWithPartial", "0") })
            .Search(new SearchRequest { Query = "terrain accueil nomades" });
        Assert.Equal(["scattered.pdf"], off.Relaxed?.Hits.Select(h => h.Url));
    }

    [Fact]
    public void A_word_of_the_title_is_covered_everywhere_and_one_word_needs_no_passage()
    {
        using var index = new TestIndex(
            Doc("a.pdf", "La piscine intercommunale", Long("incendie " + Filler(400) + " fin")),
            Doc("b.pdf", "Rapport", Long("incendie " + Filler(400))));
        Assert.Equal(["a.pdf"], Search(index, "incendie piscine").Hits.Select(h => h.Url));
        Assert.Equal(2, Search(index, "incendie").Total);
    }

    [Fact]
    public void A_publisher_s_name_does_not_stand_in_for_the_words_of_the_text_a_title_word_does()
    {
        // "Occitanie" is only in the publisher's name (metadata): of the three words left to locate, "most" is all
        // three; in scattered.pdf two of them meet and the third is pages away, which is no passage about the query
        // (before: 1 + 2 of 4 units was enough, and the report was a confident hit).
        const string publisher = "Chambre régionale des comptes Occitanie";
        using var index = new TestIndex(
            Doc("scattered.pdf", "Rapport d'observations définitives", Long("incendie toiture " + Filler(400) + " cantine"), publisher),
            Doc("other.pdf", "Rapport annuel", "Un emprunt. " + Filler(20)));
        var r = Search(index, "incendie toiture cantine Occitanie");
        Assert.Equal(0, r.Total);
        Assert.Empty(r.Hits);
        Assert.NotNull(r.Relaxed);
        Assert.True(r.Relaxed.Scattered);
        Assert.Equal(["scattered.pdf"], r.Relaxed.Hits.Select(h => h.Url));

        // The same text, the three words together: a hit.
        using var together = new TestIndex(
            Doc("together.pdf", "Rapport d'observations définitives", "incendie toiture " + Filler(40) + " cantine " + Filler(400), publisher));
        Assert.Equal(["together.pdf"], Search(together, "incendie toiture cantine Occitanie").Hits.Select(h => h.Url));

        // A word of the title says what the whole text is about: it and the publisher's name stand in for a passage,
        // and 2 + 1 of 4 units still make a hit, as before.
        using var titled = new TestIndex(
            Doc("titled.pdf", "La cantine du collège", Long("incendie " + Filler(400) + " toiture"), publisher));
        Assert.Equal(["titled.pdf"], Search(titled, "incendie toiture cantine Occitanie").Hits.Select(h => h.Url));
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(5, 4)]
    [InlineData(8, 6)]
    public void Most_words_means_all_of_two_or_three_then_all_but_one_in_four(int units, int needed) =>
        Assert.Equal(needed, PassageCoverage.Needed(units));

    [Fact]
    public void A_short_text_is_one_passage_across_its_pages_a_long_one_is_not()
    {
        // A fiche of three pages (about 500 words): its subject on the first page, the words that complete it on the last.
        var fiche = "Promotion du réemploi. " + Filler(250) + "\f" + Filler(200) + "\fProgramme de prévention des déchets.";
        using var index = new TestIndex(
            Doc("fiche.pdf", "Fiche action", fiche),
            Doc("other.pdf", "Rapport annuel", "Un emprunt. " + Filler(20)));
        var r = Search(index, "réemploi prévention déchets");
        Assert.Equal(["fiche.pdf"], r.Hits.Select(h => h.Url));
        Assert.Null(r.Relaxed);

        // Without the rule (every text needs a passage of PassageWidth positions), the same fiche is scattered: no hit.
        var perPassage = new SearchService(index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With("ShortTextLength", "0") });
        var before = perPassage.Search(new SearchRequest { Query = "réemploi prévention déchets" });
        Assert.Empty(before.Hits);
        Assert.True(before.Relaxed?.Scattered);

        // The same pages in a long report (more than ShortTextLength words): scattered, as before.
        using var report = new TestIndex(
            Doc("rapport.pdf", "Rapport d'observations définitives", Long(fiche)),
            Doc("other.pdf", "Rapport annuel", "Un emprunt. " + Filler(20)));
        var longReport = Search(report, "réemploi prévention déchets");
        Assert.Empty(longReport.Hits);
        Assert.Equal(["rapport.pdf"], longReport.Relaxed?.Hits.Select(h => h.Url));
    }

    [Fact]
    public void A_short_text_is_short_by_its_words_not_its_pages_or_table_rows()
    {
        // Lengths read from the body's norm (one byte: known to within about an eighth), far from the threshold either way.
        using var index = new TestIndex(
            Doc("short.pdf", "Note", string.Join("\f", Enumerable.Repeat(Filler(40), 10))),          // 400 words on 10 pages
            Doc("long.pdf", "Rapport", Filler(1500)),
            Doc("table.html", "Liste", string.Join("\n", Enumerable.Range(0, 40).Select(i => $"Ligne {i} | {Filler(5)}"))));
        using var lease = index.Provider.Acquire()!;
        var reader = lease.Searcher.IndexReader;
        Assert.Single(reader.Leaves);
        var leaf = reader.Leaves[0].AtomicReader;
        var lengths = leaf.GetNormValues(Schema.Body);
        bool IsShort(string url)
        {
            var top = lease.Searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(Schema.Url, url)), 1);
            return PassageCoverage.IsShort(lengths, top.ScoreDocs[0].Doc, 1000);
        }
        Assert.True(IsShort("short.pdf"));
        Assert.True(IsShort("table.html"));   // 40 rows of 7 words: 280 words, whatever the gaps between rows
        Assert.False(IsShort("long.pdf"));
    }

    [Fact]
    public void The_partial_matches_lacking_the_fewest_words_come_first()
    {
        // No document holds the three words: the partial matches are the answer. The page that holds two of them comes
        // before the one that says a single word of the query many times, whatever their scores.
        using var index = new TestIndex(
            Doc("piscine.pdf", "La piscine municipale", string.Join(' ', Enumerable.Repeat("La piscine est ouverte.", 30))),
            Doc("toiture.pdf", "Travaux de l'été", "La toiture de la piscine a été refaite."),
            Doc("cabanes.pdf", "Urbanisme", "La cabanisation du littoral."));
        const string query = "cabanisation piscine toiture";
        var r = Search(index, query);
        Assert.Equal(0, r.Total);
        Assert.NotNull(r.Relaxed);
        Assert.Equal(["toiture.pdf", "piscine.pdf", "cabanes.pdf"], r.Relaxed.Hits.Select(h => h.Url));
        Assert.Equal(["cabanisation"], r.Relaxed.Hits[0].Missing);

        // By score alone (RelaxedByWords 0), the page repeating "piscine" came first.
        var byScore = new SearchService(index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With("RelaxedByWords", "0") });
        Assert.Equal("piscine.pdf", byScore.Search(new SearchRequest { Query = query }).Relaxed?.Hits[0].Url);
    }

    [Fact]
    public void A_table_row_is_a_passage_of_its_own_its_column_header_does_not_complete_it()
    {
        // A list of grants: one row holds "accidents" and "route", the column header supplies "département". The list is
        // not about road accidents per département: a partial match, not a hit. (A short text is one passage, but a table
        // row stays a passage of its own.)
        const string grants = "Liste des subventions versées en 2013.\n\n"
            + "Bénéficiaire | Département | Montant | Objet\n"
            + "Association des victimes | 27 - Eure | 2 000 € | Victimes accidents de la route\n"
            + "Club de football | 78 - Yvelines | 1 000 € | Fonctionnement\n\n"
            + "Fin de la liste.";
        using var index = new TestIndex(
            Doc("subventions.html", "Subventions aux associations", grants),
            Doc("other.html", "Rapport annuel", "Un emprunt. " + Filler(20)));
        var r = Search(index, "accidents de la route par département");
        Assert.Equal(0, r.Total);
        Assert.NotNull(r.Relaxed);
        Assert.True(r.Relaxed.Scattered);
        Assert.Equal(["subventions.html"], r.Relaxed.Hits.Select(h => h.Url));

        // One row holding the three words is a passage about them; so is a sentence of the text.
        using var answered = new TestIndex(
            Doc("tableau.html", "Sécurité routière", "Indicateur | 2019 | 2020\nAccidents de la route par département | 3 200 | 2 900\n"),
            Doc("texte.html", "Sécurité routière", "Les accidents de la route ont baissé dans chaque département. " + Filler(30)));
        Assert.Equal(["tableau.html", "texte.html"], Search(answered, "accidents de la route par département").Hits.Select(h => h.Url).Order());
    }

    [Fact]
    public void A_subject_a_very_long_list_names_once_is_a_mention_in_passing_not_a_passage()
    {
        // An annex of grants whose rows the extraction did not part (more than LongTextLength words): one row names the
        // victims of road accidents, the rest is other grants. The words meet in one passage only: no hit, a scattered match.
        var grants = string.Join(' ', Enumerable.Range(0, 2400).Select(i => $"Association numéro {i} subvention de fonctionnement versée"));
        var annex = grants + " Association des victimes des accidents de la route subvention. " + grants + " " + grants;
        using var index = new TestIndex(
            Doc("annexe.pdf", "Annexe : subventions versées en 2013", annex),
            Doc("other.pdf", "Rapport annuel", "Un emprunt. " + Filler(20)));
        var r = Search(index, "accidents route");
        Assert.Equal(0, r.Total);
        Assert.Empty(r.Hits);
        Assert.True(r.Relaxed?.Scattered);
        Assert.Equal(["annexe.pdf"], r.Relaxed!.Hits.Select(h => h.Url));
        // One passage is enough with LongTextPassages 1 (the rule off).
        var off = new SearchService(index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With("LongTextPassages", "1") });
        Assert.Equal(["annexe.pdf"], off.Search(new SearchRequest { Query = "accidents route" }).Hits.Select(h => h.Url));

        // The same list naming them in two passages (pages apart) discusses them: a hit.
        using var twice = new TestIndex(
            Doc("annexe.pdf", "Annexe : subventions versées en 2013", annex + " Prévention des accidents de la route. " + grants),
            Doc("other.pdf", "Rapport annuel", "Un emprunt. " + Filler(20)));
        Assert.Equal(["annexe.pdf"], Search(twice, "accidents route").Hits.Select(h => h.Url));
    }

    [Fact]
    public void Only_a_text_longer_than_the_long_text_length_needs_two_passages()
    {
        // A report of about 6,000 words and a note of about 1,400 (between ShortTextLength and the threshold set here), each
        // naming the subject in one passage: with LongTextLength 3000 the report is scattered and the note a hit.
        var once = "Les accidents de la route ont baissé. ";
        using var index = new TestIndex(
            Doc("rapport.pdf", "Rapport d'observations définitives", once + Filler(6000)),
            Doc("note.pdf", "Note", once + Filler(1400)));
        var service = new SearchService(index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With("LongTextLength", "3000") });
        var r = service.Search(new SearchRequest { Query = "accidents route" });
        Assert.Equal(["note.pdf", "rapport.pdf"], r.Hits.Select(h => h.Url));
        using var lease = index.Provider.Acquire()!;
        var covering = PassageCoverage.Covering(lease.Searcher, QueryBuilder.Build(QueryText.Clean("accidents route")).Plan,
            RankingParameters.Default with { PassageWidth = 300, ShortTextLength = 1000, LongTextPassages = 2, LongTextLength = 3000 });
        var docs = lease.Searcher.Search(new Lucene.Net.Search.MatchAllDocsQuery(), 10).ScoreDocs;
        var urls = docs.Select(d => lease.Searcher.Doc(d.Doc).Get(Schema.Url)).ToArray();
        var covered = covering(docs);
        Assert.True(covered[Array.IndexOf(urls, "note.pdf")]);
        Assert.False(covered[Array.IndexOf(urls, "rapport.pdf")]);
        // At the default length (50,000 words) both are covered.
        Assert.Equal(2, Search(index, "accidents route").Hits.Count);
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Territories;

namespace Search.Core.Tests;

/// <summary>
/// The two-phase search (matching query for the window, full score for the window only) gives the
/// answer of the full query over the whole index; facets count the same across several segments.
/// </summary>
public sealed class TwoPhaseSearchTests(TwoPhaseSearchTests.SegmentedIndex index) : IClassFixture<TwoPhaseSearchTests.SegmentedIndex>
{
    private static readonly string[] Publishers = ["DGCL", "OFGL", "INSEE", "Chambre régionale des comptes Bretagne"];
    private static readonly string[] Subjects =
    [
        "Les apprentis dans les collectivités locales", "Les finances des communes", "Les dépenses des départements par fonction",
        "La dotation globale de fonctionnement des communes", "Rapport d'observations définitives sur la commune de Grenoble",
        "La fiscalité des intercommunalités", "Les effectifs de la fonction publique territoriale", "Budget de la région Bretagne",
    ];
    private static readonly string[] Sentences =
    [
        "Les dépenses de fonctionnement des communes augmentent en {0}.", "Les apprentis sont plus nombreux dans les régions.",
        "La commune de Grenoble, en Isère, présente un budget en équilibre.", "Les départements financent l'action sociale et les collèges.",
        "La DGF baisse depuis {0} pour les communes rurales.", "Les intercommunalités à fiscalité propre perçoivent la CFE.",
        "En Bretagne, Rennes et Brest concentrent les effectifs.", "Le rapport examine les comptes et la gestion de la collectivité.",
    ];

    private readonly string _path = index.Path;
    private readonly IndexSearcherProvider _provider = index.Provider;
    private readonly SearchService _service = new(index.Provider);

    /// <summary>The index every test reads (only read: one for the class).</summary>
    public sealed class SegmentedIndex : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "search-twophase-" + Guid.NewGuid().ToString("N"));
        public IndexSearcherProvider Provider { get; }

        public SegmentedIndex()
        {
            // Four commits of 15 documents, no merge: four segments.
            using (var writer = DocumentIndexWriter.Open(Path, NoMergePolicy.NO_COMPOUND_FILES))
            {
                for (var i = 0; i < 60; i++)
                {
                    var year = 2015 + i % 9;
                    var body = string.Join(" ", Enumerable.Range(0, 3 + i % 5).Select(k => string.Format(Sentences[(i * 3 + k * 5) % Sentences.Length], year)));
                    var territories = i % 3 == 0
                        ? new DocumentTerritories([TerritoryRef.Of(Gazetteer.Default.Find("commune", "38185")!)], [])
                        : i % 3 == 1 ? new DocumentTerritories([], [TerritoryRef.Of(Gazetteer.Default.Find("region", "53")!)]) : DocumentTerritories.Empty;
                    writer.Upsert(new SearchDocument
                    {
                        Id = DocumentIds.FromUrl($"doc-{i}.html"),
                        Url = $"doc-{i}.html",
                        Title = $"{Subjects[i % Subjects.Length]} en {year}",
                        Pages = [body, i % 4 == 0 ? "Annexe : " + body : ""],
                        Publisher = Publishers[i % Publishers.Length],
                        Type = i % 2 == 0 ? DocumentTypes.Study : DocumentTypes.StatisticalBulletin,
                        Date = new DateOnly(year + 1, 1 + i % 12, 1 + i % 28),
                        Themes = i % 5 == 0 ? ["Finances & Fiscalité"] : [],
                        Territories = territories,
                        Format = "html",
                        IndexedAt = DateTimeOffset.UnixEpoch,
                    });
                    if (i % 15 == 14) writer.Commit();
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

    public static TheoryData<string> Queries =>
    [
        "apprentis", "dépenses fonctionnement communes", "finances communes 2019", "DGF communes", "dotation globale de fonctionnement",
        "commune Grenoble", "budget Isère", "rapport Bretagne", "effectifs \"fonction publique\"", "apprent*", "communes -Grenoble",
        "apprentis | collèges", "fiscalite intercommunalites", "epci fiscalité", "action sociale départements 2020",
    ];

    [Fact]
    public void The_index_has_several_segments()
    {
        using var lease = _provider.Acquire()!;
        Assert.True(lease.Searcher.IndexReader.Leaves.Count >= 4);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_matching_query_matches_exactly_the_documents_of_the_full_query(string text)
    {
        using var lease = _provider.Acquire()!;
        var searcher = lease.Searcher;
        var full = Full(searcher, text);
        var matching = MatchingQuery.Of(full);
        // Prefixes are kept on every field (a stem may be shorter than the prefix); everything else sheds clauses.
        if (!text.Contains('*')) Assert.NotEqual(full, matching);
        var expected = DocIds(searcher, full);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, DocIds(searcher, matching));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Hits_and_scores_are_those_of_the_full_query(string text)
    {
        using var lease = _provider.Acquire()!;
        var searcher = lease.Searcher;
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(Schema.DateSort, SortFieldType.INT64, reverse: true));
        var expected = searcher.Search(Full(searcher, text), null, 100, sort, doDocScores: true, doMaxScore: false);
        var response = _service.Search(new SearchRequest { Query = text, Size = 100 });
        Assert.Equal(expected.TotalHits, response.Total);
        Assert.Equal(expected.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(Schema.Url)), response.Hits.Select(h => h.Url));
        Assert.Equal(expected.ScoreDocs.Select(d => d.Score), response.Hits.Select(h => h.Score));
    }

    [Fact]
    public void A_query_naming_a_place_gets_its_term_states_inside_the_demotion_and_scores_the_same()
    {
        using var lease = _provider.Acquire()!;
        var searcher = lease.Searcher;
        var demoted = 0;
        foreach (var text in new[] { "commune Grenoble", "budget Isère", "rapport Bretagne", "finances communes Isère" })
        {
            var full = Full(searcher, text);
            var attached = new TermLookups(searcher.IndexReader).Attach(full);
            // A demotion of the documents outside the place is rebuilt around its match with the states attached (kept as it
            // was, each phase's weight would look every term of the query up again), and finds and scores the same documents.
            var before = Demotions(full).ToList();
            var after = Demotions(attached).ToList();
            Assert.Equal(before.Count, after.Count);
            for (var i = 0; i < before.Count; i++) Assert.NotSame(before[i], after[i]);
            demoted += before.Count;
            var expected = searcher.Search(full, 100);
            Assert.NotEmpty(expected.ScoreDocs);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), searcher.Search(attached, 100).ScoreDocs.Select(d => (d.Doc, d.Score)));
            Assert.Equal(DocIds(searcher, MatchingQuery.Of(full)), DocIds(searcher, MatchingQuery.Of(attached)));
        }
        Assert.True(demoted > 0);
    }

    [Fact]
    public void Facets_over_several_segments_count_every_match_once()
    {
        var response = _service.Search(new SearchRequest { Query = "communes" });
        using var lease = _provider.Acquire()!;
        var searcher = lease.Searcher;
        var docs = DocIds(searcher, Full(searcher, "communes")).Select(d => searcher.Doc(d)).ToList();
        Assert.Equal(docs.Count, response.Total);
        foreach (var field in new[] { Schema.Publisher, Schema.Type, Schema.Year })
        {
            var expected = docs.GroupBy(d => d.Get(field)).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(expected, response.Facets[field].ToDictionary(v => v.Value, v => v.Count));
        }
        // Territory facet: the régions (and France) of the documents about a place within them.
        var about = docs.Count(d => TerritoryFields.Read(d).About.Count > 0);
        Assert.True(about > 0);
        Assert.Equal(about, response.TerritoryFacet!.Values.Single(v => v.Code == "84").Count);   // Auvergne-Rhône-Alpes
        Assert.Equal(about, response.TerritoryFacet.Values.Single(v => v.Level == "france").Count);
    }

    [Theory]
    [InlineData("communes")]
    [InlineData("apprentis")]
    [InlineData("rapport Bretagne")]
    [InlineData("")]
    public void Facets_over_several_segments_are_those_of_a_force_merged_copy(string text)
    {
        var merged = _path + "-merged";
        try
        {
            Directory.CreateDirectory(merged);
            foreach (var file in Directory.GetFiles(_path)) File.Copy(file, System.IO.Path.Combine(merged, System.IO.Path.GetFileName(file)));
            using (var directory = Lucene.Net.Store.FSDirectory.Open(merged))
            using (var writer = new IndexWriter(directory, IndexSettings.WriterConfig()))
            {
                writer.ForceMerge(1);
                writer.Commit();
            }
            using var mergedProvider = new IndexSearcherProvider(merged);
            using (var lease = mergedProvider.Acquire()!) Assert.Single(lease.Searcher.IndexReader.Leaves);

            var request = new SearchRequest { Query = text };
            var segmented = _service.Search(request);
            var single = new SearchService(mergedProvider).Search(request);
            Assert.True(segmented.Total > 0);
            Assert.Equal(single.Total, segmented.Total);
            Assert.Equal(single.Facets.Keys.Order(), segmented.Facets.Keys.Order());
            foreach (var (field, values) in single.Facets)
                Assert.Equal(values.Select(v => (v.Value, v.Count)), segmented.Facets[field].Select(v => (v.Value, v.Count)));
            Assert.Equal(single.TerritoryFacet?.Values.Select(v => (v.Code, v.Count)), segmented.TerritoryFacet?.Values.Select(v => (v.Code, v.Count)));
        }
        finally
        {
            try { Directory.Delete(merged, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void A_selected_facet_keeps_the_counts_of_its_other_values()
    {
        var all = _service.Search(new SearchRequest { Query = "communes" });
        var filtered = _service.Search(new SearchRequest { Query = "communes", Filters = new Dictionary<string, IReadOnlyList<string>> { [Schema.Publisher] = ["DGCL"] } });
        Assert.Equal(all.Facets[Schema.Publisher], filtered.Facets[Schema.Publisher]);
        Assert.Equal(all.Facets[Schema.Publisher].Single(v => v.Value == "DGCL").Count, filtered.Total);
        Assert.NotEqual(all.Facets[Schema.Type], filtered.Facets[Schema.Type]);
    }

    [Theory]
    [InlineData("aprentis")]
    [InlineData("fonctionement")]
    [InlineData("dépnses")]
    [InlineData("intercomunalites")]
    [InlineData("grenobel")]
    [InlineData("departemnts")]
    [InlineData("fsicalite")]
    [InlineData("zzzzzzzz")]
    public void Typo_corrections_are_those_of_Lucene_FuzzyQuery(string typo)
    {
        using var lease = _provider.Acquire()!;
        var reader = lease.Searcher.IndexReader;
        var plan = QueryPlan.Create(typo, new TermLookups(reader), Analysis.Synonyms.Default);
        var expected = FuzzyQueryCorrection(reader, typo);
        if (typo != "zzzzzzzz") Assert.NotNull(expected);
        Assert.Equal(expected, plan.Units.Single().Correction);
    }

    [Fact]
    public void The_first_phase_scores_each_document_once_and_keeps_the_same_window()
    {
        using var lease = _provider.Acquire()!;
        var searcher = lease.Searcher;
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(Schema.DateSort, SortFieldType.INT64, reverse: true));
        (TopDocs Top, int Scored) Collect(bool once)
        {
            var query = new CountingScoreQuery(MatchingQuery.Of(Full(searcher, "communes")));
            var top = TopFieldCollector.Create(sort, 200, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
            searcher.Search(query, once ? ScoreOnceCollector.Wrap(top) : top);
            return (top.GetTopDocs(), query.Scored);
        }
        var (plain, scoredTwice) = Collect(once: false);
        var (cached, scoredOnce) = Collect(once: true);
        Assert.True(plain.TotalHits > 10);
        // A window larger than the matches: every document is competitive, so Lucene's collector scored each one twice.
        Assert.Equal(2 * plain.TotalHits, scoredTwice);
        Assert.Equal(plain.TotalHits, scoredOnce);
        Assert.Equal(plain.ScoreDocs.Select(d => (d.Doc, d.Score)), cached.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    /// <summary>Its inner query's scores, counting how many times a document's score is computed.</summary>
    private sealed class CountingScoreQuery(Query inner) : Lucene.Net.Queries.CustomScoreQuery(inner)
    {
        public int Scored;

        protected override Lucene.Net.Queries.CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) => new Counting(context, this);

        private sealed class Counting(AtomicReaderContext context, CountingScoreQuery owner) : Lucene.Net.Queries.CustomScoreProvider(context)
        {
            public override float CustomScore(int doc, float subQueryScore, float valSrcScore)
            {
                owner.Scored++;
                return subQueryScore;
            }
        }
    }

    [Theory]
    [InlineData("aprentis")]
    [InlineData("fonctionement")]
    [InlineData("departemnts")]
    [InlineData("apprentis")]
    [InlineData("communes")]
    public void The_eager_retry_corrects_as_a_fresh_lookup_would(string word)
    {
        using var lease = _provider.Acquire()!;
        var reader = lease.Searcher.IndexReader;
        var shared = new TermLookups(reader);
        var first = QueryPlan.Create(word, shared, Analysis.Synonyms.Default);
        var retried = QueryPlan.Create(word, shared, Analysis.Synonyms.Default, eager: true);
        var fresh = QueryPlan.Create(word, new TermLookups(reader), Analysis.Synonyms.Default, eager: true);
        Assert.Equal(fresh.Units.Single().Correction, retried.Units.Single().Correction);
        if (word.StartsWith("ap", StringComparison.Ordinal)) Assert.Equal("apprentis", first.Units.Single().Correction ?? word);
        // A word in more than a third of the documents has no correction: it would need three times as many.
        if (word == "communes")
        {
            Assert.True(reader.DocFreq(new Term(Schema.BodyExact, "communes")) * 3 > reader.MaxDoc);
            Assert.Null(retried.Units.Single().Correction);
        }
    }

    [Fact]
    public void A_correction_may_hold_a_character_beyond_ASCII_when_the_index_holds_one()
    {
        // The typo automaton's alphabet stops at the largest character the exact fields hold: here a Greek letter, so the
        // ASCII typo "tableaux" (an x for the π) still reaches "tableauπ", as FuzzyQuery would.
        using var index = new TestIndex(
            TestIndex.Doc("a.html", "Note", "Le tableauπ des communes. Le tableauπ des départements."),
            TestIndex.Doc("b.html", "Note", "Le tableauπ des régions."),
            TestIndex.Doc("c.html", "Autre note", "Les comptes des communes."));
        using var lease = index.Provider.Acquire()!;
        var reader = lease.Searcher.IndexReader;
        Assert.Equal("tableauπ", FuzzyQueryCorrection(reader, "tableaux"));
        Assert.Equal("tableauπ", QueryPlan.Create("tableaux", new TermLookups(reader), Analysis.Synonyms.Default).Units.Single().Correction);
    }

    /// <summary>The correction as it was computed with a FuzzyQuery rewrite per field: most similar, then most frequent.</summary>
    private static string? FuzzyQueryCorrection(IndexReader reader, string typed)
    {
        var word = QueryText.Fold(typed);
        var maxEdits = word.Length >= 8 ? 2 : 1;
        (string Term, float Similarity, int DocFreq)? best = null;
        foreach (var field in new[] { Schema.BodyExact, Schema.TitleExact })
        {
            var rewritten = new FuzzyQuery(new Term(field, word), maxEdits, prefixLength: 1).Rewrite(reader);
            foreach (var clause in (rewritten as BooleanQuery)?.Clauses ?? [])
            {
                if (clause.Query is not TermQuery tq) continue;
                var candidate = (tq.Term.Text, tq.Boost, reader.DocFreq(tq.Term));
                if (candidate.Text == word || candidate.Item3 < 1) continue;
                if (best is null || candidate.Boost > best.Value.Similarity
                    || (Math.Abs(candidate.Boost - best.Value.Similarity) < 1e-6 && candidate.Item3 > best.Value.DocFreq))
                    best = candidate;
            }
        }
        return best?.Term;
    }

    /// <summary>The query SearchService scores with: the built query, with the territories the text names.</summary>
    private static Query Full(IndexSearcher searcher, string text)
    {
        var cleaned = QueryText.Clean(text);
        var built = QueryBuilder.Build(cleaned, new TermLookups(searcher.IndexReader));
        return TerritoryQuery.For(new SearchRequest { Query = cleaned }, cleaned)
            .Boost(built.Scoring, rest => QueryBuilder.Build(rest, new TermLookups(searcher.IndexReader)).Scoring);
    }

    /// <summary>The demotions of the documents outside a named place, wherever they are in a query.</summary>
    private static IEnumerable<Lucene.Net.Queries.BoostingQuery> Demotions(Query query) => query switch
    {
        Lucene.Net.Queries.BoostingQuery boosting => [boosting],
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => Demotions(c.Query)),
        _ => [],
    };

    private static List<int> DocIds(IndexSearcher searcher, Query query)
    {
        var all = new AllDocsCollector();
        searcher.Search(query, all);
        return all.DocIds.Order().ToList();
    }
}

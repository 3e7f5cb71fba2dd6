using Lucene.Net.Index;
using Lucene.Net.Search;
using IBits = Lucene.Net.Util.IBits;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests.Querying;

/// <summary>
/// A query no document fully answers asks the same questions of its units in several rules: how many documents each matches
/// (the common words of <see cref="LooseMatches.WithoutCommonUnits"/> and <see cref="LooseMatches.WithoutAbsentCommonUnits"/>, the
/// partial matches' share of the query's weight, <see cref="LooseMatches.UnitMatches.Share"/>) is counted once per search
/// (<see cref="TermLookups.CountUnitsOnce"/>), and the words the page's loose hits lack are found for the page at once
/// (<see cref="LooseMatches.UnitMatches.FindHeld"/>). The same answers with both switched off
/// (<see cref="RankingParameters.CountUnitsOnce"/>, <see cref="RankingParameters.BatchUnitMatches"/>). A real index on disk,
/// of two segments.
/// </summary>
public sealed class UnitsOncePerSearchTests : IDisposable
{
    private readonly string _path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "search-core-tests-" + Guid.NewGuid().ToString("N"));
    private readonly IndexSearcherProvider _provider;

    public UnitsOncePerSearchTests()
    {
        using (var writer = global::Search.Core.Indexing.DocumentIndexWriter.Open(_path))
        {
            writer.Upsert(Doc("https://crc.example/fonjep.html", "Le fonds de coopération de la jeunesse (Fonjep)",
                "Les postes Fonjep financent des emplois dans les associations d'éducation populaire."));
            writer.Upsert(Doc("https://dgcl.example/budget-communes.html", "Le budget des communes", "Le budget et les postes de dépenses des communes."));
            writer.Upsert(Doc("https://dgcl.example/budget-departements.html", "Le budget des départements", "Le budget et les postes des départements."));
            writer.Upsert(Doc("https://dgcl.example/budget-regions.html", "Le budget des régions", "Le budget des régions en 2022."));
            writer.Commit();
            writer.Upsert(Doc("https://crc.example/medecins.html", "Les médecins de la commune", "Le nombre de médecins installés dans la commune a baissé."));
            writer.Upsert(Doc("https://insee.example/emploi.html", "L'emploi dans les zones rurales", "Le nombre d'emplois par commune et les postes."));
            writer.Upsert(Doc("https://insee.example/revenus.html", "Les revenus des ménages", "Les revenus par commune et le budget des ménages."));
            writer.Upsert(Doc("https://crc.example/postes.html", "Les postes de la commune", "Le budget des postes de la commune de Vals."));
            writer.Commit();
        }
        _provider = new IndexSearcherProvider(_path);
    }

    public void Dispose()
    {
        _provider.Dispose();
        try { System.IO.Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void A_unit_is_counted_once_per_search_by_every_rule_that_asks()
    {
        using var lease = _provider.Acquire()!;
        var reader = lease.Searcher.IndexReader;
        Assert.Equal(2, reader.Leaves.Count);
        var (once, countedOnce) = Rules(new CountingSearcher(reader), new TermLookups(reader));
        var (again, countedAgain) = Rules(new CountingSearcher(reader), new TermLookups(reader) { CountUnitsOnce = false });
        // Three units ("budget", "postes", "Fonjep"): three counts, where each of the three rules counted each.
        Assert.Equal(3, countedOnce);
        Assert.Equal(9, countedAgain);
        // The same answers: the widened queries, the share of the weight.
        Assert.Equal(again, once);

        static (string Answers, int Counted) Rules(CountingSearcher searcher, TermLookups terms)
        {
            var ranking = RankingParameters.Default;
            var built = QueryBuilder.Build(QueryText.Clean("budget des postes Fonjep"), terms);
            Assert.Equal(3, built.Plan!.Required.Count);
            var common = LooseMatches.WithoutCommonUnits(built, searcher, terms, ranking);
            var lacking = LooseMatches.WithoutAbsentCommonUnits(built, searcher, terms, ranking);
            Assert.NotNull(lacking);
            var share = new LooseMatches.UnitMatches(searcher, built.Plan, terms).Share([true, false, true]);
            Assert.InRange(share, 0.01, 0.99);
            return ($"{common?.Built.Scoring}|{lacking.Value.Built.Scoring}|{share:R}", searcher.Counted);
        }
    }

    [Fact]
    public void The_words_the_pages_documents_lack_are_found_with_one_scorer_per_unit_and_segment()
    {
        using var lease = _provider.Acquire()!;
        var reader = lease.Searcher.IndexReader;
        var plan = QueryBuilder.Build(QueryText.Clean("budget postes commune"), new TermLookups(reader)).Plan!;
        Assert.Equal(3, plan.Required.Count);
        var docs = Enumerable.Range(0, reader.MaxDoc).Reverse().ToArray();

        var batchedSearcher = new CountingSearcher(reader);
        var batched = new LooseMatches.UnitMatches(batchedSearcher, plan, new TermLookups(reader));
        batched.FindHeld(docs);
        var batchedMissing = docs.Select(d => string.Join(',', batched.Missing(d))).ToList();

        var singleSearcher = new CountingSearcher(reader);
        var single = new LooseMatches.UnitMatches(singleSearcher, plan, new TermLookups(reader));
        var singleMissing = docs.Select(d => string.Join(',', single.Missing(d))).ToList();

        Assert.Equal(singleMissing, batchedMissing);
        Assert.Contains(batchedMissing, m => m.Length > 0);
        Assert.Contains(batchedMissing, m => m.Length == 0);
        // One scorer per unit and segment at most, against one per unit and document.
        Assert.Equal(plan.Required.Count * docs.Length, singleSearcher.Scorers);
        Assert.InRange(batchedSearcher.Scorers, 1, plan.Required.Count * reader.Leaves.Count);
        // Asked again, nothing is looked for again.
        batched.FindHeld(docs);
        Assert.InRange(batchedSearcher.Scorers, 1, plan.Required.Count * reader.Leaves.Count);
    }

    [Theory]
    [InlineData("budget des postes Fonjep")]          // no complete match: the common words' rules, partial matches
    [InlineData("nombre de médecins généralistes par commune")]
    [InlineData("budget postes commune")]             // a thin answer widened: loose hits lacking a word
    [InlineData("budget postes commune Vals")]
    [InlineData("budget des associations d'éducation populaire")]
    public void Answers_are_the_same_with_both_switched_off(string query)
    {
        SearchService With(string value) => new(_provider, limits: SearchLimits.Default with
        {
            Ranking = RankingParameters.Default.WithSettings([$"{nameof(RankingParameters.CountUnitsOnce)}={value}", $"{nameof(RankingParameters.BatchUnitMatches)}={value}"]),
        });
        var request = new SearchRequest { Query = query };
        var off = With("0").Search(request) with { TookMs = 0 };
        var on = With("1").Search(request) with { TookMs = 0 };
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(off, SearchJson.Options), System.Text.Json.JsonSerializer.Serialize(on, SearchJson.Options));
        Assert.True(on.Total > 0 || on.Relaxed is not null);
    }

    /// <summary>A searcher that counts the units' counts (searches with a <see cref="TotalHitCountCollector"/>) and the scorers
    /// its weights create.</summary>
    private sealed class CountingSearcher(IndexReader reader) : IndexSearcher(reader)
    {
        public int Counted { get; private set; }

        public int Scorers { get; private set; }

        public override void Search(Query query, ICollector results)
        {
            if (results is TotalHitCountCollector) Counted++;
            base.Search(query, results);
        }

        public override Weight CreateNormalizedWeight(Query query) => new CountingWeight(base.CreateNormalizedWeight(query), this);

        private sealed class CountingWeight(Weight inner, CountingSearcher owner) : Weight
        {
            public override Query Query => inner.Query;

            public override float GetValueForNormalization() => inner.GetValueForNormalization();

            public override void Normalize(float norm, float topLevelBoost) => inner.Normalize(norm, topLevelBoost);

            public override Explanation Explain(AtomicReaderContext context, int doc) => inner.Explain(context, doc);

            public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
            {
                owner.Scorers++;
                return inner.GetScorer(context, acceptDocs);
            }
        }
    }
}

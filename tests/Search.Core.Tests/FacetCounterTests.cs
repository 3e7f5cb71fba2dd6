using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Territories;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>
/// The facet counts of an index of two segments equal the values of its documents: single-valued fields (publisher,
/// type, year), multi-valued ones (themes), the year with the covered years, and a few wanted values
/// (as the territory facet asks: their ordinals kept per segment, so asked twice, including a value one segment lacks
/// and one no segment has).
/// </summary>
public sealed class FacetCounterTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "search-core-facets-" + Guid.NewGuid().ToString("N"));

    private static readonly SearchDocument[] First =
    [
        Doc("https://a.example/1", "Un", "texte", "DGCL", "rapport", null, null, "finances", "fiscalité") with { Year = 2019, CoveredYears = [2018, 2019] },
        Doc("https://a.example/2", "Deux", "texte", "DGCL", "note") with { Year = 2020 },
        Doc("https://a.example/3", "Trois", "texte", "INSEE", "rapport", null, null, "logement") with { Year = 2019, CoveredYears = [2017] },
        Doc("https://a.example/4", "Quatre", "texte", null, null),
    ];

    private static readonly SearchDocument[] Second =
    [
        Doc("https://b.example/1", "Cinq", "texte", "Cour des comptes", "rapport", null, null, "finances") with { Year = 2021, CoveredYears = [2019, 2020] },
        Doc("https://b.example/2", "Six", "texte", "DGCL", "guide", null, null, "logement", "finances") with { Year = 2019 },
        Doc("https://b.example/3", "Sept", "texte", "Cour des comptes", null) with { CoveredYears = [2018] },
        Doc("https://b.example/4", "Huit", "texte", "INSEE", "note", null, null, "logement") with
        {
            Territories = new DocumentTerritories([TerritoryRef.Of(Gazetteer.Default.Find("commune", "38185")!)],
                [TerritoryRef.Of(Gazetteer.Default.Find("region", "53")!)]),
        },
    ];

    public FacetCounterTests()
    {
        using var writer = DocumentIndexWriter.Open(_path);
        foreach (var d in First) writer.Upsert(d);
        writer.Commit();
        foreach (var d in Second) writer.Upsert(d);
        writer.Commit();
    }

    /// <summary>The two segments, and a third where one document of the first was written again (a deletion in the first).</summary>
    private void WriteAgainTheFirstDocument()
    {
        using var writer = DocumentIndexWriter.Open(_path, NoMergePolicy.NO_COMPOUND_FILES);
        writer.Upsert(First[0] with { Title = "Un, encore" });
        writer.Commit();
    }

    public void Dispose()
    {
        try { Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }

    private static Dictionary<string, int> Expected(IEnumerable<IEnumerable<string?>> valuesPerDocument) =>
        valuesPerDocument.SelectMany(v => v.OfType<string>().Distinct()).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void Counts_over_two_segments_are_the_documents_values()
    {
        using var provider = new IndexSearcherProvider(_path);
        using var lease = provider.Acquire()!;
        var searcher = lease.Searcher;
        Assert.Equal(2, searcher.IndexReader.Leaves.Count);
        var all = First.Concat(Second).ToArray();

        var counter = new FacetCounter(Schema.FacetFields);
        searcher.Search(new MatchAllDocsQuery(), counter);
        Assert.Equal(Expected(all.Select(d => new[] { d.Publisher })), counter.Counts(Schema.Publisher));
        Assert.Equal(Expected(all.Select(d => new[] { d.Type })), counter.Counts(Schema.Type));
        Assert.Equal(Expected(all.Select(d => d.Themes)), counter.Counts(Schema.Theme));
        // A document counts under its publication year and every year its figures cover, once per year.
        Assert.Equal(Expected(all.Select(d => d.CoveredYears.Append(d.Year ?? 0).Where(y => y > 0).Select(y => y.ToString("D4")))),
            counter.Counts(Schema.Year));
        Assert.Equal(2, counter.Counts(Schema.Year)["2018"]);
        Assert.Equal(4, counter.Counts(Schema.Year)["2019"]);
    }

    [Fact]
    public void Wanted_values_are_counted_alike_when_asked_again()
    {
        using var provider = new IndexSearcherProvider(_path);
        using var lease = provider.Acquire()!;
        var wanted = new Dictionary<string, IReadOnlyCollection<string>> { [Schema.Publisher] = ["DGCL", "Cour des comptes", "Absent"] };
        for (var round = 0; round < 2; round++)
        {
            var counter = new FacetCounter([Schema.Publisher], wanted);
            lease.Searcher.Search(new MatchAllDocsQuery(), counter);
            // "Cour des comptes" only in the second segment; "Absent" nowhere; INSEE not wanted.
            Assert.Equal(new Dictionary<string, int> { ["DGCL"] = 3, ["Cour des comptes"] = 2 }, counter.Counts(Schema.Publisher));
        }
        var dgcl = new FacetCounter([Schema.Publisher], wanted);
        lease.Searcher.Search(new TermQuery(new Lucene.Net.Index.Term(Schema.Publisher, "DGCL")), dgcl);
        Assert.Equal(new Dictionary<string, int> { ["DGCL"] = 3 }, dgcl.Counts(Schema.Publisher));
    }

    [Fact]
    public void Decoded_ordinals_are_the_doc_values_ordinals_document_by_document()
    {
        WriteAgainTheFirstDocument();
        using var provider = new IndexSearcherProvider(_path);
        using var lease = provider.Acquire()!;
        var checkedMulti = false;
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            foreach (var field in Schema.FacetFields.Append(Schema.CoveredYear).Append(Schema.TerritoryTree))
            {
                var values = leaf.AtomicReader.GetSortedSetDocValues(field);
                var decoded = SegmentOrdinals.Of(leaf.AtomicReader, field);
                if (values is null || values.ValueCount == 0)
                {
                    Assert.Null(decoded);
                    continue;
                }
                Assert.NotNull(decoded);
                Assert.Same(decoded, SegmentOrdinals.Of(leaf.AtomicReader, field));
                Assert.Equal(values.ValueCount, decoded.ValueCount);
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    values.SetDocument(doc);
                    var expected = new List<int>();
                    long ord;
                    while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) expected.Add((int)ord);
                    int[] actual = decoded.Single is { } single
                        ? single[doc] >= 0 ? [single[doc]] : []
                        : decoded.Ords![decoded.Starts![doc]..decoded.Starts[doc + 1]];
                    Assert.Equal(expected, actual);
                    checkedMulti |= decoded.Single is null && expected.Count > 1;
                }
            }
        }
        // Themes and the territory tree hold several values per document somewhere: the multi-valued path was checked.
        Assert.True(checkedMulti);
    }

    [Fact]
    public void Counts_skip_deleted_documents()
    {
        WriteAgainTheFirstDocument();
        using var provider = new IndexSearcherProvider(_path);
        using var lease = provider.Acquire()!;
        Assert.Equal(3, lease.Searcher.IndexReader.Leaves.Count);
        Assert.Contains(lease.Searcher.IndexReader.Leaves, l => l.AtomicReader.HasDeletions);
        var all = First.Concat(Second).ToArray();
        var counter = new FacetCounter(Schema.FacetFields);
        lease.Searcher.Search(new MatchAllDocsQuery(), counter);
        Assert.Equal(Expected(all.Select(d => new[] { d.Publisher })), counter.Counts(Schema.Publisher));
        Assert.Equal(Expected(all.Select(d => d.Themes)), counter.Counts(Schema.Theme));
        var territories = new FacetCounter([Schema.TerritoryTree],
            new Dictionary<string, IReadOnlyCollection<string>> { [Schema.TerritoryTree] = ["commune:38185", "region:53", "region:84"] });
        lease.Searcher.Search(new MatchAllDocsQuery(), territories);
        Assert.Equal(1, territories.Counts(Schema.TerritoryTree)["commune:38185"]);
        Assert.Equal(1, territories.Counts(Schema.TerritoryTree)["region:84"]);
    }
    /// <summary>
    /// Over one segment, a facet counting every value is ranked from its counts by ordinal, without a dictionary of the values
    /// (<see cref="RankingParameters.FacetsByOrdinal"/>): the same values, counts and order as the dictionary's ranking, for
    /// hundreds of values with tied counts, keeping fewer of them than there are and more; but not the year (ordered by value),
    /// nor a field whose values hold a character outside the basic plane (ordinals sort it by code point, the strings by UTF-16
    /// unit: U+1D538 after U+FF21, and before it as a string), nor over two segments.
    /// </summary>
    [Fact]
    public void One_segments_facets_ranked_by_ordinal_are_the_dictionarys()
    {
        var path = _path + "-one";
        try
        {
            using (var writer = DocumentIndexWriter.Open(path))
            {
                var random = new Random(11);
                for (var i = 0; i < 600; i++)
                    writer.Upsert(Doc($"https://c.example/{i}", "Titre " + i, "texte", "Éditeur " + random.Next(250), i % 3 == 0 ? "rapport" : "note",
                        null, null, "thème " + random.Next(40), "thème " + random.Next(40)) with { Year = 2000 + random.Next(20) });
                writer.Upsert(Doc("https://c.example/a", "A", "texte", "Éditeur 1", "note", null, null, "thème \U0001D538"));
                writer.Upsert(Doc("https://c.example/b", "B", "texte", "Éditeur 2", "note", null, null, "thème \uFF21"));
                writer.Commit();
            }
            using var provider = new IndexSearcherProvider(path);
            using var lease = provider.Acquire()!;
            Assert.Single(lease.Searcher.IndexReader.Leaves);
            foreach (var query in new Query[] { new MatchAllDocsQuery(), new TermQuery(new Term(Schema.Type, "rapport")) })
            {
                foreach (var max in new[] { 1, 5, 100, 1000 })
                {
                    var byOrdinal = new FacetCounter(Schema.FacetFields);
                    var byValue = new FacetCounter(Schema.FacetFields, byOrdinal: false);
                    lease.Searcher.Search(query, byOrdinal);
                    lease.Searcher.Search(query, byValue);
                    var expected = byValue.Result(max);
                    var actual = byOrdinal.Result(max);
                    foreach (var field in Schema.FacetFields) Assert.Equal(expected[field], actual[field]);
                    Assert.Equal(2, byOrdinal.FieldsRankedByOrdinal); // the publisher and the type
                    Assert.Equal(0, byValue.FieldsRankedByOrdinal);
                    // Asked again, and as counts by value: the same.
                    Assert.Equal(expected[Schema.Publisher], byOrdinal.Result(max)[Schema.Publisher]);
                    Assert.Equal(byValue.Counts(Schema.Publisher), byOrdinal.Counts(Schema.Publisher));
                    Assert.Equal(expected[Schema.Publisher], byOrdinal.Result(max)[Schema.Publisher]);
                }
            }
            // The two themes of one document each, tied: by UTF-16 unit, U+1D538 (a surrogate pair) first.
            var themes = new FacetCounter([Schema.Theme]);
            lease.Searcher.Search(new MatchAllDocsQuery(), themes);
            var ranked = themes.Result(1000)[Schema.Theme].Select(v => v.Value).ToList();
            Assert.True(ranked.IndexOf("thème \U0001D538") < ranked.IndexOf("thème \uFF21"));
            Assert.Equal(0, themes.FieldsRankedByOrdinal);
        }
        finally
        {
            try { Directory.Delete(path, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void Two_segments_facets_are_ranked_by_value()
    {
        using var provider = new IndexSearcherProvider(_path);
        using var lease = provider.Acquire()!;
        Assert.Equal(2, lease.Searcher.IndexReader.Leaves.Count);
        var byOrdinal = new FacetCounter(Schema.FacetFields);
        var byValue = new FacetCounter(Schema.FacetFields, byOrdinal: false);
        lease.Searcher.Search(new MatchAllDocsQuery(), byOrdinal);
        lease.Searcher.Search(new MatchAllDocsQuery(), byValue);
        var expected = byValue.Result();
        var actual = byOrdinal.Result();
        foreach (var field in Schema.FacetFields) Assert.Equal(expected[field], actual[field]);
        Assert.Equal(0, byOrdinal.FieldsRankedByOrdinal);
        Assert.Equal(new FacetValue("DGCL", 3), actual[Schema.Publisher][0]);
    }
}

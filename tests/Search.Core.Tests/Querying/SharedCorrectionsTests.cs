using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests.Querying;

/// <summary>
/// A typo's candidates (and a glued word's split) are kept for the later searches of the same index reader: shared by the
/// searches of one reader, looked up anew on the reader of a changed index, and never more than a bounded number of words.
/// </summary>
public sealed class SharedCorrectionsTests : IDisposable
{
    private readonly TestIndex _index = new(
        Doc("https://a.example/dette.html", "La dette des communes", "L'encours de la dette des communes rurales."),
        Doc("https://a.example/budget.html", "Le budget des départements", "Les dépenses sociales des départements."));

    public void Dispose() => _index.Dispose();

    private static List<(string Term, float Similarity)> Found(string term) => [(term, 0.8f)];

    [Fact]
    public void The_searches_of_one_reader_share_a_words_candidates_and_a_new_reader_looks_them_up_again()
    {
        var calls = 0;
        List<(string Term, float Similarity)> Find() { calls++; return Found("dette"); }
        IReadOnlyList<(string Term, float Similarity)> first, second;
        using (var lease = _index.Provider.Acquire()!)
        {
            first = new TermLookups(lease.Searcher.IndexReader).FuzzyCandidates(Schema.BodyExact, "dettte", 1, Find);
            // Another search of the same reader: the same list, not looked up again.
            second = new TermLookups(lease.Searcher.IndexReader).FuzzyCandidates(Schema.BodyExact, "dettte", 1, Find);
            // Another field, or another edit distance, is another lookup.
            new TermLookups(lease.Searcher.IndexReader).FuzzyCandidates(Schema.TitleExact, "dettte", 1, Find);
            new TermLookups(lease.Searcher.IndexReader).FuzzyCandidates(Schema.BodyExact, "dettte", 2, Find);
        }
        Assert.Same(first, second);
        Assert.Equal(3, calls);

        // The index changes: the searches of its new reader look the word up again.
        using (var writer = DocumentIndexWriter.Open(_index.Path))
        {
            writer.Upsert(Doc("https://a.example/dettes.html", "Les dettes", "La dette publique locale."));
            writer.Commit();
        }
        Assert.True(_index.Provider.MaybeRefresh());
        using (var lease = _index.Provider.Acquire()!)
        {
            var third = new TermLookups(lease.Searcher.IndexReader).FuzzyCandidates(Schema.BodyExact, "dettte", 1, Find);
            Assert.NotSame(first, third);
        }
        Assert.Equal(4, calls);
    }

    [Fact]
    public void A_reader_keeps_a_bounded_number_of_words()
    {
        var calls = new Dictionary<string, int>();
        List<(string Term, float Similarity)> Find(string word) { calls[word] = calls.GetValueOrDefault(word) + 1; return Found(word); }
        using var lease = _index.Provider.Acquire()!;
        var reader = lease.Searcher.IndexReader;
        // As many distinct words as a reader keeps, each from a search of its own: all kept.
        var words = Enumerable.Range(0, TermLookups.SharedCapacity).Select(i => $"mot{i:D5}").ToList();
        foreach (var word in words) new TermLookups(reader).FuzzyCandidates(Schema.BodyExact, word, 1, () => Find(word));
        foreach (var word in words) new TermLookups(reader).FuzzyCandidates(Schema.BodyExact, word, 1, () => Find(word));
        Assert.All(words, w => Assert.Equal(1, calls[w]));
        // One more: the table, full, is emptied first; the earlier words are looked up again.
        new TermLookups(reader).FuzzyCandidates(Schema.BodyExact, "motdeplus", 1, () => Find("motdeplus"));
        new TermLookups(reader).FuzzyCandidates(Schema.BodyExact, words[0], 1, () => Find(words[0]));
        Assert.Equal(2, calls[words[0]]);
        // Within one search, a word is still looked up once (the eager retry reuses it), whatever the shared table holds.
        var search = new TermLookups(reader);
        search.FuzzyCandidates(Schema.BodyExact, "motunique", 1, () => Find("motunique"));
        search.FuzzyCandidates(Schema.BodyExact, "motunique", 1, () => Find("motunique"));
        Assert.Equal(1, calls["motunique"]);
    }

    [Fact]
    public void A_typo_is_corrected_from_the_words_of_the_index_as_it_is_now()
    {
        // No word close to "patrimoime" yet: no correction, no hit (and the empty candidates are kept for this reader).
        var before = _index.Service.Search(new SearchRequest { Query = "patrimoime" });
        Assert.Null(before.Suggestion);
        Assert.Empty(before.Hits);
        Assert.Null(_index.Service.Search(new SearchRequest { Query = "patrimoime" }).Suggestion);
        using (var writer = DocumentIndexWriter.Open(_index.Path))
        {
            writer.Upsert(Doc("https://a.example/patrimoine.html", "Le patrimoine des communes", "Le patrimoine immobilier des communes."));
            writer.Commit();
        }
        Assert.True(_index.Provider.MaybeRefresh());
        var after = _index.Service.Search(new SearchRequest { Query = "patrimoime" });
        Assert.Equal("patrimoine", after.Suggestion);
        Assert.Equal("https://a.example/patrimoine.html", Assert.Single(after.Hits).Url);
    }
}

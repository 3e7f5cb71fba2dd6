using Lucene.Net.Search;
using Search.Core.Documents;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>
/// A search decides its page's groups from the coverage of the window's best documents when these are enough
/// (<see cref="DuplicateCollapser.FirstGroups"/>): the groups must be exactly those of the whole window split into
/// covered and scattered documents and collapsed.
/// </summary>
public sealed class FirstGroupsTests : IDisposable
{
    private static string Text(int family, int variant) => string.Join(' ', Enumerable.Range(0, 40).Select(i => $"famille{family} mot{(i * 7 + family) % 53} phrase {i} du texte"))
        + (variant == 0 ? "" : $" variante{variant}");

    // 14 families: each a document, with copies (same bytes elsewhere) or versions (the same text, its last word changed).
    private readonly TestIndex _index = new([
        .. Enumerable.Range(0, 14).SelectMany(f => Enumerable.Range(0, 1 + f % 4).Select(v =>
            Doc($"https://f{f}.example/{v}.pdf", $"Rapport {f}", Text(f, v % 2 == 0 ? 0 : v), "Cour des comptes", date: new DateOnly(2020, 1, 1 + v))
                with { Year = 2020, ContentHash = v % 2 == 0 ? $"v9:family-{f}" : $"v9:family-{f}-{v}" })),
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void The_first_groups_are_those_of_the_whole_window()
    {
        using var lease = _index.Provider.Acquire()!;
        var reader = lease.Searcher.IndexReader;
        var all = Enumerable.Range(0, reader.MaxDoc).Select(d => new ScoreDoc(d, 0)).ToArray();
        // The index holds copies and versions (else the comparison would only see single documents).
        Assert.Contains(DuplicateCollapser.Collapse(reader, all)!, g => g.Others.Any(o => o.SameContent));
        Assert.Contains(DuplicateCollapser.Collapse(reader, all)!, g => g.Others.Any(o => !o.SameContent));

        var random = new Random(7);
        var (decided, joinedLater) = (0, 0);
        for (var round = 0; round < 400; round++)
        {
            var ranked = all.OrderBy(_ => random.Next()).ToArray();
            var coveredDocs = all.Where(_ => random.NextDouble() < 0.7).Select(d => d.Doc).ToHashSet();
            var calls = 0;
            bool[] Covers(IReadOnlyList<ScoreDoc> docs)
            {
                calls += docs.Count;
                return docs.Select(d => coveredDocs.Contains(d.Doc)).ToArray();
            }
            var wanted = 1 + random.Next(6);
            var prefix = wanted + random.Next(3 * wanted);
            var first = DuplicateCollapser.FirstGroups(reader, ranked, Covers, wanted, prefix);
            // The whole window: covered documents in rank order, then the others, collapsed.
            var whole = DuplicateCollapser.Collapse(reader, [.. ranked.Where(d => coveredDocs.Contains(d.Doc)), .. ranked.Where(d => !coveredDocs.Contains(d.Doc))])!;
            if (first is null)
            {
                Assert.True(prefix >= ranked.Length || DuplicateCollapser.Collapse(reader, [.. ranked.Take(prefix).Where(d => coveredDocs.Contains(d.Doc))])!.Count < wanted);
                continue;
            }
            decided++;
            Assert.True(calls < ranked.Length, "fewer documents checked than the window holds");
            Assert.Equal(wanted, first.Count);
            for (var i = 0; i < wanted; i++)
            {
                Assert.Equal(whole[i].Head.Doc, first[i].Head.Doc);
                Assert.Equal(whole[i].Others.Select(o => (o.Doc.Doc, o.SameContent)), first[i].Others.Select(o => (o.Doc.Doc, o.SameContent)));
            }
            var prefixDocs = ranked.Take(prefix).Select(d => d.Doc).ToHashSet();
            if (first.Any(g => g.Others.Any(o => !prefixDocs.Contains(o.Doc.Doc)))) joinedLater++;
        }
        // Both paths were taken, and groups took members from beyond the documents checked first.
        Assert.InRange(decided, 50, 399);
        Assert.True(joinedLater > 10, $"{joinedLater} rounds with a later member");
    }
}

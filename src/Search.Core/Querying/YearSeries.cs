using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// A query naming a year, and a series of documents that differ only by the year they cover: the same title apart from
/// its numbers (the yearly lists of the deputies' party declarations, "(2012)", "(2013)"…; a body's yearly accounts).
/// Within such a series the words score each member about alike, and their spread (a longer list, more mentions of a
/// party) outweighs the year preference; the year also helps the member *published* that year, which covers the next
/// one. So, within a series, the members whose figures cover the year asked take the series' first places (in their
/// ranked order); the places of the other documents do not change (issue 14, point 6).
/// </summary>
public static class YearSeries
{
    /// <summary>
    /// <paramref name="ranked"/> (rank order) with, in each series, the documents covering <paramref name="year"/> (one
    /// of their covered years) moved before the series' other
    /// members ranked above them, within the series' own places: the documents of other titles keep theirs, and each
    /// place keeps its score, so the order stays by score. Only the first <see cref="Reach"/> documents take part. The same
    /// array when nothing moves.
    /// </summary>
    public static ScoreDoc[] Order(IndexSearcher searcher, ScoreDoc[] ranked, int year)
    {
        if (ranked.Length < 2) return ranked;
        var asked = new BytesRef(year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        var covers = ranked.Take(Reach).Select(d => Covers(searcher.IndexReader, d.Doc, asked)).ToArray();
        if (!covers.Contains(true) || !covers.Contains(false)) return ranked;
        var keys = new Dictionary<int, string?>();
        string? Key(int doc)
        {
            if (!keys.TryGetValue(doc, out var key)) keys[doc] = key = TitleKey(searcher, doc);
            return key;
        }
        // Each place's document and whether it covers the year, moved together.
        var order = ranked.Take(Reach).Zip(covers, (d, c) => (d.Doc, Covers: c)).ToList();
        var moved = false;
        for (var i = 1; i < order.Count; i++)
        {
            // (The first members above it that do not cover the year: the place the covering document takes.)
            if (!order[i].Covers || Key(order[i].Doc) is not { } key) continue;
            var j = 0;
            while (j < i && (order[j].Covers || Key(order[j].Doc) != key)) j++;
            if (j == i) continue;
            // The series' members from that place on move to its next places; the documents between them keep theirs.
            var places = new List<int> { j };
            for (var k = j + 1; k < i; k++)
                if (!order[k].Covers && Key(order[k].Doc) == key) places.Add(k);
            places.Add(i);
            var covering = order[i];
            for (var p = places.Count - 1; p > 0; p--) order[places[p]] = order[places[p - 1]];
            order[j] = covering;
            moved = true;
        }
        if (!moved) return ranked;
        return [.. order.Select((d, k) => new ScoreDoc(d.Doc, ranked[k].Score)), .. ranked.Skip(Reach)];
    }

    /// <summary>The best documents the rule reorders (it reads the titles of some of them): a member ranked below stays.</summary>
    public const int Reach = 50;

    /// <summary>Whether the document's figures cover the year (one of its covered years). Its publication year says
    /// nothing of it: a yearly list is published the year before the one it covers.</summary>
    private static bool Covers(IndexReader reader, int doc, BytesRef year)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        if (leaf.AtomicReader.GetSortedSetDocValues(Schema.CoveredYear) is not { } covered) return false;
        var scratch = new BytesRef();
        covered.SetDocument(doc - leaf.DocBase);
        for (var ord = covered.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = covered.NextOrd())
        {
            covered.LookupOrd(ord, scratch);
            if (scratch.BytesEquals(year)) return true;
        }
        return false;
    }

    /// <summary>The words of the document's title without those holding a digit (folded), or null when fewer than two are left.</summary>
    internal static string? TitleKey(IndexSearcher searcher, int doc)
    {
        var visitor = new Schema.LeadingStoredFields(Schema.Title);
        searcher.Doc(doc, visitor);
        return TitleKey(visitor[Schema.Title]);
    }

    /// <summary>The title's words without those holding a digit, folded and joined by spaces; null when fewer than two are left.</summary>
    public static string? TitleKey(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var words = QueryText.FoldedWords(title).Where(w => !w.Any(char.IsDigit)).ToList();
        return words.Count < 2 ? null : string.Join(' ', words);
    }
}

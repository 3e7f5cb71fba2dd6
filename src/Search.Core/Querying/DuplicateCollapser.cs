using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// The collapse step of a ranked search: documents with the same content (another address) or the same title,
/// publisher and year with a near-identical text (another version) follow the best-ranked of them as its
/// <see cref="SearchHit.OtherVersions"/> instead of taking a place of their own; a page is filled from the next
/// distinct hits. Totals and facets still count documents. A series of per-year documents never collapses (the year
/// is part of the key); when several hits of a page share a title but not a year, <see cref="WithYears"/> makes their
/// titles carry it.
/// </summary>
public static class DuplicateCollapser
{
    /// <summary>A hit and the documents that follow it, each flagged when its content is the same bytes.</summary>
    public sealed record Group(ScoreDoc Head, IReadOnlyList<(ScoreDoc Doc, bool SameContent)> Others);

    /// <summary>The ranked documents in groups, in rank order; null when the index has no signatures.</summary>
    public static List<Group>? Collapse(IndexReader reader, IReadOnlyList<ScoreDoc> ranked)
    {
        var values = MultiDocValues.GetBinaryValues(reader, Schema.Duplicates);
        return values is null ? null : Collapse(values, ranked);
    }

    private static List<Group> Collapse(BinaryDocValues values, IReadOnlyList<ScoreDoc> ranked)
    {
        var heads = new List<(ScoreDoc Head, byte[] Signature, List<(ScoreDoc, bool)> Others)>(ranked.Count);
        var scratch = new BytesRef();
        foreach (var scoreDoc in ranked)
        {
            var signature = Signature(values, scoreDoc.Doc, scratch);
            var joined = false;
            foreach (var head in heads)
            {
                if (Joins(head.Signature, signature) is not { } same) continue;
                head.Others.Add((scoreDoc, same));
                joined = true;
                break;
            }
            if (!joined) heads.Add((scoreDoc, signature, []));
        }
        return heads.Select(h => new Group(h.Head, h.Others)).ToList();
    }

    /// <summary>
    /// The first <paramref name="wanted"/> groups that <see cref="Collapse"/> makes of the window ordered as a search
    /// orders it — its documents with a covering passage in rank order, then the others (<see cref="PassageCoverage"/>)
    /// — found from the coverage of the best <paramref name="prefix"/> documents and of the later ones that are
    /// copies or versions of one of those groups' heads; null when these do not decide them (fewer groups of covered
    /// documents among the best), or when the index has no signatures: then the caller splits and collapses the whole window.
    /// Exactly <see cref="Collapse"/>'s groups: a covered document after the prefix ranks after every covered one of it,
    /// so the first heads are those of the prefix's covered documents; a later document either joins the first of those
    /// heads it matches, as it would in the whole window, or does not reach them.
    /// </summary>
    /// <param name="ranked">The window in rank order.</param>
    /// <param name="covers">Which of some documents have a covering passage (<see cref="PassageCoverage.Covering"/>).</param>
    public static List<Group>? FirstGroups(IndexReader reader, ScoreDoc[] ranked, Func<IReadOnlyList<ScoreDoc>, bool[]> covers, int wanted, int prefix)
    {
        if (prefix >= ranked.Length || wanted < 1) return null;
        var values = MultiDocValues.GetBinaryValues(reader, Schema.Duplicates);
        if (values is null) return null;
        var best = ranked[..prefix];
        var bestCovered = covers(best);
        var covered = new List<ScoreDoc>(ranked.Length);
        for (var i = 0; i < best.Length; i++)
            if (bestCovered[i]) covered.Add(best[i]);
        var groups = Collapse(values, covered);
        if (groups.Count < wanted) return null;
        var scratch = new BytesRef();
        var heads = groups.Take(wanted).Select(g => Signature(values, g.Head.Doc, scratch)).ToArray();
        bool JoinsAHead(ScoreDoc doc)
        {
            var signature = Signature(values, doc.Doc, scratch);
            return heads.Any(h => Joins(h, signature) is not null);
        }
        var later = ranked[prefix..].Where(JoinsAHead).ToArray();
        var laterCovered = covers(later);
        // The rest of the order, restricted to the documents that join one of the first heads: later covered ones in
        // rank order, then the documents without a covering passage (the prefix's before the later ones).
        for (var i = 0; i < later.Length; i++)
            if (laterCovered[i]) covered.Add(later[i]);
        for (var i = 0; i < best.Length; i++)
            if (!bestCovered[i] && JoinsAHead(best[i])) covered.Add(best[i]);
        for (var i = 0; i < later.Length; i++)
            if (!laterCovered[i]) covered.Add(later[i]);
        return Collapse(values, covered).Take(wanted).ToList();
    }

    /// <summary>The document's signature (empty when it has none).</summary>
    private static byte[] Signature(BinaryDocValues values, int doc, BytesRef scratch)
    {
        values.Get(doc, scratch);
        return scratch.Length == 0 ? [] : scratch.Bytes.AsSpan(scratch.Offset, scratch.Length).ToArray();
    }

    /// <summary>Whether a document of signature <paramref name="other"/> follows a head: null when not, else whether its content is the same bytes.</summary>
    private static bool? Joins(byte[] head, byte[] other)
    {
        var same = DuplicateSignature.SameContent(head, other);
        return same || DuplicateSignature.NearDuplicates(head, other) ? same : null;
    }

    /// <summary>Hits of one page that share a title but not a year: each title carries its year ("tableau des departements (2014)").</summary>
    public static List<SearchHit> WithYears(List<SearchHit> hits)
    {
        var series = hits
            .GroupBy(h => h.Title.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(h => h.Year).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (series.Count == 0) return hits;
        return hits.Select(h => series.Contains(h.Title.Trim()) && h.Year is { } year
                                && !h.Title.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            ? h with { Title = $"{h.Title.Trim()} ({year})" }
            : h).ToList();
    }
}

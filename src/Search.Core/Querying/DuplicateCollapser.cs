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
        if (values is null) return null;
        var heads = new List<(ScoreDoc Head, byte[] Signature, List<(ScoreDoc, bool)> Others)>(ranked.Count);
        var scratch = new BytesRef();
        foreach (var scoreDoc in ranked)
        {
            values.Get(scoreDoc.Doc, scratch);
            var signature = scratch.Length == 0 ? [] : scratch.Bytes.AsSpan(scratch.Offset, scratch.Length).ToArray();
            var joined = false;
            foreach (var head in heads)
            {
                var same = DuplicateSignature.SameContent(head.Signature, signature);
                if (!same && !DuplicateSignature.NearDuplicates(head.Signature, signature)) continue;
                head.Others.Add((scoreDoc, same));
                joined = true;
                break;
            }
            if (!joined) heads.Add((scoreDoc, signature, []));
        }
        return heads.Select(h => new Group(h.Head, h.Others)).ToList();
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

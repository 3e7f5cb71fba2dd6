using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Search.Core.Querying;

/// <summary>
/// The ordinals of one SortedSet doc-values field of one segment, decoded once into plain arrays and kept as long as the
/// segment lives: the facet counters read them for every match of every query, and reading them through the codec
/// (<see cref="SortedSetDocValues.SetDocument"/>, <see cref="SortedSetDocValues.NextOrd"/>: packed blocks, a virtual
/// call per ordinal) was most of the cost of counting facets. Same ordinals, in the same order, as the doc values.
/// A single-valued field (at most one value per document) keeps one ordinal per document (−1: none); a multi-valued one
/// keeps each document's ordinals contiguously (<see cref="Starts"/>, <see cref="Ords"/>). Memory: 4 bytes per document
/// and field, plus 4 per value of a multi-valued field (about 5 MB for the facet fields of 100,000 documents).
/// </summary>
public sealed class SegmentOrdinals
{
    /// <summary>Per document, its only ordinal or −1 (single-valued fields), else null.</summary>
    public int[]? Single { get; }

    /// <summary>Per document, where its ordinals start in <see cref="Ords"/> (one more entry: the end), else null.</summary>
    public int[]? Starts { get; }

    /// <summary>The ordinals of every document, in document order (multi-valued fields), else null.</summary>
    public int[]? Ords { get; }

    /// <summary>The number of distinct values of the field in the segment.</summary>
    public int ValueCount { get; }

    private SegmentOrdinals(int[]? single, int[]? starts, int[]? ords, int valueCount) => (Single, Starts, Ords, ValueCount) = (single, starts, ords, valueCount);

    /// <summary>The field's ordinals in the segment, decoded on first use; null when the segment has no value of it.</summary>
    public static SegmentOrdinals? Of(AtomicReader segment, string field)
    {
        var perField = Cache.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentOrdinals?>(StringComparer.Ordinal));
        // Concurrent first searches of a segment may decode it twice: equal arrays, one of them kept.
        return perField.TryGetValue(field, out var known) ? known : perField.GetOrAdd(field, Decode(segment, field));
    }

    private static SegmentOrdinals? Decode(AtomicReader segment, string field)
    {
        var values = segment.GetSortedSetDocValues(field);
        if (values is null || values.ValueCount == 0) return null;
        var maxDoc = segment.MaxDoc;
        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc);
        var single = true;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ords.Add(checked((int)ord));
            if (ords.Count - starts[doc] > 1) single = false;
        }
        starts[maxDoc] = ords.Count;
        var valueCount = checked((int)values.ValueCount);
        if (!single) return new SegmentOrdinals(null, starts, ords.ToArray(), valueCount);
        var one = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++) one[doc] = starts[doc + 1] > starts[doc] ? ords[starts[doc]] : -1;
        return new SegmentOrdinals(one, null, null, valueCount);
    }

    /// <summary>
    /// Per segment core (doc values of SortedSet fields do not change while a segment lives; deletions do not touch them),
    /// per field. Freed with the segment.
    /// </summary>
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentOrdinals?>> Cache = new();
}

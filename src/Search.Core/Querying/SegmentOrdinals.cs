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
    /// The ordinals of several single-valued fields side by side: per document, its ordinal of each field in turn (−1: none), at
    /// <c>doc * fields.Length + j</c> — the same values as each field's <see cref="Single"/>, but one cache line read per document
    /// for all of them, where the separate arrays cost one each (counting facets, a match reads them all). Decoded on first use
    /// from the fields' own ordinals and kept as long as the segment lives (4 bytes per document and field); null when a field is
    /// not single-valued in the segment or has no value there.
    /// </summary>
    public static int[]? SideBySide(AtomicReader segment, IReadOnlyList<string> fields)
    {
        var key = string.Join('\n', fields);
        var perFields = SideBySideCache.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, int[]?>(StringComparer.Ordinal));
        if (perFields.TryGetValue(key, out var known)) return known;
        var singles = new int[fields.Count][];
        for (var j = 0; j < fields.Count; j++)
        {
            if (Of(segment, fields[j])?.Single is not { } single) return perFields.GetOrAdd(key, (int[]?)null);
            singles[j] = single;
        }
        var width = fields.Count;
        var maxDoc = segment.MaxDoc;
        var packed = new int[checked(maxDoc * width)];
        for (var doc = 0; doc < maxDoc; doc++)
            for (var j = 0; j < width; j++) packed[doc * width + j] = singles[j][doc];
        return perFields.GetOrAdd(key, packed);
    }

    /// <summary>
    /// Per segment core (doc values of SortedSet fields do not change while a segment lives; deletions do not touch them),
    /// per field. Freed with the segment.
    /// </summary>
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentOrdinals?>> Cache = new();

    /// <summary>Per segment core, per list of fields (joined by a line break): <see cref="SideBySide"/>. Freed with the segment.</summary>
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, int[]?>> SideBySideCache = new();
}

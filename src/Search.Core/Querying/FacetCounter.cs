using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Querying;

/// <summary>
/// Counts facet values of the matching documents from SortedSet doc values (Lucene.Net.Facet is not
/// available): per segment, an array of ordinal counts (pooled, not allocated per query), turned into
/// values when the segment ends through a per-segment cache of ordinal labels. A field counting every value keeps instead the
/// counts of the first segment by ordinal (an array of its own, not pooled), and when that segment is the only one (a search of
/// one segment, as a merged index is), ranks its values from them (<see cref="Result"/>) without a dictionary of the values, with
/// the same answer. Each match's ordinals are read from
/// arrays decoded once per segment (<see cref="SegmentOrdinals"/>), not from the codec's packed blocks. A field may be limited
/// to a few wanted values (the territory facet shows one level of the tree): only those ordinals are
/// read back. Counts are exact: every match is collected. The year facet counts a document under its publication year
/// and under every year its figures cover, once per year (the year filter selects the same: see <see cref="QueryBuilder.Filters"/>).
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly string[] _fields;
    private readonly IReadOnlyCollection<string>?[] _wanted;
    private readonly Dictionary<string, int>[] _counts;
    private readonly SortedSetDocValues?[] _values;
    private readonly SegmentOrdinals?[] _ords;
    private readonly int[]?[] _segmentCounts;
    private readonly string?[]?[] _labels;
    // A field also counting a second field's values (the year: the covered years), per field: the second field's values,
    // their slots in the counts (after the field's own ordinals, or the same value's ordinal of the field), and labels.
    private readonly SortedSetDocValues?[] _alsoValues;
    private readonly SegmentOrdinals?[] _alsoOrds;
    private readonly int[]?[] _alsoSlots;
    private readonly string?[]?[] _alsoLabels;
    // The segment being collected (its core's cache key): wanted values' ordinals are kept per segment.
    private object? _segment;
    // Per field, whether its counts in the segment being collected may be kept by ordinal (every value counted, no second
    // field, not the year, and the segment's ordinals in the values' string order: see OrdinalsInStringOrder).
    private readonly bool[] _byOrdinal;
    // Per field, the counts by ordinal of the first segment flushed, not added to _counts (null: none, or added).
    private readonly SegmentCounts?[] _pending;

    // Whether a field's counts may be kept by ordinal at all (off only to measure it: RankingParameters.FacetsByOrdinal).
    private readonly bool _rankByOrdinal;

    /// <summary>A segment's counts of a field by ordinal, its values (for their labels) and the labels' cache.</summary>
    private sealed record SegmentCounts(int[] Counts, SortedSetDocValues Values, string?[] Labels);

    /// <summary>Fields whose facet also counts, once per document, the values of another field.</summary>
    private static readonly Dictionary<string, string> AlsoCounted = new(StringComparer.Ordinal) { [Documents.Schema.Year] = Documents.Schema.CoveredYear };

    /// <param name="wanted">Per field, the only values to count (others are ignored); absent: every value.</param>
    /// <param name="byOrdinal">Whether one segment's counts are ranked by ordinal (<see cref="RankingParameters.FacetsByOrdinal"/>;
    /// the same values and counts either way).</param>
    public FacetCounter(IEnumerable<string> fields, IReadOnlyDictionary<string, IReadOnlyCollection<string>>? wanted = null, bool byOrdinal = true)
    {
        _rankByOrdinal = byOrdinal;
        _fields = fields.ToArray();
        _wanted = _fields.Select(f => wanted?.GetValueOrDefault(f)).ToArray();
        _counts = _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _values = new SortedSetDocValues?[_fields.Length];
        _ords = new SegmentOrdinals?[_fields.Length];
        _segmentCounts = new int[]?[_fields.Length];
        _labels = new string?[]?[_fields.Length];
        _alsoValues = new SortedSetDocValues?[_fields.Length];
        _alsoOrds = new SegmentOrdinals?[_fields.Length];
        _alsoSlots = new int[]?[_fields.Length];
        _alsoLabels = new string?[]?[_fields.Length];
        _byOrdinal = new bool[_fields.Length];
        _pending = new SegmentCounts?[_fields.Length];
    }

    /// <summary>
    /// False, as for every collector of a search: given a collector that takes documents out of order, Lucene's boolean
    /// weight first builds an out-of-order scorer for each clause (a 2,048-bucket table per disjunction and segment,
    /// postings enumerators) and throws them away as soon as it meets a required clause. That waste was a third of
    /// the memory a query allocated.
    /// </summary>
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segment = context.AtomicReader.CoreCacheKey;
        for (var i = 0; i < _fields.Length; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(_fields[i]);
            if (values is { ValueCount: 0 }) values = null;
            var also = _wanted[i] is null && AlsoCounted.TryGetValue(_fields[i], out var alsoField) ? context.AtomicReader.GetSortedSetDocValues(alsoField) : null;
            if (also is { ValueCount: 0 }) also = null;
            _values[i] = values;
            _alsoValues[i] = also;
            _ords[i] = values is null ? null : SegmentOrdinals.Of(context.AtomicReader, _fields[i]);
            _alsoOrds[i] = also is null ? null : SegmentOrdinals.Of(context.AtomicReader, AlsoCounted[_fields[i]]);
            if (values is null && also is null) continue;
            var own = checked((int)(values?.ValueCount ?? 0));
            var size = checked(own + (int)(also?.ValueCount ?? 0));
            _byOrdinal[i] = _rankByOrdinal && _wanted[i] is null && also is null && values is not null && _fields[i] != Documents.Schema.Year
                && OrdinalsInStringOrder(context.AtomicReader, _fields[i], values);
            // Counts kept by ordinal past the segment are the counter's own; the others go back to the pool when it ends.
            int[] counts;
            if (_byOrdinal[i]) counts = new int[size];
            else
            {
                counts = ArrayPool<int>.Shared.Rent(size);
                Array.Clear(counts, 0, size);
            }
            _segmentCounts[i] = counts;
            _labels[i] = _wanted[i] is null && values is not null ? Labels(context.AtomicReader, _fields[i], own) : null;
            if (also is not null)
            {
                _alsoLabels[i] = Labels(context.AtomicReader, AlsoCounted[_fields[i]], (int)also.ValueCount);
                _alsoSlots[i] = AlsoSlots(context.AtomicReader, _fields[i], values, also);
            }
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _ords.Length; i++)
        {
            var counts = _segmentCounts[i];
            if (counts is null) continue;
            var last = -1;
            if (_ords[i] is { } values)
            {
                if (values.Single is { } single)
                {
                    if ((last = single[doc]) >= 0) counts[last]++;
                }
                else
                {
                    var ords = values.Ords!;
                    for (int k = values.Starts![doc], end = values.Starts[doc + 1]; k < end; k++) counts[last = ords[k]]++;
                }
            }
            if (_alsoOrds[i] is not { } also) continue;
            // The second field's values are distinct within a document; one equal to the field's own value (a document
            // covering its publication year; the year is single-valued) is not counted twice.
            var slots = _alsoSlots[i]!;
            if (also.Single is { } alsoSingle)
            {
                var ord = alsoSingle[doc];
                if (ord >= 0 && slots[ord] != last) counts[slots[ord]]++;
            }
            else
            {
                var ords = also.Ords!;
                for (int k = also.Starts![doc], end = also.Starts[doc + 1]; k < end; k++)
                    if (slots[ords[k]] != last) counts[slots[ords[k]]]++;
            }
        }
    }

    /// <summary>How many fields <see cref="Result"/> ranked from one segment's counts by ordinal (the last time it was asked).</summary>
    public int FieldsRankedByOrdinal { get; private set; }

    /// <summary>The counts per field, most frequent first (years: most recent first).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result(int maxValues = 100)
    {
        FlushSegment();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        FieldsRankedByOrdinal = 0;
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_pending[i] is { } only && _counts[i].Count == 0)
            {
                result[_fields[i]] = Ranked(only, maxValues);
                FieldsRankedByOrdinal++;
                continue;
            }
            AddPending(i);
            var values = _counts[i].Select(kv => new FacetValue(kv.Key, kv.Value));
            values = _fields[i] == Documents.Schema.Year
                ? values.OrderByDescending(v => v.Value, StringComparer.Ordinal)
                : values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal);
            result[_fields[i]] = values.Take(maxValues).ToList();
        }
        return result;
    }

    /// <summary>The count of each value (every value counted, or the wanted ones).</summary>
    public IReadOnlyDictionary<string, int> Counts(string field)
    {
        FlushSegment();
        var i = Array.IndexOf(_fields, field);
        AddPending(i);
        return _counts[i];
    }

    /// <summary>
    /// The values of one segment's counts by ordinal, most frequent first, then in the values' order (the ordinals' order, which
    /// is their string order: see <see cref="OrdinalsInStringOrder"/>): as the dictionary's values ordered by count, then value.
    /// The best <paramref name="maxValues"/> are kept in a heap of (count, ordinal) keys; only their labels are read.
    /// </summary>
    private static List<FacetValue> Ranked(SegmentCounts segment, int maxValues)
    {
        var counts = segment.Counts;
        var size = Math.Min(counts.Length, (int)segment.Values.ValueCount);
        var k = Math.Min(maxValues, size);
        if (k <= 0) return [];
        // A larger key is a better value: its count in the high half, the ordinal reversed in the low one.
        var heap = new long[k];
        var n = 0;
        for (var ord = 0; ord < size; ord++)
        {
            var count = counts[ord];
            if (count == 0) continue;
            var key = ((long)count << 32) | (uint)(int.MaxValue - ord);
            if (n < k)
            {
                heap[n++] = key;
                if (n == k)
                    for (var j = k / 2 - 1; j >= 0; j--) SiftDown(heap, j, k);
            }
            else if (key > heap[0])
            {
                heap[0] = key;
                SiftDown(heap, 0, k);
            }
        }
        Array.Sort(heap, 0, n);
        var ranked = new List<FacetValue>(n);
        for (var j = n - 1; j >= 0; j--)
        {
            var ord = int.MaxValue - (int)(uint)heap[j];
            ranked.Add(new FacetValue(segment.Labels[ord] ??= Label(segment.Values, ord), (int)(heap[j] >> 32)));
        }
        return ranked;
    }

    /// <summary>Restores the least-first heap order of <paramref name="heap"/>[..<paramref name="n"/>] below <paramref name="i"/>.</summary>
    private static void SiftDown(long[] heap, int i, int n)
    {
        var key = heap[i];
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && heap[child + 1] < heap[child]) child++;
            if (heap[child] >= key) break;
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = key;
    }

    /// <summary>Adds the counts kept by ordinal of field <paramref name="i"/>, if any, to its counts by value.</summary>
    private void AddPending(int i)
    {
        if (_pending[i] is not { } segment) return;
        _pending[i] = null;
        AddByValue(_counts[i], segment.Counts, 0, Math.Min(segment.Counts.Length, (int)segment.Values.ValueCount), segment.Labels, segment.Values);
    }

    /// <summary>Adds <paramref name="counts"/>[<paramref name="offset"/>..][..<paramref name="size"/>], by ordinal of
    /// <paramref name="values"/>, to <paramref name="total"/> by value (labels read once into <paramref name="labels"/>).</summary>
    private static void AddByValue(Dictionary<string, int> total, int[] counts, int offset, int size, string?[] labels, SortedSetDocValues values)
    {
        for (var ord = 0; ord < size; ord++)
        {
            var count = counts[offset + ord];
            if (count == 0) continue;
            var key = labels[ord] ??= Label(values, ord);
            total[key] = total.GetValueOrDefault(key) + count;
        }
    }

    private void FlushSegment()
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            var counts = _segmentCounts[i];
            if (counts is null) continue;
            var values = _values[i];
            var total = _counts[i];
            var own = (int)(values?.ValueCount ?? 0);
            if (_wanted[i] is { } wanted)
            {
                var ords = WantedOrds.GetValue(_segment!, _ => new ConcurrentDictionary<(string, string), long>());
                foreach (var key in wanted)
                {
                    var ord = ords.GetOrAdd((_fields[i], key), static (k, v) => v.LookupTerm(new BytesRef(k.Item2)), values!);
                    if (ord >= 0 && counts[ord] > 0) total[key] = total.GetValueOrDefault(key) + counts[ord];
                }
            }
            else if (_byOrdinal[i] && _pending[i] is null && _counts[i].Count == 0)
            {
                // The first segment with counts: kept by ordinal (Result ranks them when no other segment follows).
                _pending[i] = new SegmentCounts(counts, values!, _labels[i]!);
            }
            else
            {
                AddPending(i);
                if (values is not null) AddByValue(total, counts, 0, own, _labels[i]!, values);
                if (_alsoValues[i] is { } also) AddByValue(total, counts, own, (int)also.ValueCount, _alsoLabels[i]!, also);
            }
            if (!_byOrdinal[i]) ArrayPool<int>.Shared.Return(counts);
            _byOrdinal[i] = false;
            _segmentCounts[i] = null;
            _values[i] = null;
            _alsoValues[i] = null;
            _ords[i] = null;
            _alsoOrds[i] = null;
            _alsoSlots[i] = null;
            _alsoLabels[i] = null;
        }
    }

    /// <summary>
    /// Per ordinal of the second field, its slot in the counts: the field's own ordinal of the same value, or a slot of its
    /// own after them. Kept as long as the segment lives.
    /// </summary>
    private static int[] AlsoSlots(AtomicReader segment, string field, SortedSetDocValues? values, SortedSetDocValues also)
    {
        var perField = SlotCache.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, int[]>(StringComparer.Ordinal));
        return perField.GetOrAdd(field, _ =>
        {
            var own = (int)(values?.ValueCount ?? 0);
            var slots = new int[(int)also.ValueCount];
            var scratch = new BytesRef();
            for (var ord = 0; ord < slots.Length; ord++)
            {
                also.LookupOrd(ord, scratch);
                var same = values?.LookupTerm(scratch) ?? -1;
                slots[ord] = same >= 0 ? (int)same : own + ord;
            }
            return slots;
        });
    }

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, int[]>> SlotCache = new();

    /// <summary>
    /// Whether a segment's ordinals of a field order its values as <see cref="StringComparer.Ordinal"/> does: the segment sorts
    /// them by their UTF-8 bytes, that is by code point, the order of their UTF-16 code units unless a value holds a character
    /// outside the basic plane (four UTF-8 bytes, a surrogate pair in UTF-16, which sorts below U+E000–U+FFFF). Read once per
    /// segment and field, kept as long as the segment lives.
    /// </summary>
    private static bool OrdinalsInStringOrder(AtomicReader segment, string field, SortedSetDocValues values)
    {
        var perField = OrderCache.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        return perField.TryGetValue(field, out var known) ? known : perField.GetOrAdd(field, static (_, v) =>
        {
            var scratch = new BytesRef();
            for (long ord = 0; ord < v.ValueCount; ord++)
            {
                v.LookupOrd(ord, scratch);
                for (var b = 0; b < scratch.Length; b++)
                    if (scratch.Bytes[scratch.Offset + b] >= 0xF0) return false;
            }
            return true;
        }, values);
    }

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, bool>> OrderCache = new();

    private static string Label(SortedSetDocValues values, long ord)
    {
        var scratch = new BytesRef();
        values.LookupOrd(ord, scratch);
        return scratch.Utf8ToString();
    }

    /// <summary>Ordinal labels of a segment's field, filled as they are first needed and kept as long as the segment lives.</summary>
    private static string?[] Labels(AtomicReader segment, string field, int size)
    {
        var perField = LabelCache.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, string?[]>(StringComparer.Ordinal));
        var labels = perField.GetOrAdd(field, _ => new string?[size]);
        // Concurrent searches may fill the same slot twice with equal strings: harmless.
        return labels.Length == size ? labels : new string?[size];
    }

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, string?[]>> LabelCache = new();

    /// <summary>
    /// Per segment, the ordinal of each wanted value looked up so far (negative when the segment lacks it): the territory
    /// facet asks for the same places (a level of the tree) query after query, and a lookup is a search of the segment's
    /// terms. Kept as long as the segment lives; at most one entry per place of the gazetteer and field.
    /// </summary>
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(string Field, string Value), long>> WantedOrds = new();
}

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
/// values when the segment ends through a per-segment cache of ordinal labels. A field may be limited
/// to a few wanted values (the territory facet shows one level of the tree): only those ordinals are
/// read back. Counts are exact: every match is collected.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly string[] _fields;
    private readonly IReadOnlyCollection<string>?[] _wanted;
    private readonly Dictionary<string, int>[] _counts;
    private readonly SortedSetDocValues?[] _values;
    private readonly int[]?[] _segmentCounts;
    private readonly string?[]?[] _labels;

    /// <param name="wanted">Per field, the only values to count (others are ignored); absent: every value.</param>
    public FacetCounter(IEnumerable<string> fields, IReadOnlyDictionary<string, IReadOnlyCollection<string>>? wanted = null)
    {
        _fields = fields.ToArray();
        _wanted = _fields.Select(f => wanted?.GetValueOrDefault(f)).ToArray();
        _counts = _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _values = new SortedSetDocValues?[_fields.Length];
        _segmentCounts = new int[]?[_fields.Length];
        _labels = new string?[]?[_fields.Length];
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
        for (var i = 0; i < _fields.Length; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(_fields[i]);
            _values[i] = values;
            if (values is null || values.ValueCount == 0)
            {
                _values[i] = null;
                continue;
            }
            var size = checked((int)values.ValueCount);
            var counts = ArrayPool<int>.Shared.Rent(size);
            Array.Clear(counts, 0, size);
            _segmentCounts[i] = counts;
            _labels[i] = _wanted[i] is null ? Labels(context.AtomicReader, _fields[i], size) : null;
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var values = _values[i];
            if (values is null) continue;
            var counts = _segmentCounts[i]!;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) counts[ord]++;
        }
    }

    /// <summary>The counts per field, most frequent first (years: most recent first).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result(int maxValues = 100)
    {
        FlushSegment();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        for (var i = 0; i < _fields.Length; i++)
        {
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
        return _counts[Array.IndexOf(_fields, field)];
    }

    private void FlushSegment()
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            var counts = _segmentCounts[i];
            var values = _values[i];
            if (counts is null || values is null) continue;
            var total = _counts[i];
            if (_wanted[i] is { } wanted)
            {
                foreach (var key in wanted)
                {
                    var ord = values.LookupTerm(new BytesRef(key));
                    if (ord >= 0 && counts[ord] > 0) total[key] = total.GetValueOrDefault(key) + counts[ord];
                }
            }
            else
            {
                var labels = _labels[i]!;
                var size = (int)values.ValueCount;
                for (var ord = 0; ord < size; ord++)
                {
                    if (counts[ord] == 0) continue;
                    var key = labels[ord] ??= Label(values, ord);
                    total[key] = total.GetValueOrDefault(key) + counts[ord];
                }
            }
            ArrayPool<int>.Shared.Return(counts);
            _segmentCounts[i] = null;
            _values[i] = null;
        }
    }

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
}

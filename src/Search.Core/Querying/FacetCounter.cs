using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Querying;

/// <summary>
/// Counts facet values of the matching documents from SortedSet doc values (Lucene.Net.Facet is not
/// available): per segment, an array of ordinal counts, turned into values when the segment ends.
/// Counts are exact: every match is collected.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _counts;
    private readonly SortedSetDocValues?[] _values;
    private readonly int[]?[] _segmentCounts;

    public FacetCounter(IEnumerable<string> fields)
    {
        _fields = fields.ToArray();
        _counts = _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _values = new SortedSetDocValues?[_fields.Length];
        _segmentCounts = new int[]?[_fields.Length];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < _fields.Length; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(_fields[i]);
            _values[i] = values;
            _segmentCounts[i] = values is null ? null : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _fields.Length; i++)
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

    private void FlushSegment()
    {
        var scratch = new BytesRef();
        for (var i = 0; i < _fields.Length; i++)
        {
            var counts = _segmentCounts[i];
            var values = _values[i];
            if (counts is null || values is null) continue;
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, scratch);
                var key = scratch.Utf8ToString();
                _counts[i][key] = _counts[i].GetValueOrDefault(key) + counts[ord];
            }
            _segmentCounts[i] = null;
        }
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// The first phase's window: the best <c>size</c> matches by relevance then date (newest first), or by date then relevance,
/// then by document (the first wins a tie), with their scores, and the total of matches — what Lucene's
/// <see cref="TopFieldCollector"/> of the same <see cref="Sort"/> (<c>fillFields: false, trackDocScores: true, trackMaxScore:
/// false</c>, documents in order) gives, in the same order with the same scores, at less cost per match: one score computed
/// and compared to the window's last in place (Lucene asks a comparer through a caching wrapper of the scorer, then a second
/// comparer, and copies each entering document into each comparer's slots), the date read only when it decides, the window
/// a heap of plain arrays. Scores are compared as Lucene's comparer does (Java's order of floats: −0 before +0), dates as
/// longs (a document without one: 0, as Lucene's field cache reads it). Documents must come in order (one scorer per
/// segment, as every first-phase query here): a match equal to the window's last on every key comes after it and stays out.
/// </summary>
public sealed class WindowCollector : ICollector
{
    private readonly int _size;
    private readonly bool _dateFirst;
    // The heap of the window, its worst entry at the root.
    private readonly float[] _scores;
    private readonly long[] _dates;
    private readonly int[] _docs;
    private int _count;
    private int _docBase;
    private Scorer? _scorer;
    private FieldCache.Int64s? _dateValues;

    /// <param name="size">How many documents the window keeps (one at least).</param>
    /// <param name="dateFirst">By date (newest first) then relevance; else by relevance then date.</param>
    public WindowCollector(int size, bool dateFirst)
    {
        if (size < 1) throw new ArgumentOutOfRangeException(nameof(size));
        _size = size;
        _dateFirst = dateFirst;
        _scores = new float[size];
        _dates = new long[size];
        _docs = new int[size];
    }

    /// <summary>Whether <paramref name="sort"/> is one this collector keeps: relevance then date (newest first), or the reverse.</summary>
    public static bool Keeps(Sort sort, out bool dateFirst)
    {
        dateFirst = false;
        var fields = sort.GetSort();
        if (fields.Length != 2) return false;
        bool IsScore(SortField f) => f.Type == SortFieldType.SCORE && !f.IsReverse;
        bool IsDate(SortField f) => f.Type == SortFieldType.INT64 && f.IsReverse && f.Field == Schema.DateSort && f.MissingValue is null
            && f.Parser is null && f.ComparerSource is null;
        if (IsScore(fields[0]) && IsDate(fields[1])) return true;
        if (IsDate(fields[0]) && IsScore(fields[1])) return dateFirst = true;
        return false;
    }

    /// <summary>How many matches were collected.</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _dateValues = FieldCache.DEFAULT.GetInt64s(context.AtomicReader, Schema.DateSort, false);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        float score;
        long date;
        if (_count < _size)
        {
            score = _scorer!.GetScore();
            date = _dateValues!.Get(doc);
            Add(score, date, _docBase + doc);
            return;
        }
        if (_dateFirst)
        {
            date = _dateValues!.Get(doc);
            var bottomDate = _dates[0];
            if (date < bottomDate) return;
            score = _scorer!.GetScore();
            if (date == bottomDate && CompareScores(score, _scores[0]) <= 0) return;
        }
        else
        {
            score = _scorer!.GetScore();
            var c = CompareScores(score, _scores[0]);
            if (c < 0) return;
            date = _dateValues!.Get(doc);
            if (c == 0 && date <= _dates[0]) return;
        }
        _scores[0] = score;
        _dates[0] = date;
        _docs[0] = _docBase + doc;
        SiftDown(0);
    }

    /// <summary>The window, best first, and the total (as <see cref="TopDocsCollector{T}.GetTopDocs()"/>).</summary>
    public TopDocs GetTopDocs()
    {
        var results = new ScoreDoc[_count];
        // Sorted by popping the worst until the heap is empty (the heap is spent: asked once).
        for (var i = _count - 1; i >= 0; i--)
        {
            results[i] = new FieldDoc(_docs[0], _scores[0]);
            var last = --_count;
            if (last > 0)
            {
                _scores[0] = _scores[last];
                _dates[0] = _dates[last];
                _docs[0] = _docs[last];
                SiftDown(0);
            }
        }
        return new TopDocs(TotalHits, results, float.NaN);
    }

    /// <summary>Java's order of floats, as Lucene's relevance comparer (J2N's comparer): −0 below +0.</summary>
    private static int CompareScores(float a, float b) =>
        a > b ? 1 : a < b ? -1 : J2N.Collections.Generic.Comparer<float>.Default.Compare(a, b);

    /// <summary>Whether entry <paramref name="i"/> ranks after entry <paramref name="j"/> (the worse of the two).</summary>
    private bool Worse(int i, int j)
    {
        int c;
        if (_dateFirst)
        {
            c = _dates[i].CompareTo(_dates[j]);
            if (c == 0) c = CompareScores(_scores[i], _scores[j]);
        }
        else
        {
            c = CompareScores(_scores[i], _scores[j]);
            if (c == 0) c = _dates[i].CompareTo(_dates[j]);
        }
        return c != 0 ? c < 0 : _docs[i] > _docs[j];
    }

    private void Add(float score, long date, int doc)
    {
        var i = _count++;
        _scores[i] = score;
        _dates[i] = date;
        _docs[i] = doc;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Worse(i, parent)) break;
            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= _count) return;
            if (child + 1 < _count && Worse(child + 1, child)) child++;
            if (!Worse(child, i)) return;
            Swap(i, child);
            i = child;
        }
    }

    private void Swap(int i, int j)
    {
        (_scores[i], _scores[j]) = (_scores[j], _scores[i]);
        (_dates[i], _dates[j]) = (_dates[j], _dates[i]);
        (_docs[i], _docs[j]) = (_docs[j], _docs[i]);
    }
}

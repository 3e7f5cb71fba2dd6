using System.Reflection;
using FieldInfo = System.Reflection.FieldInfo;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Search.Core.Querying;

/// <summary>
/// Stands before the first phase's window (a collector of the best documents by score, then date) and scores only the
/// matches that could enter it. Once the window is full, a match whose score cannot reach its lowest score is passed over
/// unscored: its upper bound (<see cref="ScoreBound"/>: for each word, the fields that hold it, each at its best score, that
/// of an infinite frequency, read without frequencies or norms) is below that score. Such a match would have been refused by
/// the window anyway (its score is below the window's last; a tie would be kept out by the date or the document order, and a
/// bound is never a tie: it is strictly below), so the window ends with the same documents, in the same order, with the same
/// scores. Every match is still counted (<see cref="TotalHits"/>) and still reaches the other collectors (facets, territories):
/// only the window is gated. When the query holds a scorer whose bound is not known, every match is scored, as without it.
/// </summary>
public sealed class ScoreGate : ICollector
{
    private readonly ICollector _window;
    private readonly int _size;
    // The window's scores so far, a min-heap of at most _size: its root is the window's lowest score once it is full.
    private readonly float[] _heap;
    private int _count;
    private Scorer? _scorer;
    private ScoreBound? _bound;
    // What a bound must stay below for its match to be passed over: the window's lowest score less the bound's slack.
    private double _limit = double.NegativeInfinity;

    /// <param name="window">The window's collector: it must sort by score first (highest first) and keep <paramref name="size"/>
    /// documents.</param>
    public ScoreGate(ICollector window, int size)
    {
        _window = window;
        _size = size;
        _heap = new float[size];
    }

    /// <summary>Every match of the search, passed over or not.</summary>
    public int TotalHits { get; private set; }

    /// <summary>The matches passed over unscored.</summary>
    public int Skipped { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetNextReader(AtomicReaderContext context) => _window.SetNextReader(context);

    public void SetScorer(Scorer scorer)
    {
        _scorer = scorer;
        _bound = ScoreBound.Of(scorer);
        _window.SetScorer(scorer);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        if (_count == _size && _bound is { } bound && bound.Below(_limit))
        {
            Skipped++;
            return;
        }
        // The window asks for the same score (ScoreOnceCollector's cache): computed once.
        var score = _scorer!.GetScore();
        if (_count < _size) Push(score);
        else if (score > _heap[0]) ReplaceRoot(score);
        else
        {
            _window.Collect(doc);
            return;
        }
        if (_count == _size) _limit = ScoreBound.Limit(_heap[0]);
        _window.Collect(doc);
    }

    private void Push(float score)
    {
        var i = _count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (_heap[parent] <= score) break;
            _heap[i] = _heap[parent];
            i = parent;
        }
        _heap[i] = score;
    }

    private void ReplaceRoot(float score)
    {
        var i = 0;
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= _count) break;
            if (child + 1 < _count && _heap[child + 1] < _heap[child]) child++;
            if (_heap[child] >= score) break;
            _heap[i] = _heap[child];
            i = child;
        }
        _heap[i] = score;
    }
}

/// <summary>
/// An upper bound of a scorer's score on its current document, computed without reading frequencies, norms or positions:
/// BM25 scores a term (or a phrase) at most at its weight times (k1 + 1), what an infinite frequency gives; a word's
/// disjunction (<see cref="TermDisjunction"/>) at most the sum of the bounds of the fields on the document, times its
/// coordination factor; a conjunction the sum of its parts'; optional clauses at their most whether they match or not.
/// Built from the scorer tree of a segment (<see cref="Of"/>): null when a scorer in it is of a kind whose bound is not known.
/// A bound is compared with a score less 10⁻⁴ of itself (<see cref="Limit"/>), for the float roundings of the sums it bounds.
/// </summary>
public abstract class ScoreBound
{
    private const double Slack = 1e-4;

    /// <summary>The bound on the scorer's current document (before the slack: see <see cref="Limit"/>).</summary>
    public abstract double Current();

    /// <summary>Whether the bound on the current document is below <paramref name="limit"/>.</summary>
    public virtual bool Below(double limit) => Current() < limit;

    /// <summary>The value a bound must stay below for a score to stay below <paramref name="score"/>: the bounds are
    /// computed in double from floats, the scores in float through a few sums and products, each within 2⁻²⁴ of itself; 10⁻⁴
    /// of slack covers them many times over.</summary>
    public static double Limit(float score) => (score - 1e-6) / (1 + Slack);

    /// <summary>The bound on any document.</summary>
    public abstract double Max { get; }

    /// <summary>The bound of a search's top scorer, or null when one of its scorers is of an unknown kind.</summary>
    public static ScoreBound? Of(Scorer scorer)
    {
        try
        {
            return Build(scorer);
        }
        catch (Exception e) when (e is InvalidCastException or NullReferenceException or ArgumentException or FieldAccessException)
        {
            return null;
        }
    }

    private static ScoreBound? Build(Scorer scorer)
    {
        var type = scorer.GetType();
        if (scorer is ScoreCachingWrappingScorer) return Only(scorer) is { } cached ? Build(cached) : null;
        if (scorer is TermDisjunction.DisjunctionScorer disjunction)
        {
            var parts = new ScoreBound[disjunction.Scorers.Length];
            for (var i = 0; i < parts.Length; i++)
                if ((parts[i] = Build(disjunction.Scorers[i])!) is null) return null;
            return new DisjunctionBound(disjunction, parts);
        }
        if (type == TermScorerType || type == ExactPhraseType || type == SloppyPhraseType)
            return SimilarityMax(scorer, type) is { } max ? new Fixed(max) : null;
        if (type == ConjunctionType || type == BooleanScorer2Type) return Boolean(scorer);
        if (type.DeclaringType == typeof(ConstantScoreQuery) && ConstantScore(scorer) is { } constant) return new Fixed(constant);
        if (type.DeclaringType == typeof(FilteredQuery)) return Only(scorer) is { } filtered ? Build(filtered) : null;
        if (type == DisjunctionMaxType && scorer.Weight?.Query is DisjunctionMaxQuery dismax)
        {
            double max = 0, sum = 0;
            foreach (var child in scorer.GetChildren())
            {
                if (Build(child.Child) is not { } bound) return null;
                max = Math.Max(max, bound.Max);
                sum += bound.Max;
            }
            return new Fixed(max + Math.Max(0f, dismax.TieBreakerMultiplier) * sum);
        }
        return null;
    }

    /// <summary>A boolean query's scorer: its required clauses on the document (their own bounds), its optional ones at their
    /// most, its prohibited ones nothing, times the largest coordination factor its weight gives.</summary>
    private static ScoreBound? Boolean(Scorer scorer)
    {
        if (scorer.Weight is not BooleanQuery.BooleanWeight weight || weight.Query is not BooleanQuery query) return null;
        var required = new List<ScoreBound>();
        var optional = new List<(Scorer, ScoreBound)>();
        foreach (var child in scorer.GetChildren())
        {
            if (child.Relationship == "MUST_NOT") continue;
            if (Build(child.Child) is not { } bound) return null;
            if (child.Relationship == "MUST") required.Add(bound);
            else if (child.Relationship == "SHOULD") optional.Add((child.Child, bound));
            else return null;
        }
        var clauses = query.Clauses.Count;
        if (clauses > 64) return null;
        // (At least 1: a scorer may apply none.)
        var coord = 1f;
        for (var max = 0; max <= clauses; max++)
            for (var overlap = 0; overlap <= max; overlap++) coord = Math.Max(coord, weight.Coord(overlap, max));
        if (float.IsNaN(coord) || float.IsInfinity(coord)) return null;
        return new Sum(scorer, [.. required], [.. optional], coord);
    }

    private static Scorer? Only(Scorer scorer) => scorer.GetChildren() is { Count: 1 } children ? children.First().Child : null;

    // Lucene's scorers of terms, phrases and boolean queries are internal: known by their names (a renamed one is unknown,
    // and the gate then scores every match).
    private static readonly Type? TermScorerType = LuceneType("Lucene.Net.Search.TermScorer");
    private static readonly Type? ExactPhraseType = LuceneType("Lucene.Net.Search.ExactPhraseScorer");
    private static readonly Type? SloppyPhraseType = LuceneType("Lucene.Net.Search.SloppyPhraseScorer");
    private static readonly Type? ConjunctionType = LuceneType("Lucene.Net.Search.ConjunctionScorer");
    private static readonly Type? BooleanScorer2Type = LuceneType("Lucene.Net.Search.BooleanScorer2");
    private static readonly Type? DisjunctionMaxType = LuceneType("Lucene.Net.Search.DisjunctionMaxScorer");
    private static readonly FieldInfo? TermSim = TermScorerType?.GetField("docScorer", BindingFlags.Instance | BindingFlags.NonPublic);
    private static readonly FieldInfo? ExactSim = ExactPhraseType?.GetField("docScorer", BindingFlags.Instance | BindingFlags.NonPublic);
    private static readonly FieldInfo? SloppySim = SloppyPhraseType?.GetField("docScorer", BindingFlags.Instance | BindingFlags.NonPublic);

    private static Type? LuceneType(string name) => typeof(Scorer).Assembly.GetType(name);
    private static readonly Type? Bm25Scorer = typeof(BM25Similarity).GetNestedType("BM25DocScorer", BindingFlags.NonPublic | BindingFlags.Public);
    private static readonly FieldInfo? Bm25Weight = Bm25Scorer?.GetField("weightValue", BindingFlags.Instance | BindingFlags.NonPublic);
    private static readonly FieldInfo? ConstantTheScore = typeof(ConstantScoreQuery).GetNestedType("ConstantScorer", BindingFlags.NonPublic | BindingFlags.Public)
        ?.GetField("theScore", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>A term's or phrase's best BM25 score: its weight times (k1 + 1) (BM25 divides the frequency by itself plus a
    /// non-negative length factor); null for another similarity.</summary>
    private static double? SimilarityMax(Scorer scorer, Type type)
    {
        var field = type == TermScorerType ? TermSim : type == ExactPhraseType ? ExactSim : SloppySim;
        var sim = field?.GetValue(scorer);
        if (sim is null || sim.GetType() != Bm25Scorer || Bm25Weight?.GetValue(sim) is not float weight || !float.IsFinite(weight) || weight < 0) return null;
        return weight;
    }

    private static double? ConstantScore(Scorer scorer) =>
        ConstantTheScore?.GetValue(scorer) is float score && float.IsFinite(score) && score >= 0 ? score : null;

    private sealed class Fixed(double max) : ScoreBound
    {
        private readonly double _max = max;

        public override double Current() => _max;

        public override double Max => _max;
    }

    /// <summary>
    /// Required parts on the document, optional ones by where they stand (the boolean scorer moves them only when it scores):
    /// nothing when past the document (a scorer only moves forward, to the first match at or after a target, so one past the
    /// document does not hold it), their bound on it when on it, their most when behind it; times a factor.
    /// </summary>
    private sealed class Sum(Scorer scorer, ScoreBound[] required, (Scorer Scorer, ScoreBound Bound)[] optional, float coord) : ScoreBound
    {
        // The required parts when all are words' fields of terms and phrases (the usual query): read without a virtual call.
        private readonly DisjunctionBound[]? _words = required.All(r => r is DisjunctionBound { AllFixed: true })
            ? required.Cast<DisjunctionBound>().ToArray() : null;

        public override double Current()
        {
            double sum = 0;
            if (_words is { } words)
                foreach (var word in words) sum += word.Current();
            else
                foreach (var part in required) sum += part.Current();
            return (sum + Optional()) * coord;
        }

        /// <summary>Stops adding once the limit is reached: a match that will be scored costs less.</summary>
        public override bool Below(double limit)
        {
            var scaled = limit / coord;
            var sum = Optional();
            if (sum >= scaled) return false;
            if (_words is { } words)
            {
                foreach (var word in words)
                    if ((sum += word.Current()) >= scaled) return false;
            }
            else
            {
                foreach (var part in required)
                    if ((sum += part.Current()) >= scaled) return false;
            }
            return true;
        }

        private double Optional()
        {
            if (optional.Length == 0) return 0;
            double sum = 0;
            var doc = scorer.DocID;
            foreach (var (child, bound) in optional)
            {
                var at = child.DocID;
                if (at == doc) sum += bound.Current();
                else if (at < doc) sum += bound.Max;
            }
            return sum;
        }

        public override double Max
        {
            get
            {
                double sum = 0;
                foreach (var part in required) sum += part.Max;
                foreach (var (_, bound) in optional) sum += bound.Max;
                return sum * coord;
            }
        }
    }

    /// <summary>A word's fields: those on the document, each at its bound, times the coordination factor of that many.</summary>
    private sealed class DisjunctionBound : ScoreBound
    {
        private readonly TermDisjunction.DisjunctionScorer _scorer;
        private readonly ScoreBound[] _parts;
        // Each part's bound when it is the same on every document (a term, a phrase), else NaN (asked on the document).
        private readonly double[] _fixed;

        public DisjunctionBound(TermDisjunction.DisjunctionScorer scorer, ScoreBound[] parts)
        {
            _scorer = scorer;
            _parts = parts;
            _fixed = parts.Select(p => p is Fixed ? p.Max : double.NaN).ToArray();
            AllFixed = parts.All(p => p is Fixed);
        }

        /// <summary>Whether every part is a term or a phrase (a bound the same on every document).</summary>
        public bool AllFixed { get; }

        public override double Current()
        {
            var docs = _scorer.Docs;
            var doc = _scorer.DocID;
            double sum = 0;
            var matched = 0;
            for (var i = 0; i < docs.Length; i++)
            {
                if (docs[i] != doc) continue;
                var part = _fixed[i];
                sum += double.IsNaN(part) ? _parts[i].Current() : part;
                matched++;
            }
            return sum * _scorer.Coord[matched];
        }

        public override double Max
        {
            get
            {
                double sum = 0;
                foreach (var part in _parts) sum += part.Max;
                var coord = 0f;
                foreach (var c in _scorer.Coord) coord = Math.Max(coord, c);
                return sum * coord;
            }
        }
    }
}

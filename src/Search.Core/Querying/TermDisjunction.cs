using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Querying;

/// <summary>
/// A disjunction of term queries (a word searched in each of its fields: title, summary, body, metadata…) or of phrases and
/// conjunctions of them (a unit's phrase, a word the analysis splits, in each field), scored as
/// Lucene's <see cref="BooleanQuery"/> of the same SHOULD clauses scores it — the same weights, the same sum, the same
/// coordination factor — but by a scorer made for a conjunction of such disjunctions (<see cref="Scorer"/> below):
/// <list type="bullet">
/// <item>Its score is computed when asked, not each time it moves. Lucene's disjunction sums its matching fields' scores
/// at every document it stops on, and in a conjunction of words most of those documents are passed over (another word
/// is missing): the first phase scored each word of each candidate document, then dropped most of them.</item>
/// <item>Its few sub-scorers (six fields at most in the first phase) are kept with their current documents in an array
/// and moved by one pass over it, where Lucene's keeps a heap and asks every sub-scorer it compares for its document
/// (a virtual call).</item>
/// </list>
/// The score is the sum in double of the matching fields' float scores, as Lucene's. Lucene adds them in its heap's
/// order, this scorer in the clauses' order: the same double whenever the sum is exact, which it is when the largest of
/// the (positive) addends is less than 2^26 times the smallest (≤ 8 floats of 24 bits in 53); BM25's field scores differ
/// by at most about 10^5 unless a word is in all but a hundred-thousandth of the documents, and such a sum rounds to the
/// same float anyway unless it falls on a float's boundary. <c>TermDisjunctionTests</c> compares them bit for bit.
/// Used by <see cref="MatchingQuery"/> (the first phase) and by the rescoring (<see cref="Within"/>) for every pure disjunction
/// of such clauses; prefixes and other queries that rewrite themselves stay in Lucene's boolean query.
/// </summary>
public sealed class TermDisjunction : Query
{
    /// <summary>The clauses (two at least), each searched with its own boost.</summary>
    public Query[] Clauses { get; }

    /// <summary>Whether the coordination factor is off (as <see cref="BooleanQuery.CoordDisabled"/> of the query replaced).</summary>
    public bool CoordDisabled { get; }

    public TermDisjunction(Query[] clauses, bool coordDisabled)
    {
        if (clauses.Length < 2) throw new ArgumentException("A disjunction needs two clauses at least.", nameof(clauses));
        Clauses = clauses;
        CoordDisabled = coordDisabled;
    }

    /// <summary>The disjunction of <paramref name="query"/>'s clauses when it is a pure disjunction (every clause SHOULD, no
    /// minimum of them) of two or more terms, phrases, boolean queries of them or such disjunctions, else null.</summary>
    public static TermDisjunction? Of(BooleanQuery query)
    {
        var clauses = query.Clauses;
        if (clauses.Count < 2 || query.MinimumNumberShouldMatch != 0) return null;
        var queries = new Query[clauses.Count];
        for (var i = 0; i < queries.Length; i++)
        {
            if (clauses[i].Occur != Occur.SHOULD || !Scored(clauses[i].Query)) return null;
            queries[i] = clauses[i].Query;
        }
        return new TermDisjunction(queries, query.CoordDisabled) { Boost = query.Boost };
    }

    /// <summary>Terms, phrases, and boolean queries or disjunctions of them: what a word's field clause is.</summary>
    private static bool Scored(Query query) => query switch
    {
        TermQuery or PhraseQuery or TermDisjunction => true,
        BooleanQuery b => b.Clauses.All(c => Scored(c.Query)),
        _ => false,
    };

    /// <summary><paramref name="query"/> with every pure disjunction inside it (through boolean queries and a place's
    /// demotion) a <see cref="TermDisjunction"/>: the same documents and scores (the rescoring's full query).</summary>
    public static Query Within(Query query)
    {
        switch (query)
        {
            case TerritoryQuery.OutsideDemotion demotion:
                return demotion.With(Within(demotion.Match));
            case BooleanQuery boolean:
                var result = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses) result.Add(clause.Occur == Occur.MUST_NOT ? clause.Query : Within(clause.Query), clause.Occur);
                return Of(result) ?? (Query)result;
            default:
                return query;
        }
    }

    public override Query Rewrite(IndexReader reader)
    {
        Query[]? rewritten = null;
        for (var i = 0; i < Clauses.Length; i++)
        {
            var clause = Clauses[i].Rewrite(reader);
            if (ReferenceEquals(clause, Clauses[i])) continue;
            rewritten ??= (Query[])Clauses.Clone();
            rewritten[i] = clause;
        }
        return rewritten is null ? this : new TermDisjunction(rewritten, CoordDisabled) { Boost = Boost };
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new DisjunctionWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var clause in Clauses) clause.ExtractTerms(terms);
    }

    public override string ToString(string field)
    {
        var text = "(" + string.Join(" ", Clauses.Select(c => c.ToString(field))) + ")";
        return Boost != 1f ? text + "^" + Boost.ToString(System.Globalization.CultureInfo.InvariantCulture) : text;
    }

    public override bool Equals(object? obj) => obj is TermDisjunction other && Boost == other.Boost
        && CoordDisabled == other.CoordDisabled && Clauses.SequenceEqual(other.Clauses);

    public override int GetHashCode()
    {
        var hash = HashCode.Combine(Boost, CoordDisabled);
        foreach (var clause in Clauses) hash = HashCode.Combine(hash, clause);
        return hash;
    }

    /// <summary>As <see cref="BooleanQuery"/>'s weight of SHOULD clauses: the clauses' weights, normalised with the
    /// disjunction's boost, and the coordination factor of <c>n</c> matching clauses of all of them.</summary>
    private sealed class DisjunctionWeight : Weight
    {
        private readonly TermDisjunction _query;
        private readonly Weight[] _weights;
        private readonly float[] _coord;

        public DisjunctionWeight(TermDisjunction query, IndexSearcher searcher)
        {
            _query = query;
            _weights = query.Clauses.Select(c => c.CreateWeight(searcher)).ToArray();
            var similarity = searcher.Similarity;
            var max = _weights.Length;
            _coord = new float[max + 1];
            for (var i = 0; i < _coord.Length; i++) _coord[i] = query.CoordDisabled ? 1f : similarity.Coord(i, max);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization()
        {
            var sum = 0f;
            foreach (var weight in _weights) sum += weight.GetValueForNormalization();
            return sum * _query.Boost * _query.Boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            topLevelBoost *= _query.Boost;
            foreach (var weight in _weights) weight.Normalize(norm, topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            List<Scorer>? scorers = null;
            foreach (var weight in _weights)
                if (weight.GetScorer(context, acceptDocs) is { } scorer) (scorers ??= new List<Scorer>(_weights.Length)).Add(scorer);
            if (scorers is null) return null;
            // One field holds the term in this segment: its score times the factor of one match (Lucene's boolean scorer
            // multiplies its one sub-scorer's score by that factor too).
            if (scorers.Count == 1 && _coord[1] == 1f) return scorers[0];
            return new DisjunctionScorer(this, scorers.ToArray(), _coord);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var result = new ComplexExplanation { Description = "sum of:" };
            var matched = 0;
            foreach (var weight in _weights)
            {
                var explanation = weight.Explain(context, doc);
                if (!explanation.IsMatch) continue;
                result.AddDetail(explanation);
                matched++;
            }
            if (matched == 0) return new ComplexExplanation(false, 0f, "no matching term");
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            var score = scorer is not null && scorer.Advance(doc) == doc ? scorer.GetScore() : 0f;
            result.Match = true;
            result.Value = score;
            return result;
        }

        public override bool ScoresDocsOutOfOrder => false;
    }

    /// <summary>The disjunction's documents in order; a document's score summed when asked.</summary>
    private sealed class DisjunctionScorer : Scorer
    {
        private readonly Scorer[] _scorers;
        private readonly int[] _docs;
        private readonly float[] _coord;
        private readonly long _cost;
        private int _doc = -1;

        public DisjunctionScorer(Weight weight, Scorer[] scorers, float[] coord) : base(weight)
        {
            _scorers = scorers;
            _coord = coord;
            _docs = new int[scorers.Length];
            for (var i = 0; i < scorers.Length; i++)
            {
                _docs[i] = scorers[i].DocID;
                _cost += scorers[i].GetCost();
            }
        }

        public override int DocID => _doc;

        public override int NextDoc()
        {
            if (_doc == NO_MORE_DOCS) return _doc;
            var current = _doc;
            var next = NO_MORE_DOCS;
            var docs = _docs;
            for (var i = 0; i < docs.Length; i++)
            {
                var d = docs[i];
                if (d == current) docs[i] = d = _scorers[i].NextDoc();
                if (d < next) next = d;
            }
            return _doc = next;
        }

        public override int Advance(int target)
        {
            var next = NO_MORE_DOCS;
            var docs = _docs;
            for (var i = 0; i < docs.Length; i++)
            {
                var d = docs[i];
                if (d < target) docs[i] = d = _scorers[i].Advance(target);
                if (d < next) next = d;
            }
            return _doc = next;
        }

        public override float GetScore()
        {
            double sum = 0;
            var matched = 0;
            var docs = _docs;
            for (var i = 0; i < docs.Length; i++)
            {
                if (docs[i] != _doc) continue;
                sum += _scorers[i].GetScore();
                matched++;
            }
            return (float)sum * _coord[matched];
        }

        public override int Freq
        {
            get
            {
                var matched = 0;
                foreach (var d in _docs)
                    if (d == _doc) matched++;
                return matched;
            }
        }

        public override long GetCost() => _cost;

        public override ICollection<ChildScorer> GetChildren() => _scorers.Select(s => new ChildScorer(s, "SHOULD")).ToList();
    }
}

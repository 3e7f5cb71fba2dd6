using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
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

    /// <summary>Whether its exact phrases are matched in two phases (<see cref="PhraseScorer"/>): their terms' documents first,
    /// their positions read only where the disjunction needs them (<see cref="RankingParameters.LazyPhrases"/>).</summary>
    public bool LazyPhrases { get; }

    public TermDisjunction(Query[] clauses, bool coordDisabled, bool lazyPhrases = true)
    {
        if (clauses.Length < 2) throw new ArgumentException("A disjunction needs two clauses at least.", nameof(clauses));
        Clauses = clauses;
        CoordDisabled = coordDisabled;
        LazyPhrases = lazyPhrases;
    }

    /// <summary>The disjunction of <paramref name="query"/>'s clauses when it is a pure disjunction (every clause SHOULD, no
    /// minimum of them) of two or more terms, phrases, boolean queries of them or such disjunctions, else null.</summary>
    public static TermDisjunction? Of(BooleanQuery query, bool lazyPhrases = true)
    {
        var clauses = query.Clauses;
        if (clauses.Count < 2 || query.MinimumNumberShouldMatch != 0) return null;
        var queries = new Query[clauses.Count];
        for (var i = 0; i < queries.Length; i++)
        {
            if (clauses[i].Occur != Occur.SHOULD || !Scored(clauses[i].Query)) return null;
            queries[i] = clauses[i].Query;
        }
        return new TermDisjunction(queries, query.CoordDisabled, lazyPhrases) { Boost = query.Boost };
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
    public static Query Within(Query query, bool lazyPhrases = true)
    {
        switch (query)
        {
            case TerritoryQuery.OutsideDemotion demotion:
                return demotion.With(Within(demotion.Match, lazyPhrases));
            case BooleanQuery boolean:
                var result = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses) result.Add(clause.Occur == Occur.MUST_NOT ? clause.Query : Within(clause.Query, lazyPhrases), clause.Occur);
                return Of(result, lazyPhrases) ?? (Query)result;
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
        return rewritten is null ? this : new TermDisjunction(rewritten, CoordDisabled, LazyPhrases) { Boost = Boost };
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
        && CoordDisabled == other.CoordDisabled && LazyPhrases == other.LazyPhrases && Clauses.SequenceEqual(other.Clauses);

    public override int GetHashCode()
    {
        var hash = HashCode.Combine(Boost, CoordDisabled, LazyPhrases);
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
            // An exact phrase: its own weight (Lucene's phrase weight's statistics), scored by a scorer in two phases.
            _weights = query.Clauses.Select(c => query.LazyPhrases && c is PhraseQuery { Slop: 0 } phrase && phrase.GetTerms().Length >= 2
                ? new PhraseWeight(phrase, searcher) : c.CreateWeight(searcher)).ToArray();
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

    /// <summary>
    /// A scorer matched in two phases, as Lucene 5's two-phase iteration: <see cref="ApproximateNext"/> and
    /// <see cref="ApproximateAdvance"/> move it over a superset of its documents, cheaply; <see cref="Matches"/> says whether the
    /// document it stands on is one of them (computed once per document). Its <see cref="Scorer.GetScore"/> is asked only on a
    /// document it matches. As a plain scorer (<see cref="DocIdSetIterator.NextDoc"/>, <see cref="DocIdSetIterator.Advance"/>) it
    /// stops on its documents only.
    /// </summary>
    private interface ITwoPhase
    {
        int ApproximateNext();

        int ApproximateAdvance(int target);

        bool Matches();
    }

    /// <summary>
    /// Lucene's <see cref="PhraseQuery"/> weight of an exact phrase (no slop) — the same statistics (its terms' and its field's),
    /// the same normalisation — whose scorer is a <see cref="PhraseScorer"/>.
    /// </summary>
    private sealed class PhraseWeight : Weight
    {
        private readonly PhraseQuery _query;
        private readonly Term[] _terms;
        private readonly int[] _positions;
        private readonly TermContext[] _states;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly (string Field, BytesRef Key)? _indexed;

        public PhraseWeight(PhraseQuery query, IndexSearcher searcher)
        {
            _query = query;
            _terms = query.GetTerms();
            _positions = query.GetPositions();
            // An expression of the synonym data: its occurrences are indexed as one term (Analysis.PhrasePostings).
            if (Analysis.PhrasePostings.Find(_terms[0].Field, _terms.Select(t => t.Text).ToArray(), _positions) is { } found)
                _indexed = (found.Companion, new BytesRef(found.Key));
            _similarity = searcher.Similarity;
            _states = new TermContext[_terms.Length];
            var termStats = new TermStatistics[_terms.Length];
            for (var i = 0; i < _terms.Length; i++)
            {
                _states[i] = TermContext.Build(searcher.TopReaderContext, _terms[i]);
                termStats[i] = searcher.TermStatistics(_terms[i], _states[i]);
            }
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(_terms[0].Field), termStats);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (_indexed is { } indexed && Analysis.PhrasePostings.Covers(context.AtomicReader))
            {
                // The phrase's occurrences as its expression's term: its frequency is the phrase's, scored by the same
                // statistics (the phrase's terms, the source field's norms). Not in this segment: no match here.
                var companion = context.AtomicReader.GetTerms(indexed.Field)?.GetEnumerator();
                if (companion is null || !companion.SeekExact(indexed.Key)) return null;
                var docs = companion.Docs(acceptDocs, null, DocsFlags.FREQS);
                return docs is null ? null : new IndexedPhraseScorer(this, docs, _similarity.GetSimScorer(_stats, context), companion.DocFreq);
            }
            var fieldTerms = context.AtomicReader.GetTerms(_terms[0].Field);
            if (fieldTerms is null) return null;
            var termsEnum = fieldTerms.GetEnumerator();
            var postings = new (DocsAndPositionsEnum Enum, int Position, int DocFreq)[_terms.Length];
            for (var i = 0; i < _terms.Length; i++)
            {
                // A term not in this segment: no match here (as Lucene's phrase weight).
                if (_states[i].Get(context.Ord) is not { } state) return null;
                termsEnum.SeekExact(_terms[i].Bytes, state);
                var docs = termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                    ?? throw new InvalidOperationException($"field \"{_terms[i].Field}\" was indexed without position data");
                postings[i] = (docs, _positions[i], termsEnum.DocFreq);
            }
            // The rarest term leads.
            Array.Sort(postings, (a, b) => a.DocFreq.CompareTo(b.DocFreq));
            return new PhraseScorer(this, postings.Select(p => p.Enum).ToArray(), postings.Select(p => p.Position).ToArray(),
                _similarity.GetSimScorer(_stats, context), postings[0].DocFreq);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
                return new Explanation(scorer.GetScore(), $"weight({_query} in {doc}), phrase freq={scorer.Freq}");
            return new ComplexExplanation(false, 0f, "no matching phrase");
        }
    }

    /// <summary>An exact phrase matched from its expression's indexed term (<see cref="Analysis.PhrasePostings"/>): the term's
    /// documents, its frequency the phrase's.</summary>
    private sealed class IndexedPhraseScorer(Weight weight, DocsEnum docs, Similarity.SimScorer docScorer, long cost) : Scorer(weight)
    {
        public override int DocID => docs.DocID;

        public override int NextDoc() => docs.NextDoc();

        public override int Advance(int target) => docs.Advance(target);

        public override float GetScore() => docScorer.Score(docs.DocID, docs.Freq);

        public override int Freq => docs.Freq;

        public override long GetCost() => cost;
    }

    /// <summary>
    /// An exact phrase (no slop) in two phases: the documents holding all its terms (a conjunction of their postings, read without
    /// their positions), then the positions read only on a document its disjunction asks about — one no other clause of the
    /// disjunction matches, or one being scored. Lucene's phrase scorer reads them at every document holding the terms it passes,
    /// and runs on to its own next match whenever its disjunction moves: in a synonym group of six phrases in six fields each, 36
    /// phrases read positions ahead of the one document the conjunction of words asks about. Its frequency is Lucene's exact
    /// phrase scorer's (the starts <c>p</c> ≥ 0 at which each term stands at <c>p</c> plus its offset in the phrase), scored by
    /// the same similarity's scorer.
    /// </summary>
    private sealed class PhraseScorer : Scorer, ITwoPhase
    {
        private readonly DocsAndPositionsEnum[] _postings;
        private readonly int[] _offsets;
        private readonly Similarity.SimScorer _docScorer;
        private readonly int[][] _starts;
        private readonly int[] _counts;
        private readonly int[] _at;
        private readonly long _cost;
        private int _doc = -1;
        private int _checked = -1;
        private int _freq;

        public PhraseScorer(Weight weight, DocsAndPositionsEnum[] postings, int[] offsets, Similarity.SimScorer docScorer, long cost) : base(weight)
        {
            _postings = postings;
            _offsets = offsets;
            _docScorer = docScorer;
            _cost = cost;
            _counts = new int[postings.Length];
            _at = new int[postings.Length];
            _starts = new int[postings.Length][];
            for (var i = 0; i < postings.Length; i++) _starts[i] = new int[8];
        }

        public override int DocID => _doc;

        public int ApproximateNext() => _doc = Align(_postings[0].NextDoc());

        public int ApproximateAdvance(int target) => _doc = Align(_postings[0].Advance(target));

        /// <summary>The first document at or after <paramref name="doc"/> (the lead's) holding every term.</summary>
        private int Align(int doc)
        {
            var postings = _postings;
            while (doc != NO_MORE_DOCS)
            {
                var next = doc;
                for (var i = 1; i < postings.Length; i++)
                {
                    var d = postings[i].DocID;
                    if (d < doc) d = postings[i].Advance(doc);
                    if (d > doc)
                    {
                        next = d;
                        break;
                    }
                }
                if (next == doc) return doc;
                doc = postings[0].Advance(next);
            }
            return NO_MORE_DOCS;
        }

        /// <summary>Whether the phrase stands on the document: its frequency, read once per document.</summary>
        public bool Matches()
        {
            if (_checked != _doc)
            {
                _checked = _doc;
                _freq = PhraseFreq();
            }
            return _freq > 0;
        }

        /// <summary>How many starts <c>p</c> ≥ 0 have each term at <c>p</c> plus its offset: each term's starts (its positions
        /// less its offset) in order, merged.</summary>
        private int PhraseFreq()
        {
            var postings = _postings;
            var starts = _starts;
            var counts = _counts;
            for (var i = 0; i < postings.Length; i++)
            {
                var freq = postings[i].Freq;
                if (starts[i].Length < freq) starts[i] = new int[Math.Max(freq, 2 * starts[i].Length)];
                var offset = _offsets[i];
                var own = starts[i];
                for (var j = 0; j < freq; j++) own[j] = postings[i].NextPosition() - offset;
                counts[i] = freq;
            }
            var at = _at;
            Array.Clear(at);
            var found = 0;
            var first = starts[0];
            for (var j = 0; j < counts[0]; j++)
            {
                var start = first[j];
                if (start < 0) continue;
                var all = true;
                for (var i = 1; i < postings.Length; i++)
                {
                    var k = at[i];
                    var own = starts[i];
                    while (k < counts[i] && own[k] < start) k++;
                    at[i] = k;
                    if (k == counts[i]) return found;
                    if (own[k] != start)
                    {
                        all = false;
                        break;
                    }
                }
                if (all) found++;
            }
            return found;
        }

        public override int NextDoc()
        {
            var doc = ApproximateNext();
            while (doc != NO_MORE_DOCS && !Matches()) doc = ApproximateNext();
            return doc;
        }

        public override int Advance(int target)
        {
            var doc = ApproximateAdvance(target);
            while (doc != NO_MORE_DOCS && !Matches()) doc = ApproximateNext();
            return doc;
        }

        public override float GetScore()
        {
            Matches();
            return _docScorer.Score(_doc, _freq);
        }

        public override int Freq
        {
            get
            {
                Matches();
                return _freq;
            }
        }

        public override long GetCost() => _cost;
    }

    /// <summary>The disjunction's documents in order; a document's score summed when asked. With a clause matched in two phases
    /// (an exact phrase, or a disjunction holding one), it is itself matched in two phases: it moves over the clauses'
    /// approximations, and a document one of its other clauses matches needs no phrase's positions to match.</summary>
    private sealed class DisjunctionScorer : Scorer, ITwoPhase
    {
        private readonly Scorer[] _scorers;
        private readonly ITwoPhase?[] _twoPhase;
        private readonly bool _anyTwoPhase;
        private readonly int[] _docs;
        private readonly float[] _coord;
        private readonly long _cost;
        private int _doc = -1;
        private int _checked = -1;
        private bool _matched;

        public DisjunctionScorer(Weight weight, Scorer[] scorers, float[] coord) : base(weight)
        {
            _scorers = scorers;
            _coord = coord;
            _docs = new int[scorers.Length];
            _twoPhase = new ITwoPhase?[scorers.Length];
            for (var i = 0; i < scorers.Length; i++)
            {
                _docs[i] = scorers[i].DocID;
                _cost += scorers[i].GetCost();
                _twoPhase[i] = scorers[i] is ITwoPhase twoPhase and not DisjunctionScorer { _anyTwoPhase: false } ? twoPhase : null;
                _anyTwoPhase |= _twoPhase[i] is not null;
            }
        }

        public override int DocID => _doc;

        public int ApproximateNext()
        {
            if (_doc == NO_MORE_DOCS) return _doc;
            var current = _doc;
            var next = NO_MORE_DOCS;
            var docs = _docs;
            for (var i = 0; i < docs.Length; i++)
            {
                var d = docs[i];
                if (d == current) docs[i] = d = _twoPhase[i] is { } twoPhase ? twoPhase.ApproximateNext() : _scorers[i].NextDoc();
                if (d < next) next = d;
            }
            return _doc = next;
        }

        public int ApproximateAdvance(int target)
        {
            var next = NO_MORE_DOCS;
            var docs = _docs;
            for (var i = 0; i < docs.Length; i++)
            {
                var d = docs[i];
                if (d < target) docs[i] = d = _twoPhase[i] is { } twoPhase ? twoPhase.ApproximateAdvance(target) : _scorers[i].Advance(target);
                if (d < next) next = d;
            }
            return _doc = next;
        }

        /// <summary>Whether a clause on the document matches it: one matched in one phase first, then the others' second phase.</summary>
        public bool Matches()
        {
            if (!_anyTwoPhase) return true;
            if (_checked == _doc) return _matched;
            _checked = _doc;
            var docs = _docs;
            for (var i = 0; i < docs.Length; i++)
                if (docs[i] == _doc && _twoPhase[i] is null) return _matched = true;
            for (var i = 0; i < docs.Length; i++)
                if (docs[i] == _doc && _twoPhase[i]!.Matches()) return _matched = true;
            return _matched = false;
        }

        public override int NextDoc()
        {
            var doc = ApproximateNext();
            if (!_anyTwoPhase) return doc;
            while (doc != NO_MORE_DOCS && !Matches()) doc = ApproximateNext();
            return doc;
        }

        public override int Advance(int target)
        {
            var doc = ApproximateAdvance(target);
            if (!_anyTwoPhase) return doc;
            while (doc != NO_MORE_DOCS && !Matches()) doc = ApproximateNext();
            return doc;
        }

        public override float GetScore()
        {
            double sum = 0;
            var matched = 0;
            var docs = _docs;
            for (var i = 0; i < docs.Length; i++)
            {
                if (docs[i] != _doc || (_twoPhase[i] is { } twoPhase && !twoPhase.Matches())) continue;
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
                for (var i = 0; i < _docs.Length; i++)
                    if (_docs[i] == _doc && (_twoPhase[i] is not { } twoPhase || twoPhase.Matches())) matched++;
                return matched;
            }
        }

        public override long GetCost() => _cost;

        public override ICollection<ChildScorer> GetChildren() => _scorers.Select(s => new ChildScorer(s, "SHOULD")).ToList();
    }
}

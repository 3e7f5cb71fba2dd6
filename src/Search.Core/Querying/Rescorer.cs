using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// Second phase of a search: the full score (phrase boosts, exact forms, year and territory
/// preferences) of a window of the best documents of the cheap first phase
/// (<see cref="MatchingQuery"/>), then the final order. Within the window the order is exactly the
/// one the full query would give over the whole index; a document outside it could only enter the
/// first page through boosts worth more than the gap to the window's last score.
/// </summary>
public static class Rescorer
{
    /// <summary>Documents rescored beyond the ones asked for (a page of 10 rescoring the best 200).</summary>
    public const int Window = 200;

    /// <summary>
    /// Rescores <paramref name="firstPhase"/> (any order) with <paramref name="full"/> — which must match
    /// every one of them — and sorts by score then date (newest first), or by date then score.
    /// </summary>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, Query full, ScoreDoc[] firstPhase, bool byDate) =>
        firstPhase.Length == 0 ? firstPhase : Rescore(searcher, full, firstPhase, byDate, exact: int.MaxValue).All();

    /// <summary>
    /// The window of <paramref name="firstPhase"/> rescored lazily: its first <paramref name="exact"/> places (at least)
    /// exactly as <see cref="Rescore(IndexSearcher, Query, ScoreDoc[], bool)"/> orders them, the other documents scored
    /// only when asked for (<see cref="RescoredWindow.Rest()"/>). By score, the documents are scored in the order of an
    /// upper bound of their full score (their first-phase score plus the most the clauses the first phase left out can add
    /// to them, <see cref="ScoreBounds"/>), until no document left can reach the places asked for.
    /// </summary>
    /// <param name="terms">The search's term lookups (their states serve the bounds), if any.</param>
    /// <param name="boundedFrom">The index size from which the bounds are computed (<see cref="BoundedFrom"/>).</param>
    public static RescoredWindow Rescore(IndexSearcher searcher, Query full, ScoreDoc[] firstPhase, bool byDate, int exact, TermLookups? terms = null,
        int boundedFrom = BoundedFrom) =>
        new(searcher, full, firstPhase, byDate, exact, terms, boundedFrom);

    /// <summary>
    /// The number of documents of an index from which a window is scored in the order of its bounds. Below it every document
    /// of the window is scored: the bounds' fixed cost (the left-out clauses' weights, a postings enumerator per term and
    /// segment) outweighs the scoring they spare when postings are short (10,000 generated documents: +12 % of CPU per query;
    /// 100,000: −6 %; docs/BENCHMARKS.md, "Eighteenth session (perfq18)").
    /// </summary>
    public const int BoundedFrom = 50_000;

    /// <summary>A window being rescored (<see cref="Rescore(IndexSearcher, Query, ScoreDoc[], bool, int)"/>).</summary>
    public sealed class RescoredWindow
    {
        private readonly IndexSearcher _searcher;
        private readonly Weight _weight;
        private readonly bool _byDate;
        private readonly ScoreDoc[] _byDoc;
        private readonly long[] _dates;
        private readonly bool[] _scored;
        private ScoreDoc[]? _rest;

        internal RescoredWindow(IndexSearcher searcher, Query full, ScoreDoc[] firstPhase, bool byDate, int exact, TermLookups? terms, int boundedFrom)
        {
            _searcher = searcher;
            _byDate = byDate;
            _byDoc = firstPhase.Select(d => new ScoreDoc(d.Doc, d.Score)).OrderBy(d => d.Doc).ToArray();
            _dates = Dates(searcher.IndexReader, _byDoc);
            _scored = new bool[_byDoc.Length];
            _weight = searcher.CreateNormalizedWeight(full);
            var all = Enumerable.Range(0, _byDoc.Length).ToArray();
            // By date, every document may take a first place: all are scored.
            var bounds = byDate || exact >= _byDoc.Length || searcher.IndexReader.MaxDoc < boundedFrom ? null : ScoreBounds.Of(searcher, full, _byDoc, terms);
            if (bounds is null)
            {
                Score(all);
                Top = Ordered(all);
                Scored = all.Length;
                _rest = [];
                return;
            }
            // Each of the exact best documents by first-phase score has a full score at least that (the left-out clauses
            // only add): the exact-th first-phase score is a floor of the exact-th full score. One pass in document order
            // scores the documents whose bound reaches the floor, or the exact-th full score found so far once higher.
            var floor = _byDoc.Select(d => (double)d.Score).OrderDescending().ElementAt(exact - 1) * (1 - 1e-4) - 1e-4;
            ScoreAbove(all.Where(i => bounds[i] >= floor).ToArray(), bounds, floor, exact);
            // Every document left has a full score below the threshold: the scored ones above it are the first places.
            var unscoredMax = all.Where(i => !_scored[i]).Select(i => bounds[i]).DefaultIfEmpty(double.NegativeInfinity).Max();
            var scored = Ordered(all.Where(i => _scored[i]));
            var top = 0;
            while (top < scored.Length && scored[top].Score > unscoredMax) top++;
            Top = scored[..top];
            Scored = scored.Length;
            if (top == _byDoc.Length) _rest = [];
        }

        /// <summary>The first places of the window, exactly (all of them when every document was scored).</summary>
        public ScoreDoc[] Top { get; }

        /// <summary>Documents of the window (scored or not).</summary>
        public int Count => _byDoc.Length;

        /// <summary>How many documents were scored before any was asked for beyond <see cref="Top"/>.</summary>
        public int Scored { get; }

        /// <summary>The places after <see cref="Top"/>, in order (the documents not yet scored are scored now).</summary>
        public ScoreDoc[] Rest() => _rest ??= RestWhere(_ => true);

        /// <summary>The documents after <see cref="Top"/> that <paramref name="where"/> accepts, in their order of the window
        /// (only those are scored).</summary>
        public ScoreDoc[] Rest(Func<ScoreDoc, bool> where) => _rest is { } rest ? rest.Where(where).ToArray() : RestWhere(where);

        /// <summary>The whole window in order (every document scored).</summary>
        public ScoreDoc[] All() => Rest() is { Length: > 0 } rest ? [.. Top, .. rest] : Top;

        private ScoreDoc[] RestWhere(Func<ScoreDoc, bool> where)
        {
            var inTop = Top.Select(d => d.Doc).ToHashSet();
            var later = Enumerable.Range(0, _byDoc.Length).Where(i => !inTop.Contains(_byDoc[i].Doc) && where(_byDoc[i])).ToArray();
            Score(later.Where(i => !_scored[i]).ToArray());
            return Ordered(later);
        }

        private ScoreDoc[] Ordered(IEnumerable<int> indices)
        {
            var order = indices.ToArray();
            Array.Sort(order, (a, b) =>
            {
                var c = _byDate ? _dates[b].CompareTo(_dates[a]) : _byDoc[b].Score.CompareTo(_byDoc[a].Score);
                if (c == 0) c = _byDate ? _byDoc[b].Score.CompareTo(_byDoc[a].Score) : _dates[b].CompareTo(_dates[a]);
                return c != 0 ? c : _byDoc[a].Doc.CompareTo(_byDoc[b].Doc);
            });
            return order.Select(i => _byDoc[i]).ToArray();
        }

        /// <summary>
        /// The full score of the documents at <paramref name="indices"/> (ascending) of the window, in one pass, but for those
        /// whose bound is below the <paramref name="exact"/>-th best full score found before them (or <paramref name="floor"/>):
        /// these cannot reach the first places. A document passed over leaves the scorer's accepted set before the scorer
        /// reaches it (its phrase clauses do not read its positions); the documents scored stay in it throughout.
        /// </summary>
        private void ScoreAbove(int[] indices, double[] bounds, double floor, int exact)
        {
            var best = new PriorityQueue<float, float>(exact + 1);
            var threshold = floor;
            var leaves = _searcher.IndexReader.Leaves;
            var leaf = -1;
            var end = 0;
            AtomicReaderContext? context = null;
            Scorer? scorer = null;
            FixedBitSet? accepted = null;
            var raised = false;
            for (var k = 0; k < indices.Length; k++)
            {
                var i = indices[k];
                var doc = _byDoc[i].Doc;
                while (doc >= end)
                {
                    context = leaves[++leaf];
                    end = context.DocBase + context.AtomicReader.MaxDoc;
                    accepted = doc < end ? Accepted(indices, k, end, context) : null;
                    scorer = accepted is null ? null : _weight.GetScorer(context, accepted);
                    raised = true;
                }
                if (raised)
                {
                    // The documents ahead in the segment that cannot reach the threshold any more leave the accepted set.
                    for (var j = k; j < indices.Length && _byDoc[indices[j]].Doc < end; j++)
                        if (bounds[indices[j]] < threshold) accepted!.Clear(_byDoc[indices[j]].Doc - context!.DocBase);
                    raised = false;
                }
                if (bounds[i] < threshold) continue;
                _scored[i] = true;
                if (scorer is not null)
                {
                    var target = doc - context!.DocBase;
                    if (scorer.DocID < target) scorer.Advance(target);
                    // Same matching as the first phase, so the scorer is on the document; if not, the first score stays.
                    if (scorer.DocID == target) _byDoc[i].Score = scorer.GetScore();
                }
                best.Enqueue(_byDoc[i].Score, _byDoc[i].Score);
                if (best.Count > exact) best.Dequeue();
                if (best.Count == exact && best.Peek() > threshold)
                {
                    threshold = best.Peek();
                    raised = true;
                }
            }
        }

        /// <summary>The full score of the documents at <paramref name="indices"/> (ascending) of the window.</summary>
        private void Score(int[] indices)
        {
            var leaves = _searcher.IndexReader.Leaves;
            var leaf = -1;
            var end = 0;
            AtomicReaderContext? context = null;
            Scorer? scorer = null;
            for (var k = 0; k < indices.Length; k++)
            {
                var i = indices[k];
                var doc = _byDoc[i].Doc;
                while (doc >= end)
                {
                    context = leaves[++leaf];
                    end = context.DocBase + context.AtomicReader.MaxDoc;
                    // The scorer sees only the documents scored of the segment: a phrase clause, which would otherwise read
                    // the positions of every document between two of them (its Advance looks for the next document that
                    // has the phrase), reads them for those only. Scores do not depend on the accepted set.
                    scorer = doc < end ? _weight.GetScorer(context, Accepted(indices, k, end, context)) : null;
                }
                _scored[i] = true;
                if (scorer is null) continue;
                var target = doc - context!.DocBase;
                if (scorer.DocID < target) scorer.Advance(target);
                // Same matching as the first phase, so the scorer is on the document; if not, the first score stays.
                if (scorer.DocID == target) _byDoc[i].Score = scorer.GetScore();
            }
        }

        /// <summary>The documents at <paramref name="indices"/> from <paramref name="from"/> that lie in the segment, as its bits.</summary>
        private FixedBitSet Accepted(int[] indices, int from, int end, AtomicReaderContext context)
        {
            var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
            for (var k = from; k < indices.Length && _byDoc[indices[k]].Doc < end; k++) bits.Set(_byDoc[indices[k]].Doc - context.DocBase);
            return bits;
        }

        private static long[] Dates(IndexReader reader, ScoreDoc[] byDoc)
        {
            var dates = new long[byDoc.Length];
            var leaves = reader.Leaves;
            var leaf = -1;
            var end = 0;
            NumericDocValues? values = null;
            AtomicReaderContext? context = null;
            for (var i = 0; i < byDoc.Length; i++)
            {
                while (byDoc[i].Doc >= end)
                {
                    context = leaves[++leaf];
                    end = context.DocBase + context.AtomicReader.MaxDoc;
                    values = byDoc[i].Doc < end ? context.AtomicReader.GetNumericDocValues(Schema.DateSort) : null;
                }
                dates[i] = values?.Get(byDoc[i].Doc - context!.DocBase) ?? 0;
            }
            return dates;
        }
    }

    /// <summary>
    /// Upper bounds of the full scores of a window's documents from their first-phase scores: the matching twin of a query
    /// (<see cref="MatchingQuery"/>) only leaves clauses out, and with BM25 a boolean query's score is the sum of its
    /// clauses' (no coordination factor, no query norm), so a document's full score is its first-phase score plus what the
    /// left-out clauses add (<see cref="MatchingQuery.ScoreOnlyClauses"/>). Each of these is a term or a phrase, whose BM25
    /// score grows with its frequency in the document: it is at most the similarity's own score at the document's length
    /// norm for a frequency it cannot exceed — the term's frequency; for an exact phrase the least frequency of its terms,
    /// for a sloppy one their sum plus one (each match takes a position of one of them, and weighs at most 1); nothing
    /// when one of its terms is absent. Term frequencies are read from the postings without positions.
    /// </summary>
    public static class ScoreBounds
    {
        /// <summary>A left-out term or phrase: its field, terms, slop (-1 for a term) and boosts.</summary>
        private sealed record Leaf(string Field, Term[] Terms, int Slop, float Boost, float Above);

        /// <summary>Bounds per document of <paramref name="byDoc"/> (sorted by document); null when a left-out clause is
        /// of a kind that has none here (the whole window is then scored).</summary>
        public static double[]? Of(IndexSearcher searcher, Query full, ScoreDoc[] byDoc, TermLookups? terms = null)
        {
            var leaves = new List<Leaf>();
            foreach (var (clause, above) in MatchingQuery.ScoreOnlyClauses(full))
                if (!Flatten(clause, above, leaves)) return null;
            var similarity = searcher.Similarity;
            var bounds = new double[byDoc.Length];
            var weights = new Similarity.SimWeight?[leaves.Count];
            var built = new Dictionary<Term, TermContext>();
            TermContext States(Term t) => terms?.For(t) ?? (built.TryGetValue(t, out var c) ? c : built[t] = TermContext.Build(searcher.TopReaderContext, t));
            for (var l = 0; l < leaves.Count; l++)
            {
                var leaf = leaves[l];
                var contexts = leaf.Terms.Select(States).ToArray();
                // A term no document holds: the clause adds nothing anywhere.
                if (contexts.Any(c => c.DocFreq == 0)) continue;
                var stats = leaf.Terms.Select((t, k) => searcher.TermStatistics(t, contexts[k])).ToArray();
                var weight = similarity.ComputeWeight(leaf.Boost, searcher.CollectionStatistics(leaf.Field), stats);
                weight.Normalize(1f, leaf.Above);
                weights[l] = weight;
            }
            var readerLeaves = searcher.IndexReader.Leaves;
            var start = 0;
            foreach (var context in readerLeaves)
            {
                var end = context.DocBase + context.AtomicReader.MaxDoc;
                var stop = start;
                while (stop < byDoc.Length && byDoc[stop].Doc < end) stop++;
                if (stop > start) Add(context, byDoc, start, stop, leaves, weights, similarity, bounds, States);
                start = stop;
            }
            // Sums of floats: the first-phase score and the full score are each within a few float roundings of the exact sums.
            for (var i = 0; i < bounds.Length; i++) bounds[i] = (byDoc[i].Score + bounds[i]) * (1 + 1e-4) + 1e-4;
            return bounds;
        }

        private static void Add(AtomicReaderContext context, ScoreDoc[] byDoc, int start, int stop, List<Leaf> leaves,
            Similarity.SimWeight?[] weights, Similarity similarity, double[] bounds, Func<Term, TermContext> states)
        {
            var reader = context.AtomicReader;
            var frequencies = new Dictionary<Term, int[]>();
            // One terms enumerator per field serves every term of the segment, positioned by the states looked up.
            // (and one postings enumerator per field, reused: a term's frequencies are read before the next term's)
            var enums = new Dictionary<string, (TermsEnum? Terms, DocsEnum? Docs)>(StringComparer.Ordinal);
            DocsEnum? Postings(Term term)
            {
                if (states(term).Get(context.Ord) is not { } state) return null;
                if (!enums.TryGetValue(term.Field, out var field)) enums[term.Field] = field = (reader.GetTerms(term.Field)?.GetEnumerator(), null);
                if (field.Terms is null) return null;
                field.Terms.SeekExact(term.Bytes, state);
                var docs = field.Terms.Docs(reader.LiveDocs, field.Docs, DocsFlags.FREQS);
                enums[term.Field] = (field.Terms, docs);
                return docs;
            }
            int[] Frequencies(Term term)
            {
                if (frequencies.TryGetValue(term, out var found)) return found;
                found = new int[stop - start];
                if (Postings(term) is { } postings)
                    for (var i = start; i < stop; i++)
                    {
                        var target = byDoc[i].Doc - context.DocBase;
                        if (postings.DocID < target && postings.Advance(target) == DocIdSetIterator.NO_MORE_DOCS) break;
                        if (postings.DocID == target) found[i - start] = postings.Freq;
                    }
                return frequencies[term] = found;
            }
            for (var l = 0; l < leaves.Count; l++)
            {
                if (weights[l] is not { } weight) continue;
                var leaf = leaves[l];
                var terms = leaf.Terms.Select(Frequencies).ToArray();
                var scorer = similarity.GetSimScorer(weight, context);
                for (var i = start; i < stop; i++)
                {
                    var least = int.MaxValue;
                    long sum = 0;
                    foreach (var f in terms)
                    {
                        least = Math.Min(least, f[i - start]);
                        sum += f[i - start];
                    }
                    if (least == 0) continue;
                    float most = leaf.Slop <= 0 ? least : sum + 1;
                    bounds[i] += scorer.Score(byDoc[i].Doc - context.DocBase, most);
                }
            }
        }

        /// <summary>The terms and phrases of a left-out clause; false for a kind without a bound here.</summary>
        private static bool Flatten(Query query, float above, List<Leaf> leaves)
        {
            switch (query)
            {
                case TermQuery term:
                    leaves.Add(new Leaf(term.Term.Field, [term.Term], -1, term.Boost, above));
                    return true;
                case PhraseQuery phrase:
                    var terms = phrase.GetTerms();
                    if (terms.Length == 0) return true;
                    leaves.Add(new Leaf(terms[0].Field, terms, terms.Length == 1 ? -1 : phrase.Slop, phrase.Boost, above));
                    return true;
                case BooleanQuery boolean:
                    foreach (var clause in boolean.Clauses)
                        if (clause.Occur != Occur.MUST_NOT && !Flatten(clause.Query, above * boolean.Boost, leaves)) return false;
                    return true;
                default:
                    return false;
            }
        }
    }
}

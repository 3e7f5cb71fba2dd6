using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Search.Core.Querying;

/// <summary>
/// Phrases on the same terms and positions of one field, their positions read once. The text's exact phrase and its near
/// phrase (the same words within a slop) are two clauses of the scoring query; Lucene gives each its own scorer, so each
/// window document's positions are read, and the positions of the documents between two window documents skipped, twice.
/// Here the clauses stay two clauses of the same boolean query (its sum of their scores is unchanged), but their scorers are
/// views of one reader per segment (<see cref="Core"/>) that moves the terms' postings to each candidate document once,
/// reads each term's positions once, and computes every phrase's frequency from them:
/// <list type="bullet">
/// <item>slop 0, as <c>ExactPhraseScorer</c>: the number of start positions, 0 or more, where every term is at its place;</item>
/// <item>slop above 0, as <c>SloppyPhraseScorer</c>: its walk of the terms' positions (always the least one advanced, the
/// sum of <see cref="Similarity.SimScorer.ComputeSlopFactor"/> of each match no longer than the slop, a repeated term's
/// collisions resolved as it does), ported step for step over the positions read.</item>
/// </list>
/// Each phrase's weight is <c>PhraseQuery</c>'s (the same statistics, boost and normalisation), its terms' states taken from
/// the search's <see cref="TermLookups"/> when attached (<see cref="WithLookups"/>) instead of being looked up again in every
/// segment. When the accepted documents are a bit set (the rescoring's window), the postings are advanced to each accepted
/// document through their skip lists instead of being scanned for it.
/// </summary>
public static class SharedPhrases
{
    /// <summary>Phrases with a repeated term and more terms than this are left to Lucene (see <see cref="Computable"/>).</summary>
    private const int MaxTermsWithRepeats = 4;

    /// <summary>
    /// The clauses for <paramref name="phrases"/> (same field, terms and positions; any slops and boosts), in their order: views
    /// of one shared reader when they can be computed together, else the phrases themselves.
    /// </summary>
    public static Query[] Of(params PhraseQuery[] phrases)
    {
        if (phrases.Length == 0 || !phrases.All(p => Computable(p) && SameTerms(p, phrases[0]))) return [.. phrases];
        var group = new Group(phrases[0].GetTerms(), phrases[0].GetPositions(), phrases.Select(p => p.Slop).ToArray(), lookups: null);
        return phrases.Select((p, i) => (Query)new Phrase(p, group, i)).ToArray();
    }

    /// <summary>
    /// Two terms or more of one field, no term twice at the same position; a repeated term only in phrases of at most
    /// <see cref="MaxTermsWithRepeats"/> terms. (With a repeated term, the sloppy scorer advances positions inside its queue
    /// and restores it by popping; with at most 3 other terms queued that leaves the queue the same whatever its layout, which
    /// depends on the scorer's history, and so the frequency is a function of the positions alone.)
    /// </summary>
    private static bool Computable(PhraseQuery phrase)
    {
        var terms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        if (terms.Length < 2 || phrase.Slop < 0 || terms.Any(t => t.Field != terms[0].Field)) return false;
        var pairs = terms.Select((t, i) => (t, positions[i])).ToHashSet();
        if (pairs.Count < terms.Length) return false;
        return terms.Distinct().Count() == terms.Length || terms.Length <= MaxTermsWithRepeats;
    }

    private static bool SameTerms(PhraseQuery a, PhraseQuery b) =>
        a.GetTerms().SequenceEqual(b.GetTerms()) && a.GetPositions().SequenceEqual(b.GetPositions());

    /// <summary>The same query, its shared phrases (at any depth of boolean queries) reading their terms' states from <paramref name="lookups"/>.</summary>
    internal static Query WithLookups(Phrase phrase, TermLookups lookups) => new Phrase(phrase.Inner, phrase.Group.With(lookups), phrase.Member) { Boost = phrase.Boost };

    /// <summary>
    /// What the phrases of one field, terms and positions share: their terms (each distinct term once), the slops, and the
    /// readers of the segments not yet taken by every phrase.
    /// </summary>
    internal sealed class Group
    {
        public Group(Term[] terms, int[] positions, int[] slops, TermLookups? lookups)
        {
            Terms = terms;
            Positions = positions;
            Slops = slops;
            Lookups = lookups;
            var distinct = new List<Term>();
            TermOf = new int[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                var at = distinct.IndexOf(terms[i]);
                if (at < 0)
                {
                    at = distinct.Count;
                    distinct.Add(terms[i]);
                }
                TermOf[i] = at;
            }
            Distinct = [.. distinct];
            // The repetition groups of the sloppy scorer: each term that repeats, its places ordered by position in the phrase.
            RepeatGroupOf = Enumerable.Repeat(-1, terms.Length).ToArray();
            RepeatIndex = new int[terms.Length];
            var groups = new List<int[]>();
            for (var t = 0; t < Distinct.Length; t++)
            {
                var places = Enumerable.Range(0, terms.Length).Where(i => TermOf[i] == t).OrderBy(i => positions[i]).ToArray();
                if (places.Length < 2) continue;
                for (var k = 0; k < places.Length; k++)
                {
                    RepeatGroupOf[places[k]] = groups.Count;
                    RepeatIndex[places[k]] = k;
                }
                groups.Add(places);
            }
            RepeatGroups = [.. groups];
        }

        public Term[] Terms { get; }
        public int[] Positions { get; }
        public int[] Slops { get; }
        public TermLookups? Lookups { get; }
        public string Field => Terms[0].Field;

        /// <summary>The distinct terms, and for each place of the phrase the index of its term among them.</summary>
        public Term[] Distinct { get; }
        public int[] TermOf { get; }

        public int[] RepeatGroupOf { get; }
        public int[] RepeatIndex { get; }
        public int[][] RepeatGroups { get; }

        private Group? _withLookups;
        private TermLookups? _lookupsOfDerived;

        /// <summary>The same group reading its states from <paramref name="lookups"/> (one derived group per lookups, so that the phrases attached stay together).</summary>
        public Group With(TermLookups lookups)
        {
            lock (_open)
            {
                if (!ReferenceEquals(_lookupsOfDerived, lookups))
                {
                    _withLookups = new Group(Terms, Positions, Slops, lookups);
                    _lookupsOfDerived = lookups;
                }
                return _withLookups!;
            }
        }

        private IndexReaderContext? _statesOf;
        private TermContext[]? _states;

        /// <summary>Each distinct term's states in the searcher's segments.</summary>
        public TermContext[] States(IndexSearcher searcher)
        {
            lock (_open)
            {
                if (_states is null || !ReferenceEquals(_statesOf, searcher.TopReaderContext))
                {
                    var useLookups = Lookups is not null && ReferenceEquals(Lookups.Reader, searcher.IndexReader);
                    _states = Distinct.Select(t => useLookups ? Lookups!.For(t) : TermContext.Build(searcher.TopReaderContext, t)).ToArray();
                    _statesOf = searcher.TopReaderContext;
                }
                return _states;
            }
        }

        /// <summary>Readers a phrase opened that the other phrases have not taken yet (a few at most).</summary>
        private readonly List<Core> _open = [];

        /// <summary>
        /// The reader of a segment for phrase <paramref name="member"/>: one opened for the same segment, accepted documents and
        /// thread by another phrase of the group and not yet moved, else a new one. Null when a term is absent from the segment
        /// (Lucene's phrase weight gives no scorer then).
        /// </summary>
        public Core? Take(int member, AtomicReaderContext context, IBits? acceptDocs, TermContext[] states, Similarity.SimScorer slopFactors)
        {
            var thread = Environment.CurrentManagedThreadId;
            lock (_open)
            {
                for (var i = 0; i < _open.Count; i++)
                {
                    var core = _open[i];
                    if (!ReferenceEquals(core.Context, context) || !ReferenceEquals(core.AcceptDocs, acceptDocs) || core.Thread != thread
                        || core.Started || core.Has(member)) continue;
                    core.Attach(member);
                    if (core.Full) _open.RemoveAt(i);
                    return core;
                }
            }
            var created = Core.Open(this, context, acceptDocs, states, slopFactors, thread);
            if (created is null) return null;
            created.Attach(member);
            if (!created.Full)
                lock (_open)
                {
                    if (_open.Count >= 8) _open.RemoveAt(0);
                    _open.Add(created);
                }
            return created;
        }
    }

    /// <summary>One phrase of a group: a clause of the scoring query, weighed as Lucene's <see cref="PhraseQuery"/>.</summary>
    public sealed class Phrase : Query
    {
        internal Phrase(PhraseQuery inner, Group group, int member)
        {
            Inner = inner;
            Group = group;
            Member = member;
            Boost = inner.Boost;
        }

        /// <summary>The phrase as Lucene would run it (its text, terms and equality).</summary>
        public PhraseQuery Inner { get; }
        internal Group Group { get; }
        internal int Member { get; }
        public int Slop => Inner.Slop;

        public override Weight CreateWeight(IndexSearcher searcher) => new PhraseWeight(this, searcher);

        public override Query Rewrite(IndexReader reader) => this;

        public override void ExtractTerms(ISet<Term> terms) => Inner.ExtractTerms(terms);

        public override string ToString(string field) => Inner.ToString(field);

        public override bool Equals(object? obj) => obj is Phrase other && other.Boost == Boost && other.Inner.Equals(Inner);

        public override int GetHashCode() => Inner.GetHashCode() ^ 0x2E9A51 ^ Boost.GetHashCode();
    }

    /// <summary><c>PhraseQuery</c>'s weight: the similarity's weight of the phrase's terms (each place counted, as Lucene does).</summary>
    private sealed class PhraseWeight : Weight
    {
        private readonly Phrase _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly TermContext[] _states;

        public PhraseWeight(Phrase query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _states = query.Group.States(searcher);
            var group = query.Group;
            var termStats = new TermStatistics[group.Terms.Length];
            for (var i = 0; i < termStats.Length; i++) termStats[i] = searcher.TermStatistics(group.Terms[i], _states[group.TermOf[i]]);
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(group.Field), termStats);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var simScorer = _similarity.GetSimScorer(_stats, context);
            var core = _query.Group.Take(_query.Member, context, acceptDocs, _states, simScorer);
            return core is null ? null : core.Register(new View(this, core, _query.Member, simScorer));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            // A reader of its own (not shared), as PhraseQuery's explanation runs a scorer of its own.
            var simScorer = _similarity.GetSimScorer(_stats, context);
            var core = Core.Open(_query.Group, context, context.AtomicReader.LiveDocs, _states, simScorer, Environment.CurrentManagedThreadId);
            if (core is not null)
            {
                core.Attach(_query.Member);
                var view = core.Register(new View(this, core, _query.Member, simScorer));
                if (view.Advance(doc) == doc)
                {
                    var freq = view.PhraseFreq;
                    var scoreExplanation = simScorer.Explain(doc, new Explanation(freq, "phraseFreq=" + freq));
                    var result = new ComplexExplanation
                    {
                        Description = "weight(" + _query + " in " + doc + ") [" + _similarity.GetType().Name + "], result of:",
                        Value = scoreExplanation.Value,
                        Match = true,
                    };
                    result.AddDetail(scoreExplanation);
                    return result;
                }
            }
            return new ComplexExplanation(false, 0f, "no matching term");
        }
    }

    /// <summary>One phrase's scorer: the documents of the shared reader where its frequency is not 0.</summary>
    internal sealed class View(Weight weight, Core core, int member, Similarity.SimScorer simScorer) : Scorer(weight)
    {
        private int _doc = -1;
        private int _next;   // the first entry of the core after the current document
        private float _freq;
        private int _matches;

        public override int DocID => _doc;

        /// <summary>Lucene's phrase scorers' <c>Freq</c>: the matches counted (for the sloppy phrase, not its weighted frequency).</summary>
        public override int Freq => _matches;

        public float PhraseFreq => _freq;

        internal int Next => _next;

        public override float GetScore() => simScorer.Score(_doc, _freq);

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            if (_doc == NO_MORE_DOCS) return NO_MORE_DOCS;
            var i = Math.Max(_next, core.Base);
            while (true)
            {
                while (i < core.End && core.DocAt(i) < target) i++;
                if (i == core.End && !core.ComputeNext(target, out i)) return _doc = NO_MORE_DOCS;
                if (core.FreqAt(i, member) != 0f)
                {
                    _doc = core.DocAt(i);
                    _freq = core.FreqAt(i, member);
                    _matches = core.MatchesAt(i, member);
                    _next = i + 1;
                    return _doc;
                }
                target = core.DocAt(i) + 1;
                i++;
            }
        }

        public override long GetCost() => core.Cost(member);
    }

    /// <summary>
    /// The shared reader of one segment: the distinct terms' postings moved together to each candidate document (one that
    /// has every term and is accepted), each term's positions read once, every phrase's frequency computed there. The
    /// candidates computed are kept until every view attached has moved past them.
    /// </summary>
    internal sealed class Core
    {
        private readonly Group _group;
        private readonly DocsAndPositionsEnum[] _postings;
        private readonly int[] _docFreqs;
        private readonly FixedBitSet? _window;
        private readonly Similarity.SimScorer _slopFactors;
        private readonly int[][] _termPositions;
        private readonly int[] _counts;
        private readonly Sloppy?[] _sloppy;
        private readonly int[] _places;   // for each place of the phrase, its exact-phrase cursor
        private readonly int _members;
        private int _attached;
        private readonly List<View> _views = [];

        // The candidates computed: their documents and, per phrase, frequency and matches; entries [Base, End).
        private int[] _docs = new int[16];
        private float[] _freqs;
        private int[] _matches;
        private int _start;   // index in the arrays of entry Base
        private bool _exhausted;
        private int _lastDoc = -1;

        public AtomicReaderContext Context { get; }
        public IBits? AcceptDocs { get; }
        public int Thread { get; }
        public int Base { get; private set; }
        public int End { get; private set; }
        public bool Started => _lastDoc >= 0 || _exhausted;

        private Core(Group group, AtomicReaderContext context, IBits? acceptDocs, DocsAndPositionsEnum[] postings, int[] docFreqs,
            Similarity.SimScorer slopFactors, int thread)
        {
            _group = group;
            Context = context;
            AcceptDocs = acceptDocs;
            Thread = thread;
            _postings = postings;
            _docFreqs = docFreqs;
            _window = acceptDocs as FixedBitSet;
            _slopFactors = slopFactors;
            _members = group.Slops.Length;
            _termPositions = new int[postings.Length][];
            for (var t = 0; t < postings.Length; t++) _termPositions[t] = new int[16];
            _counts = new int[postings.Length];
            _sloppy = group.Slops.Select(s => s > 0 ? new Sloppy(group) : null).ToArray();
            _places = new int[group.Terms.Length];
            _freqs = new float[_docs.Length * _members];
            _matches = new int[_docs.Length * _members];
        }

        /// <summary>The reader of a segment, or null when the field or a term is absent from it.</summary>
        public static Core? Open(Group group, AtomicReaderContext context, IBits? acceptDocs, TermContext[] states,
            Similarity.SimScorer slopFactors, int thread)
        {
            var fieldTerms = context.AtomicReader.GetTerms(group.Field);
            if (fieldTerms is null) return null;
            var termsEnum = fieldTerms.GetEnumerator();
            // With the window as a bit set, the postings accept every document and are advanced to each window document through
            // their skip lists; otherwise they skip the documents not accepted themselves, as Lucene's.
            var liveDocs = acceptDocs is FixedBitSet ? null : acceptDocs;
            var postings = new DocsAndPositionsEnum[group.Distinct.Length];
            var docFreqs = new int[postings.Length];
            for (var t = 0; t < postings.Length; t++)
            {
                var state = states[t].Get(context.Ord);
                if (state is null) return null;   // a term the segment does not have
                termsEnum.SeekExact(group.Distinct[t].Bytes, state);
                docFreqs[t] = termsEnum.DocFreq;
                postings[t] = termsEnum.DocsAndPositions(liveDocs, null, DocsAndPositionsFlags.NONE)
                    ?? throw new InvalidOperationException($"Field '{group.Field}' was indexed without positions; it cannot be searched by phrase.");
            }
            return new Core(group, context, acceptDocs, postings, docFreqs, slopFactors, thread);
        }

        public bool Has(int member) => (_attached & (1 << member)) != 0;

        public bool Full => _attached == (1 << _members) - 1;

        public void Attach(int member) => _attached |= 1 << member;

        public View Register(View view)
        {
            _views.Add(view);
            return view;
        }

        /// <summary>Lucene's cost of the phrase's scorer: the documents of its rarest term (exact) or of its first (sloppy).</summary>
        public long Cost(int member) => _group.Slops[member] == 0 ? _docFreqs.Min() : _docFreqs[_group.TermOf[0]];

        public int DocAt(int entry) => _docs[_start + entry - Base];

        public float FreqAt(int entry, int member) => _freqs[(_start + entry - Base) * _members + member];

        public int MatchesAt(int entry, int member) => _matches[(_start + entry - Base) * _members + member];

        /// <summary>Computes the next candidate at or after <paramref name="target"/>; false when there is none.</summary>
        public bool ComputeNext(int target, out int entry)
        {
            entry = End;
            if (_exhausted) return false;
            var doc = NextCandidate(Math.Max(target, _lastDoc + 1));
            if (doc == DocIdSetIterator.NO_MORE_DOCS)
            {
                _exhausted = true;
                return false;
            }
            _lastDoc = doc;
            for (var t = 0; t < _postings.Length; t++)
            {
                var postings = _postings[t];
                var freq = postings.Freq;
                if (_termPositions[t].Length < freq) _termPositions[t] = new int[Math.Max(freq, _termPositions[t].Length * 2)];
                var positions = _termPositions[t];
                for (var k = 0; k < freq; k++) positions[k] = postings.NextPosition();
                _counts[t] = freq;
            }
            var at = Append(doc);
            for (var m = 0; m < _members; m++)
            {
                if (_sloppy[m] is { } sloppy)
                {
                    _freqs[at * _members + m] = sloppy.Frequency(_termPositions, _counts, _group.Slops[m], _slopFactors, out var matches);
                    _matches[at * _members + m] = matches;
                }
                else
                {
                    var matches = ExactFrequency();
                    _freqs[at * _members + m] = matches;
                    _matches[at * _members + m] = matches;
                }
            }
            return true;
        }

        /// <summary>Adds an entry for <paramref name="doc"/>, dropping those every view has passed when the arrays are full; its index in the arrays.</summary>
        private int Append(int doc)
        {
            var used = End - Base;
            if (_start + used == _docs.Length)
            {
                var keep = End;
                foreach (var view in _views) keep = Math.Min(keep, view.Next);
                if (_views.Count < BitCount(_attached)) keep = Base;   // a view attached but not yet created keeps everything
                var drop = keep - Base;
                used -= drop;
                if (used * 2 >= _docs.Length)
                {
                    var docs = new int[_docs.Length * 2];
                    var freqs = new float[docs.Length * _members];
                    var matches = new int[docs.Length * _members];
                    Array.Copy(_docs, _start + drop, docs, 0, used);
                    Array.Copy(_freqs, (_start + drop) * _members, freqs, 0, used * _members);
                    Array.Copy(_matches, (_start + drop) * _members, matches, 0, used * _members);
                    (_docs, _freqs, _matches) = (docs, freqs, matches);
                }
                else
                {
                    Array.Copy(_docs, _start + drop, _docs, 0, used);
                    Array.Copy(_freqs, (_start + drop) * _members, _freqs, 0, used * _members);
                    Array.Copy(_matches, (_start + drop) * _members, _matches, 0, used * _members);
                }
                _start = 0;
                Base = keep;
            }
            var at = _start + End - Base;
            _docs[at] = doc;
            End++;
            return at;
        }

        private static int BitCount(int bits) => System.Numerics.BitOperations.PopCount((uint)bits);

        /// <summary>The first accepted document at or after <paramref name="target"/> that has every term, the postings on it.</summary>
        private int NextCandidate(int target)
        {
            if (_window is not null)
            {
                // The window leads: each term is advanced to a window document, and the next window document tried is the first
                // at or after the furthest term.
                var length = _window.Length;
                var doc = target < length ? _window.NextSetBit(target) : -1;
                while (doc >= 0)
                {
                    var furthest = doc;
                    foreach (var postings in _postings)
                    {
                        var at = postings.DocID < doc ? postings.Advance(doc) : postings.DocID;
                        if (at == DocIdSetIterator.NO_MORE_DOCS) return DocIdSetIterator.NO_MORE_DOCS;
                        if (at > furthest) furthest = at;
                    }
                    if (furthest == doc) return doc;
                    doc = furthest < length ? _window.NextSetBit(furthest) : -1;
                }
                return DocIdSetIterator.NO_MORE_DOCS;
            }
            var candidate = target;
            while (true)
            {
                var all = true;
                foreach (var postings in _postings)
                {
                    var at = postings.DocID < candidate ? postings.Advance(candidate) : postings.DocID;
                    if (at == DocIdSetIterator.NO_MORE_DOCS) return DocIdSetIterator.NO_MORE_DOCS;
                    if (at > candidate)
                    {
                        candidate = at;
                        all = false;
                        break;
                    }
                }
                if (all) return candidate;
            }
        }

        /// <summary>
        /// <c>ExactPhraseScorer</c>'s frequency: how many start positions s ≥ 0 have every place's term at s + its position in
        /// the phrase (a start before 0 is never counted there).
        /// </summary>
        private int ExactFrequency()
        {
            var terms = _group.TermOf;
            var offsets = _group.Positions;
            // Driven by the place whose term has the fewest positions; the count does not depend on the order.
            var lead = 0;
            for (var i = 1; i < terms.Length; i++)
                if (_counts[terms[i]] < _counts[terms[lead]]) lead = i;
            Array.Clear(_places);
            var leadPositions = _termPositions[terms[lead]];
            var matches = 0;
            for (var k = 0; k < _counts[terms[lead]]; k++)
            {
                var start = leadPositions[k] - offsets[lead];
                if (start < 0) continue;
                var all = true;
                for (var i = 0; i < terms.Length && all; i++)
                {
                    if (i == lead) continue;
                    var positions = _termPositions[terms[i]];
                    var count = _counts[terms[i]];
                    var wanted = start + offsets[i];
                    var cursor = _places[i];
                    while (cursor < count && positions[cursor] < wanted) cursor++;
                    _places[i] = cursor;
                    all = cursor < count && positions[cursor] == wanted;
                }
                if (all) matches++;
            }
            return matches;
        }
    }

    /// <summary>
    /// <c>SloppyPhraseScorer.PhraseFreq</c> over positions already read, step for step: the places of the phrase as its
    /// <c>PhrasePositions</c> (position in the text less position in the phrase), its priority queue (the same heap, the same
    /// order: position, then position in the phrase, then place), the repetition groups of a repeated term (known from the
    /// terms, as its first document's positions show them for a phrase of single terms), the collisions resolved alike.
    /// </summary>
    private sealed class Sloppy
    {
        private readonly Group _group;
        private readonly int _n;
        private readonly int[] _position;
        private readonly int[] _count;
        private readonly int[] _cursor;
        private readonly int[] _heap;   // 1-based, as Lucene's PriorityQueue
        private int _size;
        private readonly int[] _stack;
        private readonly bool _hasRepeats;
        private int _end;
        private int[][]? _termPositions;

        public Sloppy(Group group)
        {
            _group = group;
            _n = group.Terms.Length;
            _position = new int[_n];
            _count = new int[_n];
            _cursor = new int[_n];
            _heap = new int[_n + 1];
            _stack = new int[_n];
            _hasRepeats = group.RepeatGroups.Length > 0;
        }

        public float Frequency(int[][] termPositions, int[] counts, int slop, Similarity.SimScorer scorer, out int matches)
        {
            _termPositions = termPositions;
            matches = 0;
            _end = int.MinValue;
            if (!_hasRepeats) InitSimple(counts);
            else if (!InitComplex(counts)) return 0f;
            var freq = 0f;
            var pp = Pop();
            var matchLength = _end - _position[pp];
            var next = _position[_heap[1]];
            while (AdvancePP(pp))
            {
                if (_hasRepeats && !AdvanceRepeats(pp)) break;   // exhausted
                if (_position[pp] > next)
                {
                    // Done minimizing the current match's length.
                    if (matchLength <= slop)
                    {
                        freq += scorer.ComputeSlopFactor(matchLength);
                        matches++;
                    }
                    Add(pp);
                    pp = Pop();
                    next = _position[_heap[1]];
                    matchLength = _end - _position[pp];
                }
                else
                {
                    var matchLength2 = _end - _position[pp];
                    if (matchLength2 < matchLength) matchLength = matchLength2;
                }
            }
            if (matchLength <= slop)
            {
                freq += scorer.ComputeSlopFactor(matchLength);
                matches++;
            }
            return freq;
        }

        private void FirstPosition(int pp, int[] counts)
        {
            _count[pp] = counts[_group.TermOf[pp]];
            _cursor[pp] = 0;
            NextPosition(pp);
        }

        private bool NextPosition(int pp)
        {
            if (_count[pp]-- > 0)
            {
                _position[pp] = _termPositions![_group.TermOf[pp]][_cursor[pp]++] - _group.Positions[pp];
                return true;
            }
            return false;
        }

        private bool AdvancePP(int pp)
        {
            if (!NextPosition(pp)) return false;
            if (_position[pp] > _end) _end = _position[pp];
            return true;
        }

        private void InitSimple(int[] counts)
        {
            _size = 0;
            for (var pp = 0; pp < _n; pp++)
            {
                FirstPosition(pp, counts);
                if (_position[pp] > _end) _end = _position[pp];
                Add(pp);
            }
        }

        private bool InitComplex(int[] counts)
        {
            for (var pp = 0; pp < _n; pp++) FirstPosition(pp, counts);
            // Each repeated term's places advanced by their rank in its group: no two on the same position of the text.
            foreach (var group in _group.RepeatGroups)
                for (var j = 1; j < group.Length; j++)
                    for (var k = 0; k < j; k++)
                        if (!NextPosition(group[j])) return false;
            _size = 0;
            for (var pp = 0; pp < _n; pp++)
            {
                if (_position[pp] > _end) _end = _position[pp];
                Add(pp);
            }
            return true;
        }

        /// <summary>pp was just advanced: a collision with a place of the same term is resolved by advancing the lesser of the two.</summary>
        private bool AdvanceRepeats(int pp)
        {
            var groupIndex = _group.RepeatGroupOf[pp];
            if (groupIndex < 0) return true;   // not a repeated term
            var group = _group.RepeatGroups[groupIndex];
            var bits = 0UL;   // the places advanced while in the queue, by their index in the group
            var k0 = _group.RepeatIndex[pp];
            int k;
            while ((k = Collide(pp, group)) >= 0)
            {
                pp = Lesser(pp, group[k]);
                if (!AdvancePP(pp)) return false;
                if (k != k0) bits |= 1UL << k;
            }
            // Re-queued as Lucene does: popped until every place advanced has been seen (a place of another repeated term of the
            // same index in its group counts as seen), then all added back.
            var n = 0;
            while (bits != 0)
            {
                var pp2 = Pop();
                _stack[n++] = pp2;
                if (_group.RepeatGroupOf[pp2] >= 0 && _group.RepeatIndex[pp2] < group.Length) bits &= ~(1UL << _group.RepeatIndex[pp2]);
            }
            for (var i = n - 1; i >= 0; i--) Add(_stack[i]);
            return true;
        }

        private int Lesser(int pp, int pp2) =>
            _position[pp] < _position[pp2] || (_position[pp] == _position[pp2] && _group.Positions[pp] < _group.Positions[pp2]) ? pp : pp2;

        /// <summary>The index in the group of a place of the same term on the same position of the text as pp, or -1.</summary>
        private int Collide(int pp, int[] group)
        {
            var textPosition = _position[pp] + _group.Positions[pp];
            foreach (var pp2 in group)
                if (pp2 != pp && _position[pp2] + _group.Positions[pp2] == textPosition) return _group.RepeatIndex[pp2];
            return -1;
        }

        /// <summary><c>PhraseQueue.LessThan</c> within a document.</summary>
        private bool LessThan(int a, int b)
        {
            if (_position[a] != _position[b]) return _position[a] < _position[b];
            var offsets = _group.Positions;
            return offsets[a] != offsets[b] ? offsets[a] < offsets[b] : a < b;
        }

        private void Add(int pp)
        {
            _size++;
            _heap[_size] = pp;
            // Up-heap.
            var i = _size;
            var node = _heap[i];
            var j = i >>> 1;
            while (j > 0 && LessThan(node, _heap[j]))
            {
                _heap[i] = _heap[j];
                i = j;
                j >>>= 1;
            }
            _heap[i] = node;
        }

        private int Pop()
        {
            var result = _heap[1];
            _heap[1] = _heap[_size];
            _size--;
            // Down-heap.
            var i = 1;
            var node = _heap[i];
            var j = i << 1;
            var k = j + 1;
            if (k <= _size && LessThan(_heap[k], _heap[j])) j = k;
            while (j <= _size && LessThan(_heap[j], node))
            {
                _heap[i] = _heap[j];
                i = j;
                j = i << 1;
                k = j + 1;
                if (k <= _size && LessThan(_heap[k], _heap[j])) j = k;
            }
            _heap[i] = node;
            return result;
        }
    }
}

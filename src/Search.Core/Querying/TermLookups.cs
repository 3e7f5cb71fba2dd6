using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>
/// The terms dictionary lookups of one search, each done once. A query looks each of its terms up in every
/// segment several times: to tell known words from typos, then in each phase that creates a weight (matching,
/// facet recounts, rescoring). Lucene does every lookup with a new terms enumerator (a few arrays per segment);
/// here one enumerator per segment and field serves every term, and the states found are handed to the term
/// queries (<see cref="Attach"/>), which then skip their own lookups. Not thread-safe: one per search.
/// </summary>
/// <param name="maxCorrections">How many words may be looked up for a correction (<see cref="SearchLimits.MaxCorrections"/>).</param>
public sealed class TermLookups(IndexReader reader, int maxCorrections = int.MaxValue)
{
    private readonly Dictionary<Term, TermContext> _contexts = [];
    private readonly List<string> _uncorrected = [];
    private int _correctionsLeft = maxCorrections;
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> _enums = [];
    private readonly Dictionary<(string Word, bool Eager), string?> _corrections = [];
    private readonly Dictionary<(string Field, string Word, int MaxEdits), List<(string Term, float Similarity)>> _candidates = [];

    public IndexReader Reader { get; } = reader;

    /// <summary>The French word list's folded forms, which tell a correctly spelt word the index lacks from a typo;
    /// this machine's (<see cref="Analysis.FrenchLexicon.Folded"/>) when null.</summary>
    public Analysis.FoldedWords? Lexicon { get; init; }

    /// <summary>A word of the word list the index lacks is corrected only towards a candidate the query's other words meet
    /// (<see cref="RankingParameters.DictionaryWordsMeetContext"/>).</summary>
    public bool DictionaryWordsMeetContext { get; init; }

    /// <summary>The query's words (folded) read as a place's name (<see cref="TerritoryQuery.PlaceWords"/>): never corrected
    /// or split by a plan. (Set again when a search plans its corrected text.)</summary>
    public IReadOnlySet<string> PlaceWords { get; set; } = new HashSet<string>();

    /// <summary>The term's states in every segment (as <see cref="TermContext.Build"/> gives them).</summary>
    public TermContext For(Term term)
    {
        if (_contexts.TryGetValue(term, out var found)) return found;
        var top = Reader.Context;
        var context = new TermContext(top);
        foreach (var leaf in top.Leaves)
        {
            if (!_enums.TryGetValue((leaf.Ord, term.Field), out var termsEnum))
            {
                termsEnum = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
                _enums[(leaf.Ord, term.Field)] = termsEnum;
            }
            if (termsEnum is not null && termsEnum.SeekExact(term.Bytes))
                context.Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
        }
        _contexts[term] = context;
        return context;
    }

    /// <summary>
    /// A word's correction, computed once per search: a query naming places is planned again for the words around each
    /// place, and a typo's candidates (a Levenshtein automaton run over two fields) are the costly part of a plan.
    /// </summary>
    public string? Correction(string word, bool eager, Func<string?> correct)
    {
        if (!_corrections.TryGetValue((word, eager), out var correction))
            _corrections[(word, eager)] = correction = correct();
        return correction;
    }

    /// <summary>A word typed as two glued words, split, and how many documents hold the rarer part; computed once per search,
    /// and kept for the next searches of the same index reader (<see cref="ReaderShared"/>).</summary>
    public (string Text, int Rarest)? Split(string word, Func<(string Text, int Rarest)?> split)
    {
        if (!_splits.TryGetValue(word, out var found)) _splits[word] = found = Shared.Splits.Get(word, split);
        return found;
    }

    private readonly Dictionary<string, (string Text, int Rarest)?> _splits = [];

    /// <summary>
    /// A word's typo candidates in a field (term and similarity), computed once per search (the eager retry of a search
    /// that found nothing looks them up again for the same words), and kept for the next searches of the same index reader
    /// (<see cref="ReaderShared"/>): the Levenshtein automaton run over the field's terms is most of a typo's cost, and the
    /// candidates depend on the word and the index only.
    /// </summary>
    public IReadOnlyList<(string Term, float Similarity)> FuzzyCandidates(string field, string word, int maxEdits,
        Func<List<(string Term, float Similarity)>> find)
    {
        if (!_candidates.TryGetValue((field, word, maxEdits), out var found))
            _candidates[(field, word, maxEdits)] = found = Shared.Candidates.Get((field, word, maxEdits), find);
        return found;
    }

    /// <summary>Words (per field for the candidates) that the searches of one index reader keep at most: a candidate list
    /// holds at most 50 terms (QueryPlan.FuzzyCandidates), so a table of them holds about 2 MB at most.</summary>
    public const int SharedCapacity = 2048;

    private ReaderShared Shared => _shared ??= ReaderShared.Of(Reader);

    private ReaderShared? _shared;

    /// <summary>
    /// What the searches of one index reader share: the typo candidates and glued-word splits of the words they asked about,
    /// which depend on the word and the reader's terms only. A reader is never changed; when the index changes, searches get
    /// a new reader and so start anew, and the old reader's entries go with it (held weakly by the reader). Each table is
    /// bounded (<see cref="SharedCapacity"/> words): full, it is emptied before the next word is added, so that no stream of
    /// distinct typos grows it.
    /// </summary>
    internal sealed class ReaderShared
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, ReaderShared> ByReader = new();

        public static ReaderShared Of(IndexReader reader) => ByReader.GetValue(reader, _ => new ReaderShared());

        public Bounded<(string Field, string Word, int MaxEdits), List<(string Term, float Similarity)>> Candidates { get; } = new();

        public Bounded<string, (string Text, int Rarest)?> Splits { get; } = new();

        private Dictionary<string, (string Term, int DocFreq)[]>? _homophones;
        private readonly object _homophonesLock = new();

        /// <summary>The reader's words by phonetic key (<see cref="Spelling.PhoneticKey"/>), built the first time a search asks
        /// (one pass over the terms of the exact fields) and kept as long as the reader.</summary>
        public Dictionary<string, (string Term, int DocFreq)[]> Homophones(IndexReader reader)
        {
            if (Volatile.Read(ref _homophones) is { } built) return built;
            lock (_homophonesLock)
            {
                if (_homophones is null) Volatile.Write(ref _homophones, BuildHomophones(reader));
                return _homophones!;
            }
        }
    }

    /// <summary>How many words of one sound are kept per key: the most frequent.</summary>
    internal const int HomophonesPerKey = 3;

    /// <summary>Every word of 5 to 40 letters a–z of the exact fields in two documents or more (most terms are in one: cut
    /// fragments, numbers, names), by phonetic key, the most frequent first (the larger document frequency of the two
    /// fields).</summary>
    private static Dictionary<string, (string Term, int DocFreq)[]> BuildHomophones(IndexReader reader)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in new[] { Documents.Schema.BodyExact, Documents.Schema.TitleExact })
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null) continue;
            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var bytes = termsEnum.Term;
                if (bytes.Length is < 5 or > 40 || termsEnum.DocFreq < 2) continue;
                var letters = true;
                for (var i = bytes.Offset; i < bytes.Offset + bytes.Length && letters; i++) letters = bytes.Bytes[i] is >= (byte)'a' and <= (byte)'z';
                if (!letters) continue;
                var term = bytes.Utf8ToString();
                var docFreq = termsEnum.DocFreq;
                if (!frequencies.TryGetValue(term, out var known) || known < docFreq) frequencies[term] = docFreq;
            }
        }
        var byKey = new Dictionary<string, List<(string Term, int DocFreq)>>(StringComparer.Ordinal);
        foreach (var (term, docFreq) in frequencies)
        {
            if (Spelling.PhoneticKey(term) is not { } key) continue;
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            list.Add((term, docFreq));
        }
        var result = new Dictionary<string, (string Term, int DocFreq)[]>(byKey.Count, StringComparer.Ordinal);
        foreach (var (key, list) in byKey)
            result[key] = [.. list.OrderByDescending(t => t.DocFreq).ThenBy(t => t.Term, StringComparer.Ordinal).Take(HomophonesPerKey)];
        return result;
    }

    /// <summary>The index's most frequent words with the phonetic key <paramref name="key"/> (<see cref="Spelling.PhoneticKey"/>),
    /// with their document frequency.</summary>
    public IReadOnlyList<(string Term, int DocFreq)> Homophones(string key) =>
        Shared.Homophones(Reader).TryGetValue(key, out var found) ? found : [];

    /// <summary>A thread-safe table of at most <see cref="SharedCapacity"/> entries, emptied when full. Its values are
    /// never changed once added.</summary>
    internal sealed class Bounded<TKey, TValue> where TKey : notnull
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<TKey, TValue> _entries = new();

        public int Count => _entries.Count;

        public TValue Get(TKey key, Func<TValue> compute)
        {
            if (_entries.TryGetValue(key, out var found)) return found;
            found = compute();
            if (_entries.Count >= SharedCapacity) _entries.Clear();
            _entries.TryAdd(key, found);
            return found;
        }
    }

    /// <summary>
    /// Whether one more word may be looked up for a correction; false once the cap is reached (the word, searched as
    /// typed, is then listed in <see cref="Uncorrected"/>, unless a first plan corrected it already).
    /// </summary>
    public bool MayCorrect(string word)
    {
        if (_correctionsLeft > 0)
        {
            _correctionsLeft--;
            return true;
        }
        var corrected = _corrections.TryGetValue((word, false), out var correction) && correction is not null;
        if (!corrected && !_uncorrected.Contains(word)) _uncorrected.Add(word);
        return false;
    }

    /// <summary>The words not looked up for a correction because the cap was reached.</summary>
    public IReadOnlyList<string> Uncorrected => _uncorrected;

    /// <summary>Whether the parser's queries of words are kept for the search (<see cref="ParsedWords"/>): off only to measure what
    /// it saves (<see cref="RankingParameters.ReuseParsedWords"/>).</summary>
    public bool ReuseParsedWords { get; init; } = true;

    /// <summary>
    /// Each word's query as the query parser made it in this search (its fields' queries with their weights), by the word, the
    /// parser's default operator and the field weights (the same dictionary): the same words are parsed for the query, for
    /// the rest of a query naming a place, for each unit's passages and matches and for the relaxed query, and each parse
    /// analysed each word once per field. The queries kept are never changed (each parse takes a copy).
    /// </summary>
    internal Dictionary<(string Word, Occur Operator, Dictionary<string, float> Weights), Query?> ParsedWords { get; } = new(SameParse.Instance);

    /// <summary>Two parses of a word alike: the same word and operator, and the same field weights in the same order (the
    /// order of the fields' clauses), whether or not in the same dictionary (a search's ranking parameters and the defaults).</summary>
    private sealed class SameParse : IEqualityComparer<(string Word, Occur Operator, Dictionary<string, float> Weights)>
    {
        public static readonly SameParse Instance = new();

        public bool Equals((string Word, Occur Operator, Dictionary<string, float> Weights) x, (string Word, Occur Operator, Dictionary<string, float> Weights) y) =>
            x.Word == y.Word && x.Operator == y.Operator && (ReferenceEquals(x.Weights, y.Weights) || SameWeights(x.Weights, y.Weights));

        private static bool SameWeights(Dictionary<string, float> a, Dictionary<string, float> b)
        {
            if (a.Count != b.Count) return false;
            using var other = b.GetEnumerator();
            foreach (var (field, weight) in a)
            {
                other.MoveNext();
                if (field != other.Current.Key || BitConverter.SingleToInt32Bits(weight) != BitConverter.SingleToInt32Bits(other.Current.Value)) return false;
            }
            return true;
        }

        public int GetHashCode((string Word, Occur Operator, Dictionary<string, float> Weights) key) =>
            HashCode.Combine(key.Word, key.Operator, key.Weights.Count);
    }

    /// <summary>Whether the units' counts of documents are kept for the search (<see cref="MatchCount"/>): off only to measure what
    /// it saves (<see cref="RankingParameters.CountUnitsOnce"/>).</summary>
    public bool CountUnitsOnce { get; init; } = true;

    private readonly Dictionary<Query, int> _matchCounts = [];

    /// <summary>
    /// How many documents a unit's query (as parsed, <see cref="QueryBuilder.ForUnit"/>) matches over the whole index, counted
    /// once per search by <paramref name="count"/>: a query no document answers asks it of the same units up to three times
    /// (<see cref="LooseMatches.WithoutCommonUnits"/>, <see cref="LooseMatches.WithoutAbsentCommonUnits"/>,
    /// <see cref="LooseMatches.UnitMatches.Share"/>), and a unit of a synonym group counts its phrases in every field. Queries
    /// are told apart by their content (Lucene's equality: fields, terms, weights).
    /// </summary>
    internal int MatchCount(Query unit, Func<int> count)
    {
        if (!CountUnitsOnce) return count();
        if (!_matchCounts.TryGetValue(unit, out var found)) _matchCounts[unit] = found = count();
        return found;
    }

    /// <summary>How many documents contain the term, over the whole index.</summary>
    public int DocFreq(Term term) => For(term).DocFreq;

    /// <summary>
    /// The same query, its term queries (within boolean, constant-score and disjunction-max queries, and the match of a territory's
    /// demotion) carrying the states looked up here; scores and matches are unchanged. Other queries are kept as they are.
    /// </summary>
    public Query Attach(Query query)
    {
        switch (query)
        {
            case TermQuery term:
                return new TermQuery(term.Term, For(term.Term)) { Boost = term.Boost };
            case BooleanQuery boolean:
                var result = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses) result.Add(Attach(clause.Query), clause.Occur);
                return result;
            // A year's preference (the best of constant scores) and a level word's territory boost: their terms too, else
            // each phase's weight looks them up again in every segment.
            case ConstantScoreQuery { Query: { } inner } constant:
                return new ConstantScoreQuery(Attach(inner)) { Boost = constant.Boost };
            case DisjunctionMaxQuery max:
                var best = new DisjunctionMaxQuery(max.TieBreakerMultiplier) { Boost = max.Boost };
                foreach (var disjunct in max.Disjuncts) best.Add(Attach(disjunct));
                return best;
            // A query naming a place: the whole query is the match of its demotion of the documents outside the place, and
            // each phase's weight would look every one of its terms up again in every segment.
            case TerritoryQuery.OutsideDemotion demotion:
                return demotion.With(Attach(demotion.Match));
            default:
                return query;
        }
    }
}

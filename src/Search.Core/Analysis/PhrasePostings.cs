using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Search.Core.Documents;

namespace Search.Core.Analysis;

/// <summary>
/// The synonym data's multi-word expressions ("communauté de communes", "établissement public de coopération
/// intercommunale") indexed as one term per occurrence, beside the title's and the body's text: a unit of the query that
/// expands to such expressions searches each as an exact phrase in each of its eight text fields, and a phrase of frequent words
/// ("communauté" and "communes" are in most documents) read positions wherever its words meet — the queries naming an
/// intercommunality cost three times the others. The phrase is matched instead from its expression's term in the
/// field's companion (<see cref="Schema.BodyPhrases"/>…), whose frequency is the phrase's: the same documents and the same
/// scores (<c>TermDisjunction</c> scores it with the phrase's own statistics, in the source field).
/// <list type="bullet">
/// <item>An expression's key is its terms with their positions in the phrase, as the query parser puts them (stop words
/// leave gaps): the phrase of any query with that key is matched from it, whatever wrote the phrase.</item>
/// <item>At index time (<see cref="SharedAnalysis"/>) an <see cref="Observer"/> at the end of each text field's chain
/// records where the expressions' terms stand as Lucene reads them; the companion field, whose name sorts after its source
/// field's (Lucene inverts a document's fields in the order of their names), emits each occurrence found: a start
/// <c>p</c> ≥ 0 at which every term of the key stands at <c>p</c> plus its offset, as Lucene's exact phrase scorer counts.</item>
/// <item>A document written so holds <see cref="Schema.PhraseSet"/> = <see cref="SetId"/>, the hash of the keys. A segment is
/// read from its companions only when every one of its documents holds this process's set (<see cref="Covers"/>): an
/// index written before, or with other synonym data, is matched from positions, as before, until it is rewritten.</item>
/// </list>
/// </summary>
public static class PhrasePostings
{
    /// <summary>An expression: its key, its terms, and each term's position in the phrase (the first's included: a phrase
    /// starting after a stop word starts at 1).</summary>
    private sealed record Key(string Text, string[] Terms, int[] Positions);

    /// <summary>The keys of one analysis chain, by their first term, and every term of them.</summary>
    private sealed class Keys
    {
        public readonly Dictionary<string, List<Key>> ByFirstTerm = new(StringComparer.Ordinal);
        public readonly HashSet<string> Terms = new(StringComparer.Ordinal);
        public readonly HashSet<string> All = new(StringComparer.Ordinal);

        /// <summary>The terms, looked up by a token's characters.</summary>
        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TermLookup => Terms.GetAlternateLookup<ReadOnlySpan<char>>();

        public void Add(IReadOnlyList<(string Term, int Position)> phrase)
        {
            if (phrase.Count < 2) return;
            for (var i = 1; i < phrase.Count; i++)
                if (phrase[i].Position == phrase[i - 1].Position) return;   // stacked terms: the parser makes another query of them
            var (terms, positions) = (phrase.Select(p => p.Term).ToArray(), phrase.Select(p => p.Position).ToArray());
            var text = KeyOf(terms, positions);
            if (!All.Add(text)) return;
            var key = new Key(text, terms, positions);
            if (!ByFirstTerm.TryGetValue(key.Terms[0], out var list)) ByFirstTerm[key.Terms[0]] = list = [];
            list.Add(key);
            foreach (var term in key.Terms) Terms.Add(term);
        }
    }

    private static readonly Keys Stemmed = new();
    private static readonly Keys Exact = new();

    /// <summary>The companion of each source field, and the chain whose keys it holds.</summary>
    private static readonly Dictionary<string, (string Companion, Keys Keys)> Sources = new(StringComparer.Ordinal)
    {
        [Schema.Title] = (Schema.TitlePhrases, Stemmed),
        [Schema.TitleExact] = (Schema.TitleExactPhrases, Exact),
        [Schema.Body] = (Schema.BodyPhrases, Stemmed),
        [Schema.BodyExact] = (Schema.BodyExactPhrases, Exact),
        [Schema.Summary] = (Schema.SummaryPhrases, Stemmed),
        [Schema.Meta] = (Schema.MetaPhrases, Stemmed),
        [Schema.FileName] = (Schema.FileNamePhrases, Stemmed),
        [Schema.Description] = (Schema.DescriptionPhrases, Stemmed),
    };

    /// <summary>The hash of the fields with a companion and of every key of both chains: what a document written with them holds in
    /// <see cref="Schema.PhraseSet"/>.</summary>
    public static string SetId { get; }

    static PhrasePostings()
    {
        foreach (var group in Synonyms.Default.Groups)
            foreach (var expression in group)
            {
                if (expression.Terms.Count < 2) continue;
                Stemmed.Add(FrenchAnalyzers.TermPositions(FrenchAnalyzers.Stemmed, expression.Text, Schema.Body));
                Exact.Add(FrenchAnalyzers.TermPositions(FrenchAnalyzers.Exact, expression.Text, Schema.BodyExact));
            }
        // The fields that have a companion are part of the set: an index written with fewer of them is not read from them.
        var text = string.Join(' ', Sources.Keys.Order(StringComparer.Ordinal)) + "\nstemmed\n" + string.Join('\n', Stemmed.All.Order(StringComparer.Ordinal))
            + "\nexact\n" + string.Join('\n', Exact.All.Order(StringComparer.Ordinal));
        SetId = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
    }

    /// <summary>The key of a phrase: each term with its position, as <see cref="Lucene.Net.Search.PhraseQuery"/> holds them.</summary>
    public static string KeyOf(IReadOnlyList<string> terms, IReadOnlyList<int> positions)
    {
        var text = new StringBuilder();
        for (var i = 0; i < terms.Count; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(positions[i]).Append(':').Append(terms[i]);
        }
        return text.ToString();
    }

    /// <summary>The companion field and the key of an exact phrase in <paramref name="field"/> when its occurrences are indexed
    /// there; null otherwise (a field without a companion, a phrase no expression of the data has).</summary>
    public static (string Companion, string Key)? Find(string field, IReadOnlyList<string> terms, IReadOnlyList<int> positions)
    {
        if (!Sources.TryGetValue(field, out var source) || terms.Count < 2) return null;
        var key = KeyOf(terms, positions);
        return source.Keys.All.Contains(key) ? (source.Companion, key) : null;
    }

    /// <summary>The phrases of <paramref name="field"/> whose occurrences its companion holds: each key's terms and positions.</summary>
    public static IEnumerable<(string Key, string[] Terms, int[] Positions)> Indexed(string field) =>
        Sources.TryGetValue(field, out var source) ? source.Keys.ByFirstTerm.Values.SelectMany(k => k).Select(k => (k.Text, k.Terms, k.Positions)) : [];

    /// <summary>The companion field of <paramref name="field"/>, or null.</summary>
    public static string? CompanionOf(string field) => Sources.TryGetValue(field, out var source) ? source.Companion : null;

    private static readonly ConditionalWeakTable<object, StrongBox<bool>> Covered = new();

    /// <summary>Whether every document of the segment was written with this process's keys (<see cref="SetId"/>): its
    /// companions then hold every occurrence of every key. Read once per segment.</summary>
    public static bool Covers(AtomicReader segment) =>
        Covered.GetValue(segment.CoreCacheKey, _ => new StrongBox<bool>(ReadCovers(segment))).Value;

    private static bool ReadCovers(AtomicReader segment)
    {
        if (segment.MaxDoc == 0) return false;
        var terms = segment.GetTerms(Schema.PhraseSet);
        if (terms is null) return false;
        var all = terms.GetEnumerator();
        var found = false;
        while (all.MoveNext())
        {
            if (found || all.Term.Utf8ToString() != SetId || all.DocFreq != segment.MaxDoc) return false;
            found = true;
        }
        return found;
    }

    /// <summary>The occurrences of one document's field, value by value (a page each), filled as its chains are read.</summary>
    internal sealed class Sink
    {
        private readonly List<Dictionary<string, int>?> _values = [];

        public Dictionary<string, int> Value(int index)
        {
            while (_values.Count <= index) _values.Add(null);
            var counts = _values[index] ??= new Dictionary<string, int>(StringComparer.Ordinal);
            counts.Clear();
            return counts;
        }

        public IEnumerable<(string Key, int Count)> Occurrences()
        {
            var total = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var value in _values)
                if (value is not null)
                    foreach (var (key, count) in value) total[key] = total.GetValueOrDefault(key) + count;
            return total.Select(kv => (kv.Key, kv.Value));
        }
    }

    /// <summary>The observer of a source field's value (<paramref name="index"/>: which page), or null for a field without a companion.</summary>
    internal static TokenStream Observe(string field, TokenStream chain, Sink sink, int index) =>
        Sources.TryGetValue(field, out var source) ? new Observer(chain, source.Keys, sink, index) : chain;

    /// <summary>The companion field of a source field, emitting what its observers found; null for a field without one.</summary>
    internal static Field? Companion(string field, Sink sink) =>
        Sources.TryGetValue(field, out var source) ? new Field(source.Companion, new Emitter(sink), CompanionType) : null;

    /// <summary>The mark of a document whose companions were all written (<see cref="Covers"/>).</summary>
    internal static Field Mark() => new StringField(Schema.PhraseSet, SetId, Field.Store.NO);

    private static readonly FieldType CompanionType = CreateCompanionType();

    private static FieldType CreateCompanionType()
    {
        var type = new FieldType { IsIndexed = true, IsTokenized = true, IsStored = false, OmitNorms = true, IndexOptions = IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }

    /// <summary>
    /// Passes a value's tokens on unchanged and notes those of the keys' terms with their positions (Lucene's: the first
    /// token's increment less one, then each increment added); at the end, counts each key's starts.
    /// </summary>
    private sealed class Observer : TokenFilter
    {
        private readonly Keys _keys;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly Sink _sink;
        private readonly int _index;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private readonly List<(string Term, int Position)> _seen = [];
        private int _position;

        public Observer(TokenStream input, Keys keys, Sink sink, int index) : base(input)
        {
            _keys = keys;
            _lookup = keys.TermLookup;
            _sink = sink;
            _index = index;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            _position += _increment.PositionIncrement;
            // Looked up without a string for the (most) tokens that are no key's term.
            if (_lookup.TryGetValue(_term.Buffer.AsSpan(0, _term.Length), out var term)) _seen.Add((term, _position));
            return true;
        }

        public override void End()
        {
            base.End();
            var counts = _sink.Value(_index);
            if (_seen.Count < 2) return;
            var at = new HashSet<(string, int)>(_seen);
            var starts = new HashSet<(string, int)>();
            foreach (var (term, position) in _seen)
            {
                if (!_keys.ByFirstTerm.TryGetValue(term, out var keys)) continue;
                foreach (var key in keys)
                {
                    // The phrase's start: the first term's position less its own in the phrase; Lucene counts starts >= 0
                    // (a later page's positions are past the gap between values: always).
                    var start = position - key.Positions[0];
                    if (_index == 0 && start < 0) continue;
                    var all = true;
                    for (var i = 1; i < key.Terms.Length && all; i++) all = at.Contains((key.Terms[i], start + key.Positions[i]));
                    if (all && starts.Add((key.Text, start))) counts[key.Text] = counts.GetValueOrDefault(key.Text) + 1;
                }
            }
        }

        public override void Reset()
        {
            base.Reset();
            _seen.Clear();
            _position = -1;
        }
    }

    /// <summary>Each occurrence of each key found by the source field's observers, one token each.</summary>
    private sealed class Emitter : TokenStream
    {
        private readonly Sink _sink;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private IEnumerator<string>? _tokens;

        public Emitter(Sink sink)
        {
            _sink = sink;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_tokens is null || !_tokens.MoveNext()) return false;
            _term.SetEmpty().Append(_tokens.Current);
            _increment.PositionIncrement = 1;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            // Read when Lucene inverts this field: after its source field, whose name sorts first.
            _tokens = _sink.Occurrences().SelectMany(o => Enumerable.Repeat(o.Key, o.Count)).GetEnumerator();
        }
    }
}

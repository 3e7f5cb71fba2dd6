using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Search.Core.Documents;

namespace Search.Core.Analysis;

/// <summary>
/// Index-time analysis of a text once for its two fields: title and title_exact, each page of body and body_exact
/// hold the same text. The exact chain runs once; its tokens (term, offsets, position increments, and the end
/// state) are recorded and replayed to the exact field, and through the stemmers to the stemmed field — the
/// stemmed chain is the exact chain followed by the stemmers, so every term, position and offset is the one the
/// field's own analyzer would give (<c>SharedAnalysisTests</c> compares whole indexes). Stored values are kept:
/// <see cref="Field.SetTokenStream"/> only replaces the analysis. Every text field's tokens (the other stemmed fields
/// analysed here too, and replayed) pass an observer that notes the synonym data's expressions in them, for their phrase
/// fields (<see cref="PhrasePostings"/>).
/// </summary>
public static class SharedAnalysis
{
    private static readonly (string Stemmed, string Exact)[] Twins = [(Schema.Title, Schema.TitleExact), (Schema.Body, Schema.BodyExact)];

    /// <summary>The stemmed text fields without an exact twin, analysed here for their expressions (<see cref="PhrasePostings"/>).</summary>
    private static readonly string[] OwnChains = [Schema.Summary, Schema.Meta, Schema.FileName, Schema.Description];

    /// <summary>Gives each exact field, and the stemmed field with the same text, one shared analysis; every text field an
    /// observer of its expressions, and the document its phrase fields.</summary>
    public static void Apply(Document document)
    {
        // Each field's multi-word expressions, noted as its chains are read (PhrasePostings); the document is marked as
        // holding them only when every value of its eight text fields was read through an observer.
        var complete = true;
        List<Field>? companions = null;
        foreach (var (stemmedName, exactName) in Twins)
        {
            var exacts = document.GetFields(exactName);
            var stemmed = document.GetFields(stemmedName);
            var used = new bool[stemmed.Length];
            if (exacts.Length == 0)
            {
                complete &= Observed(stemmed, used);
                continue;
            }
            var (stemmedSink, exactSink) = (new PhrasePostings.Sink(), new PhrasePostings.Sink());
            for (var e = 0; e < exacts.Length; e++)
            {
                if (exacts[e] is not Field exact || exact.GetStringValue() is not { } text || exact.GetTokenStreamValue() is not null)
                {
                    complete = false;
                    continue;
                }
                // The stemmed value with the same text (pages: the same string, in the same order).
                var k = -1;
                for (var j = 0; j < stemmed.Length && k < 0; j++)
                {
                    if (!used[j] && Analysable(stemmed[j], out _, out var stemmedText) && string.Equals(stemmedText, text, StringComparison.Ordinal)) k = j;
                }
                if (k < 0)
                {
                    complete = false;
                    continue;
                }
                used[k] = true;
                var tokens = RecordedTokens.Analyse(FrenchAnalyzers.Exact, exactName, text);
                // (A field's values are inverted in the document's order: an observer knows which value it reads.)
                exact.SetTokenStream(PhrasePostings.Observe(exactName, new Replay(tokens), exactSink, e));
                ((Field)stemmed[k]).SetTokenStream(PhrasePostings.Observe(stemmedName, FrenchAnalyzers.Stem(new Replay(tokens)), stemmedSink, k));
            }
            complete &= Observed(stemmed, used);
            (companions ??= []).AddRange(new[] { PhrasePostings.Companion(stemmedName, stemmedSink), PhrasePostings.Companion(exactName, exactSink) }.OfType<Field>());
        }
        // The other stemmed text fields (summary, meta, file name, description: a few words each) are analysed here too, their
        // tokens replayed to Lucene through an observer, so that their expressions are noted as the twins' are.
        foreach (var name in OwnChains)
        {
            var values = document.GetFields(name);
            if (values.Length == 0) continue;
            var sink = new PhrasePostings.Sink();
            for (var j = 0; j < values.Length; j++)
            {
                if (!Analysable(values[j], out var field, out var text))
                {
                    complete = false;
                    continue;
                }
                field.SetTokenStream(PhrasePostings.Observe(name, new Replay(RecordedTokens.Analyse(FrenchAnalyzers.Stemmed, name, text)), sink, j));
            }
            if (PhrasePostings.Companion(name, sink) is { } companion) (companions ??= []).Add(companion);
        }
        if (!complete || companions is null) return;
        foreach (var companion in companions) document.Add(companion);
        document.Add(PhrasePostings.Mark());
    }

    /// <summary>A value whose analysis this class can give: a text Lucene would analyse, with no token stream set yet.</summary>
    private static bool Analysable(IIndexableField value, out Field field, out string text)
    {
        (field, text) = (null!, "");
        if (value is not Field f || f.GetStringValue() is not { } s || f.GetTokenStreamValue() is not null || !f.FieldType.IsTokenized || !f.FieldType.IsIndexed)
            return false;
        (field, text) = (f, s);
        return true;
    }

    /// <summary>Whether each of a field's values was given an observer, or has no text (an empty page: no token to observe).</summary>
    private static bool Observed(IIndexableField[] values, bool[] used)
    {
        for (var j = 0; j < values.Length; j++)
            if (!used[j] && values[j].GetStringValue() is not "") return false;
        return true;
    }

    /// <summary>The tokens of one analysis, and its end state.</summary>
    internal sealed class RecordedTokens
    {
        public char[] Chars = new char[256];
        public int CharCount;
        public readonly List<(int CharStart, int Length, int Start, int End, int Increment)> Tokens = new();
        public int FinalStart, FinalEnd, FinalIncrement;

        public static RecordedTokens Analyse(Analyzer analyzer, string field, string text)
        {
            var recorded = new RecordedTokens();
            using var stream = analyzer.GetTokenStream(field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var length = term.Length;
                if (recorded.CharCount + length > recorded.Chars.Length)
                    Array.Resize(ref recorded.Chars, Math.Max(recorded.Chars.Length * 2, recorded.CharCount + length));
                Array.Copy(term.Buffer, 0, recorded.Chars, recorded.CharCount, length);
                recorded.Tokens.Add((recorded.CharCount, length, offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
                recorded.CharCount += length;
            }
            stream.End();
            recorded.FinalStart = offset.StartOffset;
            recorded.FinalEnd = offset.EndOffset;
            recorded.FinalIncrement = increment.PositionIncrement;
            return recorded;
        }
    }

    /// <summary>Replays recorded tokens: term, offsets, position increment (and a keyword flag, always false, for the stemmers).</summary>
    internal sealed class Replay : TokenStream
    {
        private readonly RecordedTokens _tokens;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IKeywordAttribute _keyword;
        private int _next;

        public Replay(RecordedTokens tokens) : base(DirectAttributes.Instance)
        {
            _tokens = tokens;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _keyword = AddAttribute<IKeywordAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _tokens.Tokens.Count) return false;
            // Every attribute of this stream (and of the stemmers on it) is set: no ClearAttributes needed.
            var (charStart, length, start, end, increment) = _tokens.Tokens[_next++];
            _term.CopyBuffer(_tokens.Chars, charStart, length);
            _offset.SetOffset(start, end);
            _increment.PositionIncrement = increment;
            _keyword.IsKeyword = false;
            return true;
        }

        public override void End()
        {
            // What TokenStream.End (clear every attribute) and the chain's end leave, set directly: recomputing the
            // attribute state for ClearAttributes cost more than the replay itself.
            _term.SetEmpty();
            _keyword.IsKeyword = false;
            _offset.SetOffset(_tokens.FinalStart, _tokens.FinalEnd);
            _increment.PositionIncrement = _tokens.FinalIncrement;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }

    /// <summary>
    /// Creates the attributes of a replay directly: Lucene's default factory takes a process-wide lock for every
    /// attribute of every new stream, which the indexing threads queued on.
    /// </summary>
    private sealed class DirectAttributes : Lucene.Net.Util.AttributeSource.AttributeFactory
    {
        public static readonly DirectAttributes Instance = new();

        public override Lucene.Net.Util.Attribute CreateAttributeInstance<T>()
        {
            var type = typeof(T);
            if (type == typeof(ICharTermAttribute)) return new CharTermAttribute();
            if (type == typeof(IOffsetAttribute)) return new OffsetAttribute();
            if (type == typeof(IPositionIncrementAttribute)) return new PositionIncrementAttribute();
            if (type == typeof(IKeywordAttribute)) return new KeywordAttribute();
            return DEFAULT_ATTRIBUTE_FACTORY.CreateAttributeInstance<T>();
        }
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Search.Core.Documents;

namespace Search.Core.Analysis;

/// <summary>
/// The French analysis chains of the index. Index time and query time both take their analyzers
/// from here, so they can never disagree.
/// <para>
/// Stemmed chain: StandardTokenizer -> dotted acronyms joined (E.P.C.I. -> EPCI) -> elision
/// (l', d', qu'…, both apostrophes) -> lower case -> French stop words -> ASCII folding (so "État"
/// and "Etat", "cœur" and "coeur" meet) -> FrenchMinimalStem (plurals and a final e/r, on words of six letters
/// or more) -> ShortWordStemFilter (the plural s and a feminine e after a vowel on shorter words: "élues" and
/// "élus" meet), except the words of <see cref="StemExceptions"/> ("années" must not become the first name "Anne"). The minimal stemmer is
/// deliberate: the light stemmer merges "fonctionnement" with "fonction" and "départements" with
/// "départ", which are different concepts in public finance.
/// </para>
/// <para>In the text (body fields), each table row is moved away from the rest (<see cref="TableRowGapFilter"/>): a row is a
/// passage of its own.</para>
/// <para>Exact chain: the same without the stemmer, for exact-form boosts, prefixes and typos.</para>
/// <para>At index time a text indexed in both a stemmed and an exact field is analysed once (<see cref="SharedAnalysis"/>):
/// the stemmed field gets the exact chain's tokens through the stemmers, which is what its own chain would produce.</para>
/// </summary>
public static class FrenchAnalyzers
{
    public static LuceneVersion Version => LuceneVersion.LUCENE_48;

    /// <summary>Gap between the values of a multi-valued field (pages): phrases never span two pages.</summary>
    public const int ValueGap = 100;

    /// <summary>The Snowball French stop words, plus "a" (the verb, and "à" typed without its accent).</summary>
    public static CharArraySet StopWords { get; } = BuildStopWords();

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(Version, FrenchAnalyzer.DefaultStopSet, ignoreCase: false);
        set.Add("a");
        return set.AsReadOnly();
    }

    public static Analyzer Stemmed { get; } = new FrenchChain(stem: true);
    public static Analyzer Exact { get; } = new FrenchChain(stem: false);

    /// <summary>The per-field analyzer used by the index writer and the query parser.</summary>
    public static Analyzer ForSchema { get; } = new PerFieldAnalyzerWrapper(
        Stemmed,
        Schema.ExactTextFields.ToDictionary(f => f, _ => Exact));

    /// <summary>The terms a text produces in a field (for tests, diagnostics and query understanding).</summary>
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string text, string field = Schema.Body)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>The terms of a text with their positions (stop words leave gaps), for phrase queries.</summary>
    public static IReadOnlyList<(string Term, int Position)> TermPositions(Analyzer analyzer, string text, string field = Schema.Body)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }
        stream.End();
        return terms;
    }

    /// <summary>What the stemmed chain adds to the exact one: the exact chain's tokens through this are the stemmed chain's.</summary>
    internal static TokenStream Stem(TokenStream exact) => new ShortWordStemFilter(new FrenchMinimalStemFilter(StemExceptions.Apply(exact)));

    private sealed class FrenchChain(bool stem) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            // In every chain (the components of a thread serve every field): only a body text has rows to move.
            var rows = new TableRowGapFilter(source);
            TokenStream result = new AcronymDotFilter(rows);
            result = new ElisionFilter(result, FrenchAnalyzer.DEFAULT_ARTICLES);
            result = new FastLowerCaseFilter(result);
            result = new StopFilter(Version, result, StopWords);
            result = new ASCIIFoldingFilter(result);
            if (stem) result = Stem(result);
            return new TableRowGapFilter.Components(source, result, rows, reader);
        }

        /// <summary>The text's table rows are located before it is read; they reach the filter with the reader (<see cref="TableRowGapFilter"/>).</summary>
        protected override TextReader InitReader(string fieldName, TextReader reader) => TableRowGapFilter.Prepare(fieldName, reader);

        public override int GetPositionIncrementGap(string fieldName) => ValueGap;
        public override int GetOffsetGap(string fieldName) => 1;
    }
}

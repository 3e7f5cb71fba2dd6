using System.Reflection;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Words the stemmers must not merge with an unrelated word (Analysis/Data/stem-exceptions.txt): "années" would
/// otherwise become "anne", the first name. Each line maps forms to the term they are indexed as; the mapped
/// tokens are marked as keywords, so neither stemmer touches them. Forms are folded (lower case, no accents) as
/// the exact chain leaves them before the stemmers run, so the list applies at index and query time alike
/// (<see cref="FrenchAnalyzers.Stem"/>). <c>Bench collisions</c> lists the groups of words merged into one term.
/// </summary>
public static class StemExceptions
{
    /// <summary>The (folded form, indexed term) pairs of the list.</summary>
    public static IReadOnlyList<(string Form, string Term)> Pairs { get; } = Parse(ReadResource());

    /// <summary>Form -> indexed term; the first pair of a form wins, as in Lucene's <see cref="StemmerOverrideFilter.Builder"/>.</summary>
    private static readonly Dictionary<string, string> Map = Build(Pairs);

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Map.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// What Lucene's <see cref="StemmerOverrideFilter"/> (case-sensitive) does with the list: a token that is not a keyword
    /// and is one of the forms becomes its term and a keyword. Looked up in a hash table of strings instead of the
    /// filter's FST (decoded per token, then its output converted from UTF-8): it ran on every token of every stemmed field.
    /// </summary>
    public static TokenStream Apply(TokenStream exact) => new Filter(exact);

    private sealed class Filter : TokenFilter
    {
        private readonly ICharTermAttribute _term;
        private readonly IKeywordAttribute _keyword;

        public Filter(TokenStream input) : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _keyword = AddAttribute<IKeywordAttribute>();
        }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            if (!_keyword.IsKeyword && Lookup.TryGetValue(_term.Buffer.AsSpan(0, _term.Length), out var term))
            {
                _term.SetEmpty().Append(term);
                _keyword.IsKeyword = true;
            }
            return true;
        }
    }

    public static IReadOnlyList<(string Form, string Term)> Parse(string text)
    {
        var pairs = new List<(string, string)>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var sides = line.Split("=>", StringSplitOptions.TrimEntries);
            if (sides.Length != 2) throw new FormatException($"stem exceptions line {number}: expected 'forms => term'.");
            var term = Folded(sides[1], number);
            foreach (var form in sides[0].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                pairs.Add((Folded(form, number), term));
        }
        return pairs;
    }

    private static Dictionary<string, string> Build(IReadOnlyList<(string Form, string Term)> pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, term) in pairs) map.TryAdd(form, term);
        return map;
    }

    /// <summary>A word as the exact chain indexes it ("Années" -> "annees"); a stop word or several words is an error.</summary>
    private static string Folded(string word, int line) =>
        FrenchAnalyzers.Terms(FrenchAnalyzers.Exact, word) is [var one] ? one
            : throw new FormatException($"stem exceptions line {line}: '{word}' is not one indexed word.");

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Search.Core.stem-exceptions.txt")
            ?? throw new InvalidOperationException("The stem exceptions resource is missing from Search.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using System.Reflection;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

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

    private static readonly StemmerOverrideFilter.StemmerOverrideMap Map = Build(Pairs);

    public static TokenStream Apply(TokenStream exact) => new StemmerOverrideFilter(exact, Map);

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

    private static StemmerOverrideFilter.StemmerOverrideMap Build(IReadOnlyList<(string Form, string Term)> pairs)
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var (form, term) in pairs) builder.Add(form, term);
        return builder.Build();
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

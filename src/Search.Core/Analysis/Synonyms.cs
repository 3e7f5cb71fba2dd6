using System.Reflection;

namespace Search.Core.Analysis;

/// <summary>
/// The domain's synonym groups (Analysis/Data/synonyms.txt): acronyms and their expansions, true
/// equivalents, and generic words with the specific ones they cover ("parlementaires > députés, sénateurs":
/// the generic word expands to the specific ones, never the reverse). Each expression is kept with its
/// analysed form (stemmed terms, stop words removed), so matching ignores case, accents, plurals and small words.
/// </summary>
public sealed class Synonyms
{
    /// <param name="Narrower">A specific expression of a generic group: the group's other expressions reach it, a query with it expands to nothing.</param>
    public sealed record Expression(string Text, IReadOnlyList<string> Terms, bool Narrower = false);

    private readonly List<IReadOnlyList<Expression>> _groups = [];

    public IReadOnlyList<IReadOnlyList<Expression>> Groups => _groups;

    /// <summary>Longest expression, in analysed terms.</summary>
    public int MaxTerms { get; private set; }

    public static Synonyms Default { get; } = Parse(ReadResource());

    public static Synonyms Parse(string text)
    {
        var synonyms = new Synonyms();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var sides = line.Split('>', StringSplitOptions.TrimEntries);
            if (sides.Length > 2) throw new FormatException($"synonyms line {number}: one '>' at most (generic > specific, …).");
            var group = sides.SelectMany((side, k) => side.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(e => new Expression(e, FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, e), Narrower: k == 1)))
                .ToList();
            if (group.Count < 2 || group.Any(e => e.Terms.Count == 0) || (sides.Length == 2 && (group.All(e => e.Narrower) || group.All(e => !e.Narrower))))
                throw new FormatException($"synonyms line {number}: a group needs two or more expressions, each with a meaningful word (and one on each side of '>').");
            synonyms._groups.Add(group);
            synonyms.MaxTerms = Math.Max(synonyms.MaxTerms, group.Max(e => e.Terms.Count));
        }
        return synonyms;
    }

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Search.Core.synonyms.txt")
            ?? throw new InvalidOperationException("The synonyms resource is missing from Search.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using System.Reflection;

namespace Search.Core.Analysis;

/// <summary>
/// The domain's synonym groups (Analysis/Data/synonyms.txt): acronyms and their expansions, and a
/// few true equivalents. Each expression is kept with its analysed form (stemmed terms, stop words
/// removed), so matching ignores case, accents, plurals and small words.
/// </summary>
public sealed class Synonyms
{
    public sealed record Expression(string Text, IReadOnlyList<string> Terms);

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
            var group = line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(e => new Expression(e, FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, e)))
                .ToList();
            if (group.Count < 2 || group.Any(e => e.Terms.Count == 0))
                throw new FormatException($"synonyms line {number}: a group needs two or more expressions, each with a meaningful word.");
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

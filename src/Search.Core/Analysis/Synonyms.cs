using System.Reflection;

namespace Search.Core.Analysis;

/// <summary>
/// The domain's synonym groups: acronyms and their expansions, true equivalents, and generic words with the specific
/// ones they cover ("parlementaires > députés, sénateurs": the generic word expands to the specific ones, never the
/// reverse). Production's data is two files of one format, read in this order: Analysis/Data/synonyms.txt and
/// Analysis/Data/glossary.txt (the publishers' terms and the public's words, written from the documents without the
/// judged queries); a group of one that shares an expression with a group of the other is merged with it when a query
/// holds the expression (<see cref="Querying.QueryPlan"/>). Each expression is kept with its analysed form (stemmed terms,
/// stop words removed), so matching ignores case, accents, plurals and small words.
/// </summary>
public sealed class Synonyms
{
    /// <param name="Narrower">A specific expression of a generic group: the group's other expressions reach it, a query with it expands to nothing.</param>
    public sealed record Expression(string Text, IReadOnlyList<string> Terms, bool Narrower = false);

    private readonly List<IReadOnlyList<Expression>> _groups = [];

    // The groups (their numbers, in order) that have an expression of each term sequence, narrower expressions left out.
    private readonly Dictionary<IReadOnlyList<string>, List<int>> _naming = new(TermsComparer.Instance);

    public IReadOnlyList<IReadOnlyList<Expression>> Groups => _groups;

    /// <summary>
    /// The numbers (in <see cref="Groups"/>, ascending) of the groups with an expression, not a narrower one, whose analysed
    /// terms are <paramref name="terms"/>, in order: what a query's words can name, looked up instead of compared with every
    /// expression of every group.
    /// </summary>
    public IReadOnlyList<int> GroupsNaming(IReadOnlyList<string> terms) => _naming.TryGetValue(terms, out var numbers) ? numbers : [];

    /// <summary>Whether two expressions' <see cref="Expression.Terms"/> are the same: the same terms, ordinal, in the same order.</summary>
    public static bool SameTerms(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.Count == b.Count && a.SequenceEqual(b, StringComparer.Ordinal);

    /// <summary>Term sequences compared as <see cref="SameTerms"/> compares them.</summary>
    private sealed class TermsComparer : IEqualityComparer<IReadOnlyList<string>>
    {
        public static readonly TermsComparer Instance = new();

        public bool Equals(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
            ReferenceEquals(a, b) || (a is not null && b is not null && SameTerms(a, b));

        public int GetHashCode(IReadOnlyList<string> terms)
        {
            var hash = new HashCode();
            for (var i = 0; i < terms.Count; i++) hash.Add(terms[i], StringComparer.Ordinal);
            return hash.ToHashCode();
        }
    }

    /// <summary>Longest expression, in analysed terms.</summary>
    public int MaxTerms { get; private set; }

    /// <summary>The text of production's Analysis/Data/synonyms.txt.</summary>
    public static string SynonymsText { get; } = ReadResource("Search.Core.synonyms.txt");

    /// <summary>The text of production's Analysis/Data/glossary.txt.</summary>
    public static string GlossaryText { get; } = ReadResource("Search.Core.glossary.txt");

    /// <summary>Production's data: the synonyms, then the glossary.</summary>
    public static Synonyms Default { get; } = Load(SynonymsText, GlossaryText);

    /// <summary>
    /// The groups of a synonym file and a glossary file given by path, for a tool that measures other data: a null path is
    /// production's file, a glossary "none" is none (<c>Indexer eval --synonyms/--glossary</c>, <c>Bench queries</c>); both null:
    /// <see cref="Default"/>. Throws the file's <see cref="IOException"/>, or a <see cref="FormatException"/> naming the file's kind and line.
    /// </summary>
    public static Synonyms FromFiles(string? synonymsPath, string? glossaryPath)
    {
        if (synonymsPath is null && glossaryPath is null) return Default;
        var synonymsText = synonymsPath is null ? SynonymsText : File.ReadAllText(synonymsPath);
        var glossaryText = glossaryPath switch { null => GlossaryText, "none" => null, _ => File.ReadAllText(glossaryPath) };
        return Load(synonymsText, glossaryText);
    }

    /// <summary>One file's groups (the format of synonyms.txt).</summary>
    public static Synonyms Parse(string text) => Load(text, null);

    /// <summary>
    /// The groups of a synonym file and of a glossary file (null: none), in that order; what the evaluation varies
    /// (<c>Indexer eval --synonyms</c>, <c>--glossary</c>). A line that does not parse is refused with its file and number.
    /// </summary>
    public static Synonyms Load(string synonymsText, string? glossaryText)
    {
        var synonyms = new Synonyms();
        synonyms.Add(synonymsText, "synonyms");
        if (glossaryText is not null) synonyms.Add(glossaryText, "glossary");
        return synonyms;
    }

    private void Add(string text, string file)
    {
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var sides = line.Split('>', StringSplitOptions.TrimEntries);
            if (sides.Length > 2) throw new FormatException($"{file} line {number}: one '>' at most (generic > specific, …).");
            var group = sides.SelectMany((side, k) => side.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(e => new Expression(e, FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, e), Narrower: k == 1)))
                .ToList();
            if (group.Count < 2 || group.Any(e => e.Terms.Count == 0) || (sides.Length == 2 && (group.All(e => e.Narrower) || group.All(e => !e.Narrower))))
                throw new FormatException($"{file} line {number}: a group needs two or more expressions, each with a meaningful word (and one on each side of '>').");
            _groups.Add(group);
            foreach (var e in group.Where(e => !e.Narrower))
            {
                if (!_naming.TryGetValue(e.Terms, out var numbers)) _naming[e.Terms] = numbers = [];
                if (numbers.Count == 0 || numbers[^1] != _groups.Count - 1) numbers.Add(_groups.Count - 1);
            }
            MaxTerms = Math.Max(MaxTerms, group.Max(e => e.Terms.Count));
        }
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from Search.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

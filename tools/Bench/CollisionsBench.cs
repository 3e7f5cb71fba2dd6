using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Index;
using Search.Core.Analysis;
using Search.Core.Documents;

namespace Search.Bench;

/// <summary>
/// <c>Bench collisions &lt;index&gt; [--top N] [--words a,b,…]</c>: the groups of distinct surface words (lower case, accents
/// kept) that folding and stemming merge into one indexed term of the stemmed fields, over the stored titles and texts of an
/// index, most harmful first. A group's harm is the frequency of its second most frequent word times that of its most
/// frequent one (a rare word merged into a frequent one, or two frequent words merged, hurt; a word alone does not).
/// Plurals and feminines of one word are meant to meet: the list is read by a person, who splits the harmful groups
/// with Analysis/Data/stem-exceptions.txt. --words prints the group of each given word.
/// </summary>
public static class CollisionsBench
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: Bench collisions <index> [--top N] [--words a,b,…]");
            return 2;
        }
        var top = int.Parse(args.SkipWhile(a => a != "--top").Skip(1).FirstOrDefault() ?? "40", CultureInfo.InvariantCulture);
        var words = (args.SkipWhile(a => a != "--words").Skip(1).FirstOrDefault() ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        long tokens = 0;
        using (var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(args[1])))
        {
            var live = MultiFields.GetLiveDocs(reader);
            for (var d = 0; d < reader.MaxDoc; d++)
            {
                if (live is not null && !live.Get(d)) continue;
                var doc = reader.Document(d);
                foreach (var text in doc.GetValues(Schema.Title).Concat(doc.GetValues(Schema.Body)))
                    tokens += Count(text, counts);
            }
        }

        var indexed = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<(string Word, long Count)>>(StringComparer.Ordinal);
        foreach (var (word, count) in counts)
        {
            if (FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, word) is not [var term]) continue;
            indexed[word] = term;
            if (!groups.TryGetValue(term, out var members)) groups[term] = members = [];
            members.Add((word, count));
        }
        // Words of one group that are forms of one word (plural, feminine, -aux/-al, -er/-é) make one lexeme; the harm
        // is between lexemes.
        var merged = groups
            .Where(g => g.Value.Count >= 2)
            .Select(g => (Term: g.Key, Lexemes: g.Value
                .GroupBy(m => Lexeme(m.Word))
                .Select(l => l.OrderByDescending(m => m.Count).ThenBy(m => m.Word, StringComparer.Ordinal).ToList())
                .OrderByDescending(l => l.Sum(m => m.Count)).ThenBy(l => l[0].Word, StringComparer.Ordinal)
                .ToList()))
            .Where(g => g.Lexemes.Count >= 2)
            .Select(g => (g.Term, g.Lexemes, Harm: (double)g.Lexemes[0].Sum(m => m.Count) * g.Lexemes[1].Sum(m => m.Count)))
            .OrderByDescending(g => g.Harm).ThenBy(g => g.Term, StringComparer.Ordinal)
            .ToList();

        Console.WriteLine($"index            {args[1]}");
        Console.WriteLine($"tokens           {tokens:N0} (titles and texts, stop words out)");
        Console.WriteLine($"surface words    {counts.Count:N0} distinct, {groups.Count:N0} indexed terms, "
            + $"{groups.Count(g => g.Value.Count >= 2):N0} merging two words or more, {merged.Count:N0} merging two lexemes or more");
        Console.WriteLine();
        Console.WriteLine("harm\tterm\tlexemes | …, words (occurrences)");
        foreach (var g in merged.Take(top)) Console.WriteLine($"{g.Harm:0.00e0}\t{g.Term}\t{string.Join(" | ", g.Lexemes.Select(Describe))}");
        foreach (var word in words)
        {
            var term = FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, word) is [var t] ? t : "(not one term)";
            var rank = merged.FindIndex(g => g.Term == term);
            Console.WriteLine($"{word} -> {term}: {(groups.TryGetValue(term, out var m) ? Describe(m.OrderByDescending(x => x.Count)) : "not in the index")}"
                + (rank >= 0 ? $" (rank {rank + 1})" : ""));
        }
        return 0;
    }

    private static string Describe(IEnumerable<(string Word, long Count)> members) =>
        string.Join(", ", members.Take(6).Select(m => $"{m.Word} ({m.Count:N0})")) + (members.Count() > 6 ? ", …" : "");

    /// <summary>
    /// A rough lemma, only to tell the forms of one word from different words within a group: "-aux" as "-al", without
    /// a final s or x, "-er" as "-é", without one final e and a doubled n, l or t, then folded ("élues" and "élu", "publiées"
    /// and "publier", "annuelle" and "annuel" meet;
    /// "année" gives "anne" and "Anne" gives "ann": they do not).
    /// </summary>
    private static string Lexeme(string word)
    {
        var w = word;
        if (w.EndsWith("aux", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "al";
        else if (w.Length > 3 && w[^1] is 's' or 'x') w = w[..^1];
        if (w.Length > 5 && w.EndsWith("er", StringComparison.Ordinal)) w = w[..^2] + "é";
        if (w.Length > 3 && w[^1] == 'e') w = w[..^1];
        if (w.Length > 4 && w[^1] is 'n' or 'l' or 't' && w[^2] == w[^1]) w = w[..^1];   // "moyenne", "annuelle"
        return Search.Core.Querying.QueryText.Fold(w);
    }

    /// <summary>The surface words of a text: the chain of the index up to the stop words, without folding or stemming.</summary>
    private static long Count(string text, Dictionary<string, long> counts)
    {
        long n = 0;
        using var stream = Surface.GetTokenStream(Schema.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            counts[word] = counts.GetValueOrDefault(word) + 1;
            n++;
        }
        stream.End();
        return n;
    }

    private static readonly Analyzer Surface = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(FrenchAnalyzers.Version, reader);
        TokenStream result = new AcronymDotFilter(source);
        result = new ElisionFilter(result, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new FastLowerCaseFilter(result);
        result = new StopFilter(FrenchAnalyzers.Version, result, FrenchAnalyzers.StopWords);
        return new TokenStreamComponents(source, result);
    });
}

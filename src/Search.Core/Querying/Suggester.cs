using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>A search-as-you-type suggestion.</summary>
/// <param name="Kind">"title" (a document, with its id), "term" (a frequent word completing the last one), or
/// "territory" (with its "level:code" as id).</param>
public sealed record Suggestion(string Kind, string Text, string? Id = null);

/// <summary>
/// Search-as-you-type: document titles whose words start with what was typed, territories whose
/// name starts with it, and frequent indexed words completing the last word. Works on the exact (folded, unstemmed) fields, so accents and
/// case are optional.
/// </summary>
public static class Suggester
{
    public static IReadOnlyList<Suggestion> Suggest(IndexSearcher searcher, string cleanedQuery, int size = 8)
    {
        var words = QueryText.Fold(cleanedQuery).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).ToList();
        if (words.Count == 0 || words[^1].Length < 2) return [];
        var prefix = words[^1];
        var previous = words[..^1];
        var suggestions = new List<Suggestion>();

        // Titles containing every previous word and a word starting with the prefix.
        var titles = new BooleanQuery { { new PrefixQuery(new Term(Schema.TitleExact, prefix)), Occur.MUST } };
        foreach (var word in previous) titles.Add(new TermQuery(new Term(Schema.TitleExact, word)), Occur.MUST);
        var fields = new HashSet<string> { Schema.Id, Schema.Title };
        foreach (var hit in searcher.Search(titles, size / 2 + 1).ScoreDocs)
        {
            var doc = searcher.Doc(hit.Doc, fields);
            suggestions.Add(new Suggestion("title", doc.Get(Schema.Title), doc.Get(Schema.Id)));
        }

        // Frequent words completing the prefix.
        var terms = MultiFields.GetTerms(searcher.IndexReader, Schema.BodyExact);
        if (terms is not null)
        {
            var completions = new List<(string Term, int DocFreq)>();
            var termsEnum = terms.GetEnumerator();
            var start = new BytesRef(prefix);
            if (termsEnum.SeekCeil(start) != TermsEnum.SeekStatus.END)
            {
                var scanned = 0;
                do
                {
                    var term = termsEnum.Term.Utf8ToString();
                    if (!term.StartsWith(prefix, StringComparison.Ordinal)) break;
                    if (term.Length > prefix.Length && !term.Any(char.IsDigit)) completions.Add((term, termsEnum.DocFreq));
                } while (++scanned < 5000 && termsEnum.MoveNext());
            }
            var lead = previous.Count > 0 ? string.Join(' ', previous) + " " : "";
            suggestions.AddRange(completions.OrderByDescending(c => c.DocFreq).ThenBy(c => c.Term, StringComparer.Ordinal)
                .Take(Math.Max(1, size - suggestions.Count))
                .Select(c => new Suggestion("term", lead + c.Term)));
        }
        // Territories whose name starts with what was typed (a territory page or filter to go to).
        if (cleanedQuery.Trim().Length >= 3)
        {
            var territories = Territories.Gazetteer.Default.Suggest(cleanedQuery, 3)
                .Select(t => new Suggestion("territory", Describe(t), t.Key));
            suggestions.InsertRange(Math.Min(suggestions.Count, size / 2), territories);
        }
        return suggestions.Take(size).ToList();
    }

    /// <summary>"Rennes (commune, Ille-et-Vilaine)": the level, and the parent that tells homonyms apart.</summary>
    private static string Describe(Territories.Territory t) =>
        t.Level == Territories.TerritoryLevels.France ? t.Name
        : Territories.Gazetteer.DisplayParent(t) is { } parent
            ? $"{t.Name} ({Territories.TerritoryLevels.Label(t.Level)}, {parent.Name})"
            : $"{t.Name} ({Territories.TerritoryLevels.Label(t.Level)})";
}

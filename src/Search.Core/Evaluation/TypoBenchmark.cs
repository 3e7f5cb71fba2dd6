using System.Globalization;
using System.Text;
using Search.Core.Querying;

namespace Search.Core.Evaluation;

/// <summary>How one typo query was answered against its clean query's answer.</summary>
/// <param name="Top1">The clean query's first hit is the typo query's first hit.</param>
/// <param name="Overlap10">The share of the clean query's first ten hits among the typo query's first ten.</param>
public sealed record TypoOutcome(TypoQuery Query, bool Top1, double Overlap10, bool NoHit, string? Suggestion, string? CleanTop, string? TypoTop);

/// <summary>
/// Measures typo queries without judgements: the clean query's answer is the reference (its first hit, its first ten).
/// A clean query with no hit gives no reference, and its typo queries are left out.
/// </summary>
public static class TypoBenchmark
{
    public static IReadOnlyList<TypoOutcome> Run(SearchService search, IReadOnlyList<TypoQuery> queries)
    {
        var references = new Dictionary<string, IReadOnlyList<SearchHit>>(StringComparer.Ordinal);
        var outcomes = new List<TypoOutcome>();
        foreach (var q in queries)
        {
            if (!references.TryGetValue(q.Clean, out var clean))
                references[q.Clean] = clean = search.Search(new SearchRequest { Query = q.Clean }).Hits;
            if (clean.Count == 0) continue;
            var answer = search.Search(new SearchRequest { Query = q.Typo });
            var typoIds = answer.Hits.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
            outcomes.Add(new TypoOutcome(q, answer.Hits.Count > 0 && answer.Hits[0].Id == clean[0].Id,
                clean.Count(h => typoIds.Contains(h.Id)) / (double)clean.Count, answer.Hits.Count == 0, answer.Suggestion,
                clean[0].Title, answer.Hits.Count > 0 ? answer.Hits[0].Title : null));
        }
        return outcomes;
    }

    /// <summary>Per class and in all: queries, top-1 kept, mean overlap@10, answers with no hit, answers with a suggestion.</summary>
    public static string Report(IReadOnlyList<TypoOutcome> outcomes)
    {
        var sb = new StringBuilder();
        sb.AppendLine("class           queries  top-1   overlap@10  no hit  suggestion");
        void Line(string name, IReadOnlyList<TypoOutcome> rows)
        {
            if (rows.Count == 0) return;
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-15} {rows.Count,7}  {rows.Count(r => r.Top1) / (double)rows.Count,5:0.000}  {rows.Average(r => r.Overlap10),10:0.000}  {rows.Count(r => r.NoHit),6}  {rows.Count(r => r.Suggestion is not null),10}"));
        }
        foreach (var kind in TypoQueries.Classes) Line(kind, outcomes.Where(o => o.Query.Class == kind).ToList());
        Line("all", outcomes);
        return sb.ToString();
    }

    /// <summary>The typo queries whose clean first hit is not first (tuning half only): class, change, suggestion, first hits.</summary>
    public static string Errors(IReadOnlyList<TypoOutcome> outcomes)
    {
        var sb = new StringBuilder();
        foreach (var o in outcomes.Where(o => !o.Top1).OrderBy(o => TypoQueries.Classes.ToList().IndexOf(o.Query.Class)))
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{o.Query.Class}\t{o.Query.Typo}\t[{o.Query.Change}]\tsuggestion: {o.Suggestion ?? "-"}\toverlap {o.Overlap10:0.0}\t{(o.NoHit ? "NO HIT" : "top: " + Short(o.TypoTop))}\tclean top: {Short(o.CleanTop)}"));
        return sb.ToString();
    }

    private static string Short(string? title) => title is null ? "-" : title.Length > 60 ? title[..60] + "…" : title;
}

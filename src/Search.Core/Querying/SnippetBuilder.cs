using System.Net;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Search.Core.Analysis;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// Best passage of a document for a query: matched words wrapped in &lt;mark&gt;, everything else
/// HTML-escaped (SimpleHTMLEncoder: the default encoder does not escape, which would be an XSS hole).
/// Pages are highlighted one by one, so the passage knows its page.
/// </summary>
public static class SnippetBuilder
{
    private const int FragmentSize = 220;
    private const int MaxCharsAnalysed = 400_000;

    public static (string Html, int? Page) Build(Query? query, IReadOnlyList<string> pages, string? fallback)
    {
        if (query is not null && pages.Count > 0)
        {
            var scorer = new QueryScorer(query, Schema.Body);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
                MaxDocCharsToAnalyze = MaxCharsAnalysed,
            };
            TextFragment? best = null;
            var bestPage = 0;
            var budget = MaxCharsAnalysed;
            for (var i = 0; i < pages.Count && budget > 0; i++)
            {
                var text = pages[i];
                if (text.Length == 0) continue;
                budget -= text.Length;
                using var tokens = FrenchAnalyzers.ForSchema.GetTokenStream(Schema.Body, text);
                var fragments = highlighter.GetBestTextFragments(tokens, text, false, 1);
                var top = fragments.FirstOrDefault(f => f is not null && f.Score > 0);
                if (top is not null && (best is null || top.Score > best.Score))
                {
                    best = top;
                    bestPage = i + 1;
                }
            }
            if (best is not null) return (Ellipsis(best.ToString().Trim()), bestPage);
        }

        var plain = !string.IsNullOrWhiteSpace(fallback) ? fallback! : pages.FirstOrDefault(p => p.Length > 0) ?? "";
        return (WebUtility.HtmlEncode(Shorten(plain)), null);
    }

    private static string Ellipsis(string fragment) =>
        fragment.Length == 0 ? fragment : $"… {string.Join(' ', fragment.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))} …";

    private static string Shorten(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= FragmentSize) return text;
        var cut = text.LastIndexOf(' ', FragmentSize);
        return text[..(cut > 0 ? cut : FragmentSize)] + " …";
    }
}

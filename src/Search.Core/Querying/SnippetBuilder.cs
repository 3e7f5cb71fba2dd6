using System.Text;
using ICU4N.Text;
using Lucene.Net.Search;
using Lucene.Net.Search.PostingsHighlight;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// Best passage of each hit for a query, from the offsets stored in the body's postings (no
/// re-analysis of the text, so long PDFs cost little). Matched words are wrapped in &lt;mark&gt; and
/// everything else is HTML-escaped. The pages of a document are the values of the body field,
/// joined by a paragraph separator, so a passage knows its page.
/// </summary>
public static class SnippetBuilder
{
    public const int MaxSnippetLength = 260;

    /// <summary>Passages kept per hit: the best one, and up to two more.</summary>
    public const int MaxPassages = 3;
    private const char PageSeparator = '\u2029';

    /// <summary>One snippet per document, in the order of <paramref name="docIds"/>.</summary>
    /// <param name="pages">The stored pages of each document when the caller has read them already (else read here).</param>
    public static IReadOnlyList<Snippet?> Build(IndexSearcher searcher, Query? query, int[] docIds, IReadOnlyDictionary<int, string[]>? pages = null)
    {
        var result = new Snippet?[docIds.Length];
        if (query is null || docIds.Length == 0) return result;
        var highlights = new PageHighlighter(pages).Highlight(query, searcher, docIds);
        var values = highlights[Schema.Body];
        for (var i = 0; i < docIds.Length; i++) result[i] = values[i] as Snippet;
        return result;
    }

    /// <summary>A snippet built without a query: the summary, else the start of the text, escaped.</summary>
    public static Snippet Plain(SearchDocument doc)
    {
        var text = !string.IsNullOrWhiteSpace(doc.Summary) ? doc.Summary! : doc.Pages.FirstOrDefault(p => p.Length > 0) ?? "";
        text = CollapseSpaces(text);
        if (text.Length > MaxSnippetLength)
        {
            var cut = text.LastIndexOf(' ', MaxSnippetLength);
            text = text[..(cut > 0 ? cut : MaxSnippetLength)] + " …";
        }
        return new Snippet(Escape(text), null);
    }

    /// <summary>Escapes the five HTML-significant characters and nothing else (accents stay readable).</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    private static string CollapseSpaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed class PageHighlighter(IReadOnlyDictionary<int, string[]>? pages) : ICUPostingsHighlighter(maxLength: MaxLength)
    {
        private const int MaxLength = 4_000_000;

        /// <summary>The body as the stored-fields reader would give it (pages joined by the separator, cut at the maximum
        /// length), from pages already read: each hit's stored fields are decompressed once, not twice.</summary>
        protected override IList<string[]> LoadFieldValues(IndexSearcher searcher, string[] fields, int[] docids, int maxLength)
        {
            if (pages is null || fields is not [Schema.Body] || !docids.All(pages.ContainsKey)) return base.LoadFieldValues(searcher, fields, docids, maxLength);
            var joined = new string[docids.Length];
            for (var i = 0; i < docids.Length; i++)
            {
                // One page (every HTML document) within the maximum: the page itself, not a copy.
                if (pages[docids[i]] is [var only] && only.Length <= maxLength)
                {
                    joined[i] = only;
                    continue;
                }
                var sb = new StringBuilder();
                foreach (var value in pages[docids[i]])
                {
                    if (sb.Length > 0 && sb.Length < maxLength) sb.Append(PageSeparator);
                    if (sb.Length + value.Length > maxLength) sb.Append(value, 0, Math.Max(0, maxLength - sb.Length));
                    else sb.Append(value);
                }
                joined[i] = sb.ToString();
            }
            return [joined];
        }

        public IDictionary<string, object[]> Highlight(Query query, IndexSearcher searcher, int[] docIds) =>
            HighlightFieldsAsObjects([Schema.Body], query, searcher, docIds, [MaxPassages]);

        protected override PassageFormatter GetFormatter(string field) => new MarkFormatter();
        protected override char GetMultiValuedSeparator(string field) => PageSeparator;
        protected override BreakIterator GetBreakIterator(string field) => new SentenceBreaks();
        // No match in the body (a title-only match): no passage, the caller falls back on the summary.
        protected override Passage[] GetEmptyHighlight(string fieldName, BreakIterator bi, int maxPassages) => [];
    }

    /// <summary>Formats the best passage: a window of at most <see cref="MaxSnippetLength"/> characters around its matches.</summary>
    private sealed class MarkFormatter : PassageFormatter
    {
        public override object? Format(Passage[] passages, string content)
        {
            // Passages come in document order: the best one leads, the others follow as extra passages.
            var ranked = passages.Where(p => p.NumMatches > 0).OrderByDescending(p => p.Score).Select(p => FormatOne(p, content)).ToList();
            return ranked.Count == 0 ? null : ranked[0] with { Others = ranked.Skip(1).ToList() };
        }

        private static Snippet FormatOne(Passage passage, string content)
        {
            var matchStarts = passage.MatchStarts.Take(passage.NumMatches).ToArray();
            var matchEnds = passage.MatchEnds.Take(passage.NumMatches).ToArray();
            var (start, end) = Window(passage.StartOffset, passage.EndOffset, matchStarts[0], content);
            var page = 1;
            for (var i = 0; i < start; i++) if (content[i] == PageSeparator) page++;

            var sb = new StringBuilder();
            if (start > 0 && content[start - 1] != PageSeparator) sb.Append("… ");
            var pos = start;
            for (var m = 0; m < matchStarts.Length; m++)
            {
                var ms = Math.Max(matchStarts[m], pos);
                var me = Math.Min(matchEnds[m], end);
                if (ms >= end) break;
                if (me <= ms) continue;
                Append(sb, content, pos, ms);
                sb.Append("<mark>");
                Append(sb, content, ms, me);
                sb.Append("</mark>");
                pos = me;
            }
            Append(sb, content, pos, end);
            if (end < content.Length && content[end] != PageSeparator) sb.Append(" …");
            return new Snippet(CollapseSpaces(sb.ToString()), page);
        }

        /// <summary>The passage itself if short, else a window starting a little before the first match, cut at spaces.</summary>
        private static (int Start, int End) Window(int start, int end, int firstMatch, string content)
        {
            if (end - start <= MaxSnippetLength) return (start, end);
            var from = Math.Max(start, firstMatch - MaxSnippetLength / 4);
            if (from > start)
            {
                var space = content.IndexOf(' ', from, Math.Min(20, firstMatch - from));
                if (space >= 0) from = space + 1;
            }
            var to = Math.Min(end, from + MaxSnippetLength);
            if (to < end)
            {
                var space = content.LastIndexOf(' ', to - 1, Math.Min(30, to - from));
                if (space > firstMatch) to = space;
            }
            return (from, to);
        }

        private static void Append(StringBuilder sb, string content, int from, int to)
        {
            if (to > from) sb.Append(Escape(content[from..to].Replace(PageSeparator, ' ')));
        }
    }
}

/// <summary>A snippet: HTML with matches in &lt;mark&gt;, and the 1-based page of the passage (PDF).</summary>
public sealed record Snippet(string Html, int? Page)
{
    /// <summary>The next best passages of the same document, best first.</summary>
    public IReadOnlyList<Snippet> Others { get; init; } = [];
}

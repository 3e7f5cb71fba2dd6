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
    internal const char PageSeparator = '\u2029';

    /// <summary>One snippet per document, in the order of <paramref name="docIds"/>.</summary>
    /// <param name="pages">The stored pages of each document when the caller has read them already (else read here).</param>
    public static IReadOnlyList<Snippet?> Build(IndexSearcher searcher, Query? query, int[] docIds, IReadOnlyDictionary<int, string[]>? pages = null)
    {
        var result = new Snippet?[docIds.Length];
        if (query is null || docIds.Length == 0) return result;
        var values = new PageHighlighter(pages, new MarkFormatter(), () => new SentenceBreaks()).Highlight(query, searcher, docIds, MaxPassages);
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
        if (text.AsSpan().IndexOfAny(HtmlSignificant) < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        AppendEscaped(sb, text, 0, text.Length, pageSeparatorAsSpace: false);
        return sb.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> HtmlSignificant = System.Buffers.SearchValues.Create("&<>\"'");

    /// <summary>Appends text[from..to] escaped as <see cref="Escape"/> does; in a highlighted page, the page separator
    /// as a space.</summary>
    private static void AppendEscaped(StringBuilder sb, string text, int from, int to, bool pageSeparatorAsSpace)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case PageSeparator when pageSeparatorAsSpace: sb.Append(' '); break;
                default: sb.Append(c); break;
            }
        }
    }

    /// <summary>The words of <paramref name="text"/> (split at white space) joined by single spaces.</summary>
    private static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pending = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pending = sb.Length > 0;
                continue;
            }
            if (pending) sb.Append(' ');
            pending = false;
            sb.Append(c);
        }
        return sb.Equals(text.AsSpan()) ? text : sb.ToString();
    }

    /// <summary>
    /// Every page of one document where the query's words are, each match in &lt;mark&gt; and the rest escaped, with
    /// its number of matches: the matches are those of the index (the same analysis as the search, so stems
    /// and synonyms match), read from the offsets in the body's postings. Pages without a match are left out.
    /// </summary>
    public static IReadOnlyList<HighlightedPage> Pages(IndexSearcher searcher, Query query, int docId, IReadOnlyList<string> pages)
    {
        if (pages.Count == 0) return [];
        var stored = new Dictionary<int, string[]> { [docId] = pages as string[] ?? pages.ToArray() };
        var values = new PageHighlighter(stored, new PagesFormatter(), () => new PageBreaks()).Highlight(query, searcher, [docId], pages.Count);
        return values[0] as IReadOnlyList<HighlightedPage> ?? [];
    }

    /// <param name="pages">The stored pages of each document when the caller has read them already (else read here).</param>
    /// <param name="formatter">What a document's passages become.</param>
    /// <param name="breaks">The passage boundaries (a new iterator per call: they hold the text).</param>
    private sealed class PageHighlighter(IReadOnlyDictionary<int, string[]>? pages, PassageFormatter formatter, Func<BreakIterator> breaks)
        : ICUPostingsHighlighter(maxLength: MaxLength)
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
                var values = pages[docids[i]];
                for (var v = 0; v < values.Length; v++)
                {
                    var value = values[v];
                    // A separator after every page, empty ones included: the index counts their offsets so.
                    if (v > 0 && sb.Length < maxLength) sb.Append(PageSeparator);
                    if (sb.Length + value.Length > maxLength) sb.Append(value, 0, Math.Max(0, maxLength - sb.Length));
                    else sb.Append(value);
                }
                joined[i] = sb.ToString();
            }
            return [joined];
        }

        /// <summary>The formatted highlight of each document of <paramref name="docIds"/>, in their order.</summary>
        public object[] Highlight(Query query, IndexSearcher searcher, int[] docIds, int maxPassages) =>
            HighlightFieldsAsObjects([Schema.Body], query, searcher, docIds, [maxPassages])[Schema.Body];

        protected override PassageFormatter GetFormatter(string field) => formatter;
        protected override char GetMultiValuedSeparator(string field) => PageSeparator;
        protected override BreakIterator GetBreakIterator(string field) => breaks();
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
            // The page: 1 + the separators before the window (a vectorised count, not a loop over every character).
            var page = 1 + content.AsSpan(0, start).Count(PageSeparator);

            var sb = new StringBuilder();
            if (start > 0 && content[start - 1] != PageSeparator) sb.Append("… ");
            AppendMarked(sb, content, start, end, matchStarts, matchEnds);
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

    }

    /// <summary>Each passage is a page (see <see cref="PageBreaks"/>): the whole page, every match marked.</summary>
    private sealed class PagesFormatter : PassageFormatter
    {
        public override object Format(Passage[] passages, string content)
        {
            var pages = new List<HighlightedPage>();
            var number = 1;
            var counted = 0;
            foreach (var passage in passages.Where(p => p.NumMatches > 0).OrderBy(p => p.StartOffset))
            {
                for (; counted < passage.StartOffset; counted++) if (content[counted] == PageSeparator) number++;
                var start = passage.StartOffset;
                var end = passage.EndOffset;
                if (end > start && content[end - 1] == PageSeparator) end--;
                var sb = new StringBuilder(end - start + 64);
                var marked = AppendMarked(sb, content, start, end, passage.MatchStarts.Take(passage.NumMatches).ToArray(), passage.MatchEnds.Take(passage.NumMatches).ToArray());
                if (marked > 0) pages.Add(new HighlightedPage(number, sb.ToString(), marked));
            }
            return pages;
        }
    }

    /// <summary>
    /// Appends content[start..end] escaped, the matches (in offset order) wrapped in &lt;mark&gt;; overlapping matches
    /// (a word and its synonym at the same place) are marked once. Returns the number of marks.
    /// </summary>
    private static int AppendMarked(StringBuilder sb, string content, int start, int end, int[] matchStarts, int[] matchEnds)
    {
        var pos = start;
        var marks = 0;
        for (var m = 0; m < matchStarts.Length; m++)
        {
            var ms = Math.Max(matchStarts[m], pos);
            var me = Math.Min(matchEnds[m], end);
            if (ms >= end) break;
            if (me <= ms) continue;
            AppendEscaped(sb, content, pos, ms, pageSeparatorAsSpace: true);
            sb.Append("<mark>");
            AppendEscaped(sb, content, ms, me, pageSeparatorAsSpace: true);
            sb.Append("</mark>");
            pos = me;
            marks++;
        }
        AppendEscaped(sb, content, pos, end, pageSeparatorAsSpace: true);
        return marks;
    }
}

/// <summary>A page of a document with the query's matches in &lt;mark&gt; (the rest escaped), and how many there are.</summary>
/// <param name="Number">1-based page number.</param>
public sealed record HighlightedPage(int Number, string Html, int Matches);

/// <summary>A snippet: HTML with matches in &lt;mark&gt;, and the 1-based page of the passage (PDF).</summary>
public sealed record Snippet(string Html, int? Page)
{
    /// <summary>The next best passages of the same document, best first.</summary>
    public IReadOnlyList<Snippet> Others { get; init; } = [];
}

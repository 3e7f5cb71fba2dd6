using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Search.Pipeline.Extraction;

/// <summary>
/// HTML extraction with AngleSharp: charset detection (BOM, meta, strict UTF-8, windows-1252), main
/// content without navigation/cookie banners, tables as "cell | cell" rows, and declared metadata
/// (title, Dublin Core, citation_*, Open Graph, JSON-LD, &lt;time&gt;, canonical URL, language).
/// </summary>
public sealed partial class HtmlExtractor : IContentExtractor
{
    static HtmlExtractor() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string[] Extensions = [".html", ".htm", ".xhtml"];

    private const string RemovedEverywhere =
        "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, nav, aside, " +
        "[role=navigation], [role=search], [hidden], [aria-hidden=true], dialog";

    /// <summary>
    /// The selectors of the extraction, parsed once. A query by selector text asks the document's context for its selector
    /// parser and looks the text up in that parser's cache under a process-wide lock, for every query of every page: the
    /// ingest threads queued on it. Matching is AngleSharp's own, over the same descendants in the same order (none of these
    /// selectors uses <c>:scope</c>, the only thing the text queries' scope element changes).
    /// </summary>
    private static class Selectors
    {
        private static readonly CssSelectorParser Parser = new();
        private static ISelector Parse(string text) => Parser.ParseSelector(text) ?? throw new InvalidOperationException($"bad selector: {text}");

        public static readonly ISelector Meta = Parse("meta");
        public static readonly ISelector TimeWithDatetime = Parse("time[datetime]");
        public static readonly ISelector H1 = Parse("h1");
        public static readonly ISelector HeadTitle = Parse("head title");
        public static readonly ISelector Canonical = Parse("link[rel=canonical]");
        public static readonly ISelector Main = Parse("main, [role=main]");
        public static readonly ISelector Article = Parse("article");
        public static readonly ISelector Removed = Parse(RemovedEverywhere);
        public static readonly ISelector PageFrame = Parse("header, footer, [role=banner], [role=contentinfo]");
        public static readonly ISelector Any = Parse("*");
        public static readonly ISelector JsonLd = Parse("script[type='application/ld+json']");
    }

    /// <summary>The descendants of <paramref name="node"/> matching <paramref name="selector"/>, in document order.</summary>
    private static IHtmlCollection<IElement> All(INode node, ISelector selector) => node.ChildNodes.QuerySelectorAll(selector);

    /// <summary>The first descendant of <paramref name="node"/> (depth first, in document order) matching <paramref name="selector"/>.</summary>
    private static IElement? First(INode node, ISelector selector) => node.ChildNodes.QuerySelector(selector);

    private static readonly string[] BannerWords = ["cookie", "consent", "banner", "bandeau", "rgpd", "tarteaucitron", "gdpr"];
    private static readonly string[] CrumbWords = ["breadcrumb", "ariane", "fil-d-ariane", "crumbs"];

    public bool CanExtract(string path)
    {
        if (Extensions.Contains(Path.GetExtension(path).ToLowerInvariant())) return true;
        try
        {
            using var fs = File.OpenRead(path);
            var buffer = new byte[512];
            var n = fs.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var head = Encoding.Latin1.GetString(buffer, 0, n).TrimStart('\uFEFF', ' ', '\r', '\n', '\t').ToLowerInvariant();
            return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal);
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    public ExtractedContent Extract(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path)) throw new ExtractionException($"File not found: {path}");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExtractionException($"Cannot read HTML file ({ex.Message}): {Path.GetFileName(path)}", ex);
        }
        if (bytes.Length == 0) throw new ExtractionException($"Empty HTML file: {Path.GetFileName(path)}");
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) == 0)
            throw new ExtractionException($"Not an HTML file (PDF content): {Path.GetFileName(path)}");
        cancellationToken.ThrowIfCancellationRequested();
        var warnings = new List<string>();
        var html = Decode(bytes, warnings, out _);
        return ExtractFromString(html, warnings);
    }

    /// <summary>Decodes HTML bytes: BOM, then a declared charset (meta charset / http-equiv), then strict UTF-8, else windows-1252.</summary>
    public static string Decode(byte[] bytes, List<string>? warnings, out Encoding encoding)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) { encoding = Encoding.UTF8; return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3); }
        if (span.StartsWith(new byte[] { 0xFF, 0xFE })) { encoding = Encoding.Unicode; return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2); }
        if (span.StartsWith(new byte[] { 0xFE, 0xFF })) { encoding = Encoding.BigEndianUnicode; return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2); }

        var strictUtf8 = new UTF8Encoding(false, true);
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 8192));
        var declared = DeclaredCharset(head);
        if (declared is not null)
        {
            var enc = ResolveEncoding(declared);
            if (enc is null) warnings?.Add($"unknown declared charset '{declared}'");
            else if (enc.CodePage == Encoding.UTF8.CodePage)
            {
                try { encoding = Encoding.UTF8; return strictUtf8.GetString(bytes); }
                catch (DecoderFallbackException)
                {
                    warnings?.Add("declared UTF-8 but bytes are not valid UTF-8: decoded as windows-1252");
                    encoding = Encoding.GetEncoding(1252);
                    return encoding.GetString(bytes);
                }
            }
            else
            {
                // A page declared Latin-1/windows-1252 whose non-ASCII bytes are all valid UTF-8 sequences was
                // saved as UTF-8 later (a declaration left behind): UTF-8 is then far more likely than mojibake.
                if (enc.IsSingleByte && span.ContainsAnyInRange((byte)0x80, (byte)0xFF))
                {
                    try
                    {
                        var text = strictUtf8.GetString(bytes);
                        warnings?.Add($"declared {declared} but the bytes are valid UTF-8: decoded as UTF-8");
                        encoding = Encoding.UTF8;
                        return text;
                    }
                    catch (DecoderFallbackException) { /* really single-byte */ }
                }
                encoding = enc;
                return enc.GetString(bytes);
            }
        }
        try { encoding = Encoding.UTF8; return strictUtf8.GetString(bytes); }
        catch (DecoderFallbackException)
        {
            encoding = Encoding.GetEncoding(1252);
            return encoding.GetString(bytes);
        }
    }

    private static string? DeclaredCharset(string head)
    {
        foreach (Match m in MetaTag().Matches(head))
        {
            var c = CharsetInMeta().Match(m.Value);
            if (c.Success) return c.Groups[1].Value.Trim().ToLowerInvariant();
        }
        var xml = XmlEncoding().Match(head);
        return xml.Success ? xml.Groups[1].Value.ToLowerInvariant() : null;
    }

    private static Encoding? ResolveEncoding(string name)
    {
        // As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252.
        if (name is "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "iso_8859-1" or "cp1252")
            return Encoding.GetEncoding(1252);
        if (name is "utf8") return Encoding.UTF8;
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>Extraction from an already decoded document.</summary>
    public ExtractedContent ExtractFromString(string html, List<string>? warnings = null) =>
        // One parser per thread: building one (its configuration and context) cost as much as parsing a page.
        ExtractWith(t_parser ??= new HtmlParser(ParserOptions), html, warnings);

    /// <summary>The extraction with a given parser (tests compare <see cref="ParserOptions"/> with AngleSharp's defaults).</summary>
    internal static ExtractedContent ExtractWith(HtmlParser parser, string html, List<string>? warnings = null)
    {
        warnings ??= [];
        HtmlGuard.Check(html);
        var doc = parser.ParseDocument(html);

        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in All(doc, Selectors.Meta))
        {
            var key = m.GetAttribute("name") ?? m.GetAttribute("property") ?? m.GetAttribute("itemprop");
            var value = m.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(value)) continue;
            meta.TryAdd(key.Trim(), value.Trim());
        }
        string? Meta(params string[] keys) => keys.Select(k => meta.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

        var root = FindMainRoot(doc);
        var timeInMain = (root is null ? null : First(root, Selectors.TimeWithDatetime))?.GetAttribute("datetime");
        var jsonLdDate = JsonLdDatePublished(doc, warnings);
        if (root is not null) Clean(root, isBody: root is IHtmlBodyElement);

        var heading = root is not null && First(root, Selectors.H1) is { } h1 ? TextNormalizer.Normalize(h1.TextContent).Replace('\n', ' ') : null;
        if (string.IsNullOrWhiteSpace(heading)) heading = null;

        var text = root is null ? "" : Render(root);
        var assessment = TextQualityHeuristics.Assess(text);
        var usable = text.Length > 0 && assessment.Usable;
        if (!usable) warnings.Add($"no usable text in the main content ({assessment.Reason})");

        var titleTag = First(doc, Selectors.HeadTitle)?.TextContent ?? doc.Title;
        // As declared, most trusted first: the metadata stage rejects junk and picks.
        string?[] titles = [Meta("citation_title"), Meta("DC.title", "DCTERMS.title", "dc.title", "dcterms.title"), Meta("og:title", "twitter:title")];

        var description = Meta("description", "og:description", "DC.description", "DCTERMS.description", "DCTERMS.abstract", "citation_abstract", "twitter:description");
        if (description is not null) description = TextNormalizer.Normalize(description).Replace('\n', ' ');

        string?[] publishers = [Meta("DC.publisher", "DCTERMS.publisher"), Meta("citation_publisher"), Meta("author", "DC.creator", "DCTERMS.creator", "citation_author")];

        var date = ParseDate(Meta("DC.date", "DCTERMS.issued", "DC.date.issued", "dcterms.date", "citation_publication_date", "citation_date", "article:published_time", "datePublished"))
                   ?? ParseDate(jsonLdDate)
                   ?? ParseDate(timeInMain);

        var canonical = First(doc, Selectors.Canonical)?.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(canonical)) canonical = Meta("og:url");

        var lang = doc.DocumentElement?.GetAttribute("lang") ?? doc.DocumentElement?.GetAttribute("xml:lang");
        lang = string.IsNullOrWhiteSpace(lang) ? null : lang.Trim().Split('-', '_')[0].ToLowerInvariant();

        return new ExtractedContent
        {
            Format = "html",
            Pages = [usable ? text : ""],
            PagesWithoutText = usable ? [] : [1],
            Quality = usable ? TextQuality.Ok : TextQuality.NoText,
            DeclaredTitles = [.. titles.OfType<string>()],
            PageTitle = string.IsNullOrWhiteSpace(titleTag) ? null : titleTag,
            HeadingTitle = heading,
            Description = string.IsNullOrWhiteSpace(description) ? null : description,
            DeclaredPublishers = [.. publishers.OfType<string>()],
            SiteName = Meta("og:site_name"),
            DeclaredDate = date,
            CanonicalUrl = string.IsNullOrWhiteSpace(canonical) ? null : canonical,
            Language = lang,
            Warnings = warnings,
        };
    }

    [ThreadStatic] private static HtmlParser? t_parser;

    /// <summary>
    /// What the extraction needs of AngleSharp's parser, and no more: no line/column tracking (nothing reads source
    /// positions; the tokenizer otherwise counts every character and stacks the column of every line), and no comment
    /// nodes (neither the rendered text nor any <c>TextContent</c> includes comments, and a comment never changes the
    /// tree's construction). An attribute filter (<c>ShouldEmitAttribute</c>) was measured and left out: with any filter set,
    /// even one keeping everything, AngleSharp 1.10.3 allocated 12 % more per page (docs/BENCHMARKS.md, seventh session).
    /// </summary>
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        DisableElementPositionTracking = true,
        SkipComments = true,
    };

    private static IElement? FindMainRoot(IDocument doc)
    {
        var mains = All(doc, Selectors.Main).ToList();
        if (mains.Count == 1) return mains[0];
        if (mains.Count > 0) return mains.OrderByDescending(e => e.TextContent.Length).First();
        var articles = All(doc, Selectors.Article).ToList();
        if (articles.Count == 1) return articles[0];
        if (articles.Count > 1)
        {
            // Several articles (a list page): their common content is the body.
            var biggest = articles.OrderByDescending(a => a.TextContent.Length).First();
            var total = articles.Sum(a => a.TextContent.Length);
            if (biggest.TextContent.Length > total * 0.7) return biggest;
        }
        return doc.Body ?? doc.DocumentElement;
    }

    private static void Clean(IElement root, bool isBody)
    {
        foreach (var e in All(root, Selectors.Removed).ToList()) e.Remove();
        if (isBody)
        {
            foreach (var e in All(root, Selectors.PageFrame).ToList())
            {
                if (!HasAncestor(e, root, a => a.LocalName is "article" or "main")) e.Remove();
            }
        }
        foreach (var e in All(root, Selectors.Any).ToList())
        {
            if (e.Parent is null) continue; // already removed with an ancestor
            var id = e.Id;
            var className = e.ClassName;
            var label = e.GetAttribute("aria-label");
            // Without id, class or label there is nothing to look at (the words below never match blanks).
            var idClass = string.IsNullOrEmpty(id) && string.IsNullOrEmpty(className) && string.IsNullOrEmpty(label)
                ? "" : ((id ?? "") + " " + (className ?? "") + " " + (label ?? "")).ToLowerInvariant();
            if (idClass.Length > 1 && e.LocalName is not ("main" or "article" or "body" or "html")
                && (BannerWords.Any(idClass.Contains) || CrumbWords.Any(idClass.Contains) || idClass.Contains("fil d'ariane")
                    || idClass.Contains("skiplink") || idClass.Contains("skip-link") || idClass.Contains("evitement")))
            {
                e.Remove();
                continue;
            }
            if (e.LocalName == "a" && (e.GetAttribute("href") ?? "").StartsWith('#') && SkipLinkText().IsMatch(e.TextContent))
                e.Remove();
        }
    }

    private static bool HasAncestor(IElement e, IElement stop, Func<IElement, bool> predicate)
    {
        for (var p = e.ParentElement; p is not null && p != stop; p = p.ParentElement)
            if (predicate(p)) return true;
        return false;
    }

    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "section", "article", "main", "header", "footer", "ul", "ol", "dl", "dd", "dt", "li", "blockquote",
        "pre", "figure", "figcaption", "address", "fieldset", "details", "summary", "hr", "center", "body",
    ];

    private static string Render(IElement root)
    {
        var sb = new StringBuilder();
        RenderNode(root, sb);
        // The whole text at once: what normalising each line and collapsing the joined lines gave (every step of
        // Normalize keeps newlines and acts within a line), without a string, a builder and a pooled buffer per line.
        return TextNormalizer.Normalize(sb.ToString());
    }

    private static void RenderNode(INode node, StringBuilder sb)
    {
        switch (node)
        {
            case IText t:
                sb.Append(t.Data);
                return;
            case IElement e:
                var name = e.LocalName;
                if (name is "table") { RenderTable(e, sb); return; }
                if (name is "br") { sb.Append('\n'); return; }
                if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                {
                    sb.Append("\n\n");
                    sb.Append(InlineText(e));
                    sb.Append("\n\n");
                    return;
                }
                if (name is "img")
                {
                    return;
                }
                var block = BlockElements.Contains(name);
                if (block) sb.Append(name is "p" ? "\n\n" : "\n");
                foreach (var child in e.ChildNodes) RenderNode(child, sb);
                if (block) sb.Append(name is "p" ? "\n\n" : "\n");
                return;
        }
    }

    private static string InlineText(IElement e) => Whitespace().Replace(TextContent(e), " ").Trim();

    /// <summary>
    /// What <see cref="INode.TextContent"/> gives for an element (its descendant text nodes, in order), without
    /// AngleSharp's shared, locked builder pool, which both ingest threads queued on.
    /// </summary>
    private static string TextContent(IElement e)
    {
        var sb = new StringBuilder();
        AppendText(e, sb);
        return sb.ToString();

        static void AppendText(INode node, StringBuilder sb)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text) sb.Append(text.Data);
                else if (child.HasChildNodes) AppendText(child, sb);
            }
        }
    }

    /// <summary>
    /// The descendant elements named <paramref name="localName"/>, in document order: what QuerySelectorAll with a
    /// type selector gives, without parsing the selector (and taking AngleSharp's selector-cache lock) per table cell.
    /// </summary>
    private static IEnumerable<IElement> Descendants(IElement root, string localName)
    {
        var stack = new Stack<IElement>();
        PushChildren(root, stack);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.LocalName == localName) yield return e;
            PushChildren(e, stack);
        }

        static void PushChildren(IElement e, Stack<IElement> stack)
        {
            var nodes = e.ChildNodes;
            for (var k = nodes.Length - 1; k >= 0; k--)
            {
                if (nodes[k] is IElement child) stack.Push(child);
            }
        }
    }

    private static void RenderTable(IElement table, StringBuilder sb)
    {
        sb.Append('\n');
        var caption = Descendants(table, "caption").FirstOrDefault();
        if (caption is not null) sb.Append(InlineText(caption)).Append('\n');
        foreach (var row in Descendants(table, "tr").ToList())
        {
            // Rows of nested tables are handled by their own table: skip them here.
            if (!ReferenceEquals(ClosestTable(row), table)) continue;
            var cells = row.Children.Where(c => c.LocalName is "td" or "th")
                .Select(c => !Descendants(c, "table").Any() ? InlineText(c) : RenderNested(c))
                .Where(c => c.Length > 0)
                .ToList();
            if (cells.Count == 0) continue;
            sb.Append(string.Join(" | ", cells)).Append('\n');
        }
        sb.Append('\n');
    }

    private static string RenderNested(IElement cell)
    {
        var sb = new StringBuilder();
        foreach (var child in cell.ChildNodes) RenderNode(child, sb);
        return Whitespace().Replace(sb.ToString(), " ").Trim();
    }

    private static IElement? ClosestTable(IElement e)
    {
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
            if (p.LocalName == "table") return p;
        return null;
    }

    /// <summary>ISO-like dates: yyyy-MM-dd, yyyy-MM-ddTHH:mm..., yyyy-MM (first day), dd/MM/yyyy. A year alone gives null.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        var iso = IsoDate().Match(v);
        if (iso.Success)
        {
            var y = int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture);
            var m = int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture);
            var d = iso.Groups[3].Success ? int.Parse(iso.Groups[3].Value, CultureInfo.InvariantCulture) : 1;
            return Valid(y, m, d);
        }
        var fr = FrenchNumericDate().Match(v);
        if (fr.Success)
            return Valid(int.Parse(fr.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(fr.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(fr.Groups[1].Value, CultureInfo.InvariantCulture));
        return null;

        static DateOnly? Valid(int y, int m, int d) =>
            y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    private static string? JsonLdDatePublished(IDocument doc, List<string> warnings)
    {
        foreach (var script in All(doc, Selectors.JsonLd))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                var found = FindProperty(json.RootElement, "datePublished", 0) ?? FindProperty(json.RootElement, "dateCreated", 0);
                if (found is not null) return found;
            }
            catch (JsonException)
            {
                warnings.Add("malformed JSON-LD block ignored");
            }
        }
        return null;
    }

    private static string? FindProperty(JsonElement e, string name, int depth)
    {
        if (depth > 32) return null;
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                    if (p.NameEquals(name) && p.Value.ValueKind == JsonValueKind.String) return p.Value.GetString();
                foreach (var p in e.EnumerateObject())
                    if (FindProperty(p.Value, name, depth + 1) is { } v) return v;
                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                    if (FindProperty(item, name, depth + 1) is { } v) return v;
                break;
        }
        return null;
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetInMeta();

    [GeneratedRegex(@"<\?xml[^>]*encoding\s*=\s*[""']([A-Za-z0-9_\-.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();

    [GeneratedRegex(@"^(aller|passer|accéder|acceder|skip|sauter|contenu)\b.*|^\s*(aller|accéder|acceder|skip)\s+(au|à|a|to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SkipLinkText();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:$|[T\s])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})/(\d{4})$")]
    private static partial Regex FrenchNumericDate();
}

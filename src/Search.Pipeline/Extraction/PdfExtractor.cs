using Search.Core.Analysis;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.Exceptions;

namespace Search.Pipeline.Extraction;

/// <summary>
/// PDF text extraction with PdfPig: nearest-neighbour words, Docstrum blocks, unsupervised reading order (PdfPig's
/// algorithms, computed with less work by <see cref="Layout"/>); cheaper fallbacks for huge pages or when the time
/// budget is spent. Detects pages without usable text. The layout of pages runs in parallel with the parsing of the
/// next pages (<see cref="LayoutParallelism"/>).
/// </summary>
public sealed partial class PdfExtractor : IContentExtractor
{
    /// <summary>Pages with more letters than this skip Docstrum (quadratic-ish on maps) and use XY-cut.</summary>
    public int HugePageLetterCount { get; init; } = 20_000;

    /// <summary>
    /// When one page's word extraction alone uses more CPU time than this, the layout step uses the cheap line builder.
    /// CPU time of the thread, not wall time: on a loaded machine the same page gets the same layout.
    /// </summary>
    public TimeSpan PageTimeBudget { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Once a document has used this much CPU time (parsing and layout, all threads), the remaining pages use the cheap line builder.</summary>
    public TimeSpan DocumentTimeBudget { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Pages whose layout runs at once (on the thread pool) while the next pages are parsed; 1 = all on the calling
    /// thread. The result does not depend on it.
    /// </summary>
    public int LayoutParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Pages parsed ahead of the oldest page whose layout is not done, per page of <see cref="LayoutParallelism"/>. With
    /// as many pages in flight as layouts run at once, the parsing thread waited for the oldest layout before parsing the
    /// next page, so a long layout (a page of tables) left the other cores without a page to lay out: a PDF alone in its
    /// worker kept about 1.6 of 2 cores busy. Twice as many keeps a page queued for the pool while the parsing thread
    /// waits. The result does not depend on it (pages are taken in order).
    /// </summary>
    internal const int LayoutLookAhead = 2;

    /// <summary>Puts back the letters of glyphs without a Unicode mapping inside words (see <see cref="UnmappedGlyphs"/>); off only to measure it.</summary>
    public bool RepairGlyphs { get; init; } = true;

    /// <summary>The word list that rejoins line-end hyphenation and repairs unmapped glyphs; this machine's (<see cref="FrenchLexicon.Default"/>) when null.</summary>
    public FrenchLexicon? Lexicon { get; init; }

    public bool CanExtract(string path)
    {
        if (string.Equals(Path.GetExtension(path), ".pdf", StringComparison.OrdinalIgnoreCase)) return true;
        return HasPdfMagic(path);
    }

    /// <summary>True when the first KB of the file contains "%PDF-" (some PDFs have leading junk).</summary>
    public static bool HasPdfMagic(string path)
    {
        try
        {
            using var fs = File.OpenRead(path);
            var buffer = new byte[1024];
            var n = fs.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return buffer.AsSpan(0, n).IndexOf("%PDF-"u8) >= 0;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    public ExtractedContent Extract(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path)) throw new ExtractionException($"File not found: {path}");
        if (new FileInfo(path).Length == 0) throw new ExtractionException($"Empty file, not a PDF: {Path.GetFileName(path)}");
        if (!HasPdfMagic(path)) throw new ExtractionException($"Not a PDF (no %PDF- header): {Path.GetFileName(path)}");

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new ExtractionException($"Encrypted PDF (password required): {Path.GetFileName(path)}", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !IsOutOfMemory(ex))
        {
            throw new ExtractionException($"Corrupt or unreadable PDF ({ex.GetType().Name}: {ex.Message}): {Path.GetFileName(path)}", ex);
        }

        using (document)
        {
            try
            {
                return ExtractDocument(document, path, cancellationToken);
            }
            catch (PdfDocumentEncryptedException ex)
            {
                throw new ExtractionException($"Encrypted PDF (password required): {Path.GetFileName(path)}", ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not ExtractionException && !IsOutOfMemory(ex))
            {
                throw new ExtractionException($"Corrupt or unreadable PDF ({ex.GetType().Name}: {ex.Message}): {Path.GetFileName(path)}", ex);
            }
        }
    }

    /// <summary>True when the exception or one of its inner exceptions is an out-of-memory (the worker's heap cap): never swallowed.</summary>
    internal static bool IsOutOfMemory(Exception? ex)
    {
        for (var depth = 0; ex is not null && depth < 16; ex = ex.InnerException, depth++)
        {
            if (ex is OutOfMemoryException or InsufficientExecutionStackException) return true;
        }
        return false;
    }

    private sealed record PdfLine(string Text, double FontSize, double Top, double Bottom, double Left = 0, double Right = 0);

    /// <summary>A block of lines; <see cref="IsTable"/> blocks are rows of cells (one row per line).</summary>
    private sealed record PdfBlock(List<PdfLine> Lines, bool IsTable = false);

    private sealed class PageResult
    {
        public List<PdfBlock> Blocks { get; } = [];
        public bool Usable { get; set; }
        public bool Blank { get; set; }
        public string? Problem { get; set; }
        public PageIssueKind Kind { get; set; } = PageIssueKind.Blank;
        public double Height { get; set; }
        public double Width { get; set; }
    }

    private ExtractedContent ExtractDocument(PdfDocument document, string path, CancellationToken ct)
    {
        var warnings = new List<string>();
        var cpu = new CpuTally();
        var pageCount = document.NumberOfPages;
        if (pageCount == 0) throw new ExtractionException($"PDF without pages: {Path.GetFileName(path)}");

        // Pages are parsed one after the other on this thread (a PdfDocument is not thread-safe), and the layout of
        // each parsed page (words, blocks, reading order: most of the time) runs on the thread pool meanwhile, a few
        // pages ahead at most. Results, warnings and failures are taken in page order, as if sequential.
        var results = new List<PageResult>(pageCount);
        var placeholders = new UnmappedGlyphs.Placeholders();
        var pageFailures = 0;
        var inFlight = new Queue<(int Number, Task<PageResult> Layout, List<string> Warnings)>();
        var maxInFlight = LayoutParallelism <= 1 ? 1 : LayoutParallelism * LayoutLookAhead;
        void Unreadable(int number, Exception ex)
        {
            pageFailures++;
            warnings.Add($"page {number}: unreadable ({ex.GetType().Name}: {ex.Message})");
            results.Add(new PageResult { Problem = $"unreadable page ({ex.GetType().Name})", Kind = PageIssueKind.Unreadable });
        }
        void CompleteOldest()
        {
            var (number, layout, pageWarnings) = inFlight.Dequeue();
            try
            {
                var result = layout.GetAwaiter().GetResult();
                warnings.AddRange(pageWarnings);
                results.Add(result);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not PdfDocumentEncryptedException && !IsOutOfMemory(ex))
            {
                warnings.AddRange(pageWarnings);
                Unreadable(number, ex);
            }
        }
        try
        {
            for (var i = 1; i <= pageCount; i++)
            {
                ct.ThrowIfCancellationRequested();
                PageInput input;
                var parseStart = ThreadCpuClock.Now();
                try
                {
                    var page = document.GetPage(i);
                    input = new PageInput(page.Letters, page.NumberOfImages, page.Width, page.Height);
                }
                catch (Exception ex) when (ex is not OperationCanceledException and not PdfDocumentEncryptedException && !IsOutOfMemory(ex))
                {
                    while (inFlight.Count > 0) CompleteOldest();
                    Unreadable(i, ex);
                    continue;
                }
                cpu.Add(ThreadCpuClock.Now() - parseStart);
                var number = i;
                var pageWarnings = new List<string>();
                var layout = maxInFlight == 1
                    ? RunInline(() => ExtractPage(input, number, cpu, pageWarnings, placeholders))
                    : Task.Run(() => ExtractPage(input, number, cpu, pageWarnings, placeholders), CancellationToken.None);
                inFlight.Enqueue((number, layout, pageWarnings));
                while (inFlight.Count >= maxInFlight || (inFlight.Count > 0 && inFlight.Peek().Layout.IsCompleted)) CompleteOldest();
            }
            while (inFlight.Count > 0) CompleteOldest();
        }
        finally
        {
            // On cancellation or an out-of-memory, no layout task is left running on pages of a disposed document.
            foreach (var (_, layout, _) in inFlight)
            {
                try { layout.Wait(CancellationToken.None); } catch (Exception) { /* already failing */ }
            }
        }
        if (pageFailures == pageCount)
            throw new ExtractionException($"Corrupt or unreadable PDF (no page could be read; {warnings.FirstOrDefault()}): {Path.GetFileName(path)}");

        var runningTitle = RemoveRunningHeadersAndFooters(results);
        if (RepairGlyphs)
        {
            foreach (var r in RepairUnmappedGlyphs(results, Lexicon ?? FrenchLexicon.Default))
                warnings.Add($"glyph {placeholders.Describe(r.Glyph)} has no Unicode mapping: read as \"{r.Letters}\" ({r.Explained} of its {r.Words} words are known words then)");
        }

        var pages = new List<string>(pageCount);
        var without = new List<int>();
        var issues = new List<PageIssue>();
        int usable = 0, unusable = 0;
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            if (r.Usable)
            {
                var text = RenderPage(r);
                if (text.Length == 0)
                {
                    pages.Add("");
                    without.Add(i + 1);
                    issues.Add(new PageIssue(i + 1, PageIssueKind.Blank, "nothing but running headers/footers"));
                    continue;
                }
                pages.Add(text);
                usable++;
            }
            else
            {
                pages.Add("");
                without.Add(i + 1);
                issues.Add(new PageIssue(i + 1, r.Kind, r.Problem ?? "no text"));
                if (!r.Blank) unusable++;
                if (r.Problem is not null && !r.Blank) warnings.Add($"page {i + 1}: {r.Problem}");
            }
        }
        Hyphenation.Resolve(pages, Lexicon ?? FrenchLexicon.Default);
        var quality = usable == 0 ? TextQuality.NoText : unusable == 0 ? TextQuality.Ok : TextQuality.Partial;

        // Metadata.
        // Declared titles and authors as written, most trusted first: the metadata stage rejects junk and picks.
        var titles = new List<string>();
        var authors = new List<string>();
        DateOnly? date = null;
        var dateIsCreation = false;
        string? language = null;
        try
        {
            var info = document.Information;
            Add(titles, info.Title);
            Add(authors, info.Author);
            var created = SafeCreated(info);
            if (created is { } c && c.Year >= 1990 && c <= DateTimeOffset.UtcNow.AddDays(2))
            {
                date = DateOnly.FromDateTime(c.Date);
                dateIsCreation = true;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !IsOutOfMemory(ex))
        {
            warnings.Add($"document information unreadable: {ex.Message}");
        }
        try
        {
            if (document.TryGetXmpMetadata(out var xmp))
            {
                var x = ReadXmp(xmp.GetXmlMemory());
                Add(titles, x.Title);
                Add(authors, x.Publisher);
                Add(authors, x.Creator);
                language = x.Language;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !IsOutOfMemory(ex))
        {
            warnings.Add($"XMP metadata unreadable: {ex.Message}");
        }

        return new ExtractedContent
        {
            Format = "pdf",
            Pages = pages,
            PagesWithoutText = without,
            PageIssues = issues,
            Quality = quality,
            DeclaredTitles = titles,
            HeadingTitle = results.Count > 0 && results[0].Usable ? FindHeadingTitle(results[0]) : null,
            RunningTitle = runningTitle,
            DeclaredPublishers = authors,
            DeclaredDate = date,
            DeclaredDateIsFileCreationDate = dateIsCreation,
            Language = NormalizeLanguage(language) ?? (usable > 0 ? "fr" : null),
            Warnings = warnings,
        };
    }

    private static DateTimeOffset? SafeCreated(DocumentInformation info)
    {
        try { return info.GetCreatedDateTimeOffset(); }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException) { return null; }
    }

    /// <summary>What the layout of a page needs, read from the PdfPig page by the parsing thread.</summary>
    private sealed record PageInput(IReadOnlyList<Letter> Letters, int NumberOfImages, double Width, double Height);

    private static Task<PageResult> RunInline(Func<PageResult> layout)
    {
        try { return Task.FromResult(layout()); }
        catch (Exception ex) { return Task.FromException<PageResult>(ex); }
    }

    private PageResult ExtractPage(PageInput page, int number, CpuTally documentCpu, List<string> warnings, UnmappedGlyphs.Placeholders placeholders)
    {
        var start = ThreadCpuClock.Now();
        try { return ExtractPage(page, number, start, documentCpu, warnings, placeholders); }
        finally { documentCpu.Add(ThreadCpuClock.Now() - start); }
    }

    private PageResult ExtractPage(PageInput page, int number, TimeSpan cpuStart, CpuTally documentCpu, List<string> warnings, UnmappedGlyphs.Placeholders placeholders)
    {
        var result = new PageResult { Height = page.Height, Width = page.Width };
        var letters = page.Letters;
        if (letters.Count == 0)
        {
            result.Blank = page.NumberOfImages == 0;
            result.Problem = page.NumberOfImages > 0 ? "no text layer (image only)" : "blank page";
            result.Kind = page.NumberOfImages > 0 ? PageIssueKind.ImageOnly : PageIssueKind.Blank;
            return result;
        }

        // Quality on the raw glyphs, before normalisation hides private-use/control characters.
        var assessment = TextQualityHeuristics.Assess(RawWithSpaces(letters));
        if (!assessment.Usable)
        {
            result.Problem = $"no usable text ({assessment.Reason})";
            result.Kind = PageIssueKind.Garbage;
            return result;
        }
        result.Usable = true;

        var wordsStart = ThreadCpuClock.Now();
        var huge = letters.Count > HugePageLetterCount;
        var cleanLetters = FakeBold.Remove(RepairGlyphs ? placeholders.Mark(letters) : letters);
        var words = Layout.Words(cleanLetters);
        var now = ThreadCpuClock.Now();
        var overBudget = now - wordsStart > PageTimeBudget || documentCpu.Total + (now - cpuStart) > DocumentTimeBudget;

        IReadOnlyList<TextBlock> blocks;
        if (overBudget)
        {
            warnings.Add($"page {number}: time budget exceeded, simple line order used");
            result.Blocks.AddRange(SimpleLines(words));
            return result;
        }
        if (huge)
        {
            warnings.Add($"page {number}: {letters.Count} letters, XY-cut layout used");
            blocks = RecursiveXYCut.Instance.GetBlocks(words);
        }
        else
        {
            blocks = Layout.Docstrum(words);
        }
        var ordered = Layout.ReadingOrder(blocks);
        var pdfBlocks = new List<PdfBlock>();
        foreach (var block in ordered)
        {
            var lines = new List<PdfLine>();
            foreach (var line in block.TextLines)
            {
                var text = JoinWords(line.Words);
                var size = MeanPointSize(line.Words);
                lines.Add(new PdfLine(text, size, line.BoundingBox.Top, line.BoundingBox.Bottom, line.BoundingBox.Left, line.BoundingBox.Right));
            }
            if (lines.Count > 0) pdfBlocks.Add(new PdfBlock(lines));
        }
        result.Blocks.AddRange(TableRows.Merge(pdfBlocks, page.Width));
        return result;
    }

    [ThreadStatic] private static string[]? t_wordTexts;

    /// <summary><c>string.Join(" ", words.Select(w => w.Text))</c> without the iterator: the texts in a reused array.</summary>
    private static string JoinWords(IReadOnlyList<Word> words)
    {
        var n = words.Count;
        if (n == 1) return words[0].Text ?? "";
        var texts = t_wordTexts;
        if (texts is null || texts.Length < n) t_wordTexts = texts = new string[Math.Max(n, 64)];
        for (var i = 0; i < n; i++) texts[i] = words[i].Text;
        var text = string.Join(" ", texts, 0, n);
        Array.Clear(texts, 0, n);
        return text;
    }

    /// <summary>Letters with a space where the gap between consecutive glyphs is large (for the quality check only).</summary>
    private static string RawWithSpaces(IReadOnlyList<Letter> letters)
    {
        var sb = new StringBuilder(letters.Count + letters.Count / 4);
        Letter? prev = null;
        foreach (var l in letters)
        {
            if (prev is not null)
            {
                var gap = l.BoundingBox.Left - prev.BoundingBox.Right;
                var height = Math.Max(1, Math.Max(prev.BoundingBox.Height, l.BoundingBox.Height));
                if (Math.Abs(l.BoundingBox.Bottom - prev.BoundingBox.Bottom) > height * 0.5 || gap > height * 0.2 || gap < -height * 2)
                    sb.Append(' ');
            }
            sb.Append(l.Value);
            prev = l;
        }
        return sb.ToString();
    }

    /// <summary>Cheap layout: words grouped into lines by baseline, top to bottom, left to right.</summary>
    private static IEnumerable<PdfBlock> SimpleLines(List<Word> words)
    {
        var sorted = words.OrderByDescending(w => Math.Round(w.BoundingBox.Bottom / 3)).ThenBy(w => w.BoundingBox.Left);
        var lines = new List<PdfLine>();
        var current = new List<Word>();
        double? baseline = null;
        foreach (var w in sorted)
        {
            if (baseline is { } b && Math.Abs(w.BoundingBox.Bottom - b) > Math.Max(2, w.BoundingBox.Height * 0.5))
            {
                lines.Add(ToLine(current));
                current = [];
            }
            current.Add(w);
            baseline = w.BoundingBox.Bottom;
        }
        if (current.Count > 0) lines.Add(ToLine(current));
        return lines.Select(l => new PdfBlock([l]));

        static PdfLine ToLine(List<Word> ws) => new(
            string.Join(" ", ws.Select(w => w.Text)),
            MeanPointSize(ws),
            ws.Max(w => w.BoundingBox.Top), ws.Min(w => w.BoundingBox.Bottom));
    }

    /// <summary>The mean point size of the words' letters, 0 without letters: <c>Enumerable.Average</c>'s sum, in the same order, without its iterators.</summary>
    private static double MeanPointSize(IReadOnlyList<Word> words)
    {
        double sum = 0;
        long count = 0;
        foreach (var word in words)
        {
            foreach (var letter in word.Letters)
            {
                sum = count == 0 ? letter.PointSize : sum + letter.PointSize;
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private static string RenderPage(PageResult page)
    {
        var sb = new StringBuilder();
        foreach (var block in page.Blocks)
        {
            var para = new StringBuilder();
            foreach (var line in block.Lines)
            {
                var text = TextNormalizer.Normalize(line.Text);
                if (text.Length == 0) continue;
                // Table rows and bullets stay on their own lines; other lines join (line-end hyphens resolved later).
                if (para.Length > 0 && (block.IsTable || Bullet().IsMatch(text))) para.Append('\n').Append(text);
                else Hyphenation.AppendLine(para, text);
            }
            if (para.Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(para);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Lines at the top or bottom of most pages (digits ignored) are running headers/footers: removed, but for the first
    /// occurrence of a header (at the top of the page) that names something (<see cref="NamesSomething"/>): a list's pages are
    /// often headed by its only name ("Sénat - Subventions aux collectivités locales"), which its declared title does not give,
    /// and the document keeps it once, where it first shows, instead of on every page. Footers (a folio, a publisher's line,
    /// "Bulletin n° 142 — page 1/2") are removed everywhere. Returns the first header kept (the list's name), or null.
    /// </summary>
    private static string? RemoveRunningHeadersAndFooters(List<PageResult> pages)
    {
        var usable = pages.Where(p => p.Usable && p.Blocks.Count > 0).ToList();
        if (usable.Count < 2) return null;
        const int Edge = 2;
        var counts = new Dictionary<string, int>();
        foreach (var p in usable)
        {
            foreach (var key in EdgeLines(p, Edge).Select(x => Key(x.Line.Text)).Distinct()) counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        // Two pages: a margin line on both is running; more pages: on at least half of them (and 3).
        var threshold = usable.Count == 2 ? 2 : Math.Max(3, (int)Math.Ceiling(usable.Count * 0.5));
        var repeated = counts.Where(kv => kv.Value >= threshold).Select(kv => kv.Key).ToHashSet();
        if (repeated.Count == 0) return null;
        var kept = new HashSet<string>();
        string? first = null;
        foreach (var p in usable)
        {
            foreach (var (block, line, top) in EdgeLines(p, Edge).ToList())
            {
                var key = Key(line.Text);
                if (repeated.Contains(key) && !(top && NamesSomething(key) && kept.Add(key))) block.Lines.Remove(line);
                else if (repeated.Contains(key)) first ??= TextNormalizer.Normalize(line.Text).Trim();
            }
            p.Blocks.RemoveAll(b => b.Lines.Count == 0);
        }
        return first;
    }

    /// <summary>A running line of three words or more (a title, a body's name), not a folio ("page # sur #", "#/#").</summary>
    private static bool NamesSomething(string key) => Words().Count(key) >= 3;

    /// <summary>The first and last lines of a page by position (top-most and bottom-most).</summary>
    private static IEnumerable<(PdfBlock Block, PdfLine Line, bool Top)> EdgeLines(PageResult page, int n)
    {
        var all = page.Blocks.SelectMany(b => b.Lines.Select(l => (Block: b, Line: l))).ToList();
        // Only lines in the page margins (top and bottom 9% of the height) can be running headers/footers.
        var zone = page.Height > 0 ? page.Height * 0.09 : double.MaxValue;
        var top = all.OrderByDescending(x => x.Line.Top).Take(n).Where(x => page.Height <= 0 || x.Line.Bottom >= page.Height - zone).Select(x => (x.Block, x.Line, Top: true));
        var bottom = all.OrderBy(x => x.Line.Bottom).Take(n).Where(x => page.Height <= 0 || x.Line.Top <= zone).Select(x => (x.Block, x.Line, Top: false));
        // (A line both among the top ones and the bottom ones, on a page of a few lines, counts once, as a header.)
        return top.Concat(bottom).DistinctBy(x => x.Line);
    }

    private static string Key(string line)
    {
        var t = TextNormalizer.Normalize(line).ToLowerInvariant();
        t = Digits().Replace(t, "#");
        return Spaces().Replace(t, " ").Trim();
    }

    private static void Add(List<string> values, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) values.Add(value);
    }

    private static string? FindHeadingTitle(PageResult first)
    {
        var lines = first.Blocks.SelectMany(b => b.Lines)
            .Where(l => l.Text.Any(char.IsLetterOrDigit) && l.FontSize > 0)
            .ToList();
        if (lines.Count == 0) return null;
        var sizes = lines.Select(l => l.FontSize).OrderBy(s => s).ToList();
        var median = sizes[sizes.Count / 2];
        // Candidates: lines in the upper 60% of the page.
        var topLimit = first.Height > 0 ? first.Height * 0.4 : double.MinValue;
        var upper = lines.Where(l => l.Top >= topLimit).ToList();
        if (upper.Count == 0) return null;
        var max = upper.Max(l => l.FontSize);
        if (lines.Count > 1 && max < median * 1.15) return null;
        // The largest lines, top to bottom; stop at the first gap after the group starts.
        var big = upper.Where(l => l.FontSize >= max * 0.9).OrderByDescending(l => l.Top).ToList();
        var picked = new List<PdfLine> { big[0] };
        foreach (var l in big.Skip(1))
        {
            var prev = picked[^1];
            if (prev.Bottom - l.Top > prev.FontSize * 2.5 || picked.Count >= 4) break;
            picked.Add(l);
        }
        var title = TextNormalizer.Normalize(string.Join(" ", picked.Select(l => l.Text))).Replace('\n', ' ');
        if (title.Count(char.IsLetter) < 4) return null;
        return title.Length > 250 ? title[..250].TrimEnd() : title;
    }

    private sealed record XmpValues(string? Title, string? Creator, string? Publisher, string? Language);

    private static XmpValues ReadXmp(ReadOnlyMemory<byte> xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 5_000_000 };
        using var stream = new MemoryStream(xml.ToArray());
        using var reader = XmlReader.Create(stream, settings);
        var doc = XDocument.Load(reader);
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        string? First(string name) => doc.Descendants(dc + name)
            .Select(e => e.Descendants().Where(d => !d.HasElements).Select(d => d.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? e.Value)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        return new XmpValues(First("title"), First("creator"), First("publisher"), First("language"));
    }

    private static string? NormalizeLanguage(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang)) return null;
        var l = lang.Trim().ToLowerInvariant();
        var dash = l.IndexOfAny(['-', '_']);
        if (dash > 0) l = l[..dash];
        return l.Length is 2 or 3 && l.All(char.IsLetter) ? l : null;
    }

    [GeneratedRegex(@"^([•◦▪■□●○‣⁃–—\-*]|\d{1,2}[.)]\s|[a-z][.)]\s)")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}

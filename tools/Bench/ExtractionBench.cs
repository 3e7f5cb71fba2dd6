using Search.Core.Analysis;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Search.Pipeline.Extraction;
using Search.Pipeline.Extraction.Quality;
using Search.Pipeline.Ingest;
using Search.Pipeline.Metadata;

namespace Search.Bench;

/// <summary>
/// Extraction measurements, side by side with pdftotext (poppler-utils) in the same run:
///   Bench extraction &lt;folder&gt; [--ocr]   per PDF: pages, our time, pdftotext's time (process start included),
///                                 word F1 of our text against pdftotext's; with a ground-truth folder
///                                 (corpus-samples/ground-truth), the character error rate of both.
///   Bench metadata &lt;folder&gt; [--ocr]     the inferred title, publisher, date, type, series and language of every file (TSV).
///   Bench glyphs &lt;folder&gt;              per PDF, the distinct lower-case words (4 letters or more) that the French word list
///                                 does not know, extracted without and with the unmapped-glyph repair, and the repairs made.
/// </summary>
public static partial class ExtractionBench
{
    public static int Run(string[] args)
    {
        var folder = Path.GetFullPath(args[1]);
        var truthDir = new[] { Path.Combine(folder, "ground-truth"), Path.Combine(folder, "..", "ground-truth") }
            .Select(Path.GetFullPath).FirstOrDefault(Directory.Exists);
        var files = FolderIngester.ListFiles(folder).Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).ToList();
        // --ocr: pages without a usable text layer are read by tesseract (ExtractionOptions.Ocr); an OCR report follows the table.
        var ocr = args.Contains("--ocr");
        var extractor = ExtractorRegistry.WithOcr(new PdfExtractor(), ExtractionOptions.Default with { Ocr = ocr });
        var engine = (extractor as Search.Pipeline.Extraction.Ocr.OcrPdfExtractor)?.Engine;
        if (engine is not null && !engine.Availability.Available) Console.Error.WriteLine($"warning: OCR not available: {engine.Availability.Problem}");
        var ocrReport = new List<string>();
        // Warm-up (JIT), not measured.
        if (files.Count > 0) { try { new PdfExtractor().Extract(files[0]); } catch (ExtractionException) { } }

        Console.WriteLine(truthDir is null
            ? "| file | pages | ours ms | pdftotext ms | word F1 vs pdftotext | status |"
            : "| file | pages | ours ms | pdftotext ms | word F1 vs pdftotext | CER ours | CER pdftotext | status |");
        Console.WriteLine(truthDir is null ? "|---|---:|---:|---:|---:|---|" : "|---|---:|---:|---:|---:|---:|---:|---|");
        double oursMs = 0, popplerMs = 0;
        int pages = 0, comparable = 0;
        double f1Sum = 0;
        long oursErr = 0, popErr = 0, truthLen = 0;
        var f1s = new List<double>();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(folder, file);
            var clock = Stopwatch.StartNew();
            ExtractedContent? ours = null;
            string status;
            var (ocrPagesBefore, ocrTimeBefore) = (engine?.PagesAttempted ?? 0, engine?.TimeSpent ?? TimeSpan.Zero);
            try
            {
                ours = extractor.Extract(file);
                var attempted = (engine?.PagesAttempted ?? 0) - ocrPagesBefore;
                if (attempted > 0)
                {
                    var seconds = ((engine?.TimeSpent ?? TimeSpan.Zero) - ocrTimeBefore).TotalSeconds;
                    var sample = string.Join(" / ", ours.OcrPages.Select(p => ours.Pages[p - 1])).ReplaceLineEndings(" ");
                    ocrReport.Add($"{name}: {attempted} page(s) OCR'd in {seconds:0.0} s ({seconds / attempted:0.00} s/page), text on {ours.OcrPages.Count} "
                        + $"(p. {string.Join(",", ours.OcrPages)}), quality {ours.Quality}"
                        + (ours.PageIssues.Count > 0 ? $", still without text: {ours.DescribePagesWithoutText()}" : "")
                        + $"\n    {(sample.Length > 300 ? sample[..300] : sample)}");
                }
                status = ours.Quality switch { TextQuality.Ok => "ok", TextQuality.Partial => $"partial (no text: p. {string.Join(",", ours.PagesWithoutText)})", _ => "no text" };
            }
            catch (ExtractionException e) { status = "failed: " + e.Message; }
            var ourTime = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var poppler = PdfToText(file);
            var popTime = clock.Elapsed.TotalMilliseconds;
            var n = ours?.Pages.Count ?? 0;
            string f1Text = "–";
            if (ours is not null && poppler is not null && ours.Quality != TextQuality.NoText)
            {
                var f1 = TextMetrics.WordF1(ours.FullText, poppler).F1;
                f1Text = f1.ToString("0.000", CultureInfo.InvariantCulture);
                f1Sum += f1;
                f1s.Add(f1);
                comparable++;
            }
            if (ours is not null)
            {
                oursMs += ourTime;
                popplerMs += popTime;
                pages += n;
            }
            var cells = $"| {name} | {n} | {ourTime:0} | {popTime:0} | {f1Text} |";
            if (truthDir is not null)
            {
                var truthFile = Path.Combine(truthDir, Path.GetFileNameWithoutExtension(file) + ".txt");
                if (File.Exists(truthFile) && ours is not null)
                {
                    // Our CER does not depend on pdftotext being installed; its column says "–" when it is not.
                    var truth = File.ReadAllText(truthFile).Split('\f');
                    var popPages = poppler?.Split('\f');
                    long e1 = 0, e2 = 0, len = 0;
                    for (var i = 0; i < truth.Length; i++)
                    {
                        var (a, l) = TextMetrics.CharacterErrors(i < ours.Pages.Count ? ours.Pages[i] : "", truth[i]);
                        e1 += a; len += l;
                        if (popPages is not null) e2 += TextMetrics.CharacterErrors(i < popPages.Length ? popPages[i] : "", truth[i]).Errors;
                    }
                    oursErr += e1; popErr += e2; truthLen += len;
                    cells += $" {100.0 * e1 / len:0.00} % | {(popPages is null ? "–" : $"{100.0 * e2 / len:0.00} %")} |";
                }
                else cells += " – | – |";
            }
            Console.WriteLine(cells + $" {status} |");
        }
        Console.WriteLine();
        Console.WriteLine($"PDFs: {files.Count}, pages (extracted files): {pages}");
        Console.WriteLine($"ours: {oursMs / 1000:0.00} s, {pages / (oursMs / 1000):0.0} pages/s; pdftotext: {popplerMs / 1000:0.00} s, {pages / (popplerMs / 1000):0.0} pages/s (same files, same run)");
        if (comparable > 0)
        {
            f1s.Sort();
            Console.WriteLine($"word F1 vs pdftotext over {comparable} files with text: mean {f1Sum / comparable:0.000}, median {f1s[f1s.Count / 2]:0.000}, min {f1s[0]:0.000}");
        }
        if (truthLen > 0)
            Console.WriteLine($"CER against ground truth: ours {100.0 * oursErr / truthLen:0.00} %, pdftotext "
                + (PdfToTextMissing ? "not installed" : $"{100.0 * popErr / truthLen:0.00} %"));
        if (engine is not null)
        {
            Console.WriteLine();
            Console.WriteLine($"OCR ({engine.Description}, {engine.Dpi} dpi): {engine.PagesAttempted} page(s) in {engine.TimeSpent.TotalSeconds:0.0} s"
                + (engine.PagesAttempted > 0 ? $", {engine.TimeSpent.TotalSeconds / engine.PagesAttempted:0.00} s/page" : ""));
            foreach (var line in ocrReport) Console.WriteLine("  " + line);
        }
        return 0;
    }

    /// <summary>True once pdftotext was found missing (poppler-utils not installed).</summary>
    private static bool PdfToTextMissing;

    /// <summary>pdftotext's text (UTF-8, pages separated by form feeds), or null when it fails or is not installed.</summary>
    private static string? PdfToText(string file)
    {
        try
        {
            var info = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
            info.ArgumentList.Add("-enc");
            info.ArgumentList.Add("UTF-8");
            info.ArgumentList.Add(file);
            info.ArgumentList.Add("-");
            using var p = Process.Start(info)!;
            var err = p.StandardError.ReadToEndAsync();
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            PdfToTextMissing = true;
            return null;
        }
    }

    public static int Metadata(string[] args)
    {
        var folder = Path.GetFullPath(args[1]);
        // ../shared/corpus has a MANIFEST.tsv whose year_guess column says roughly when each file was published.
        var manifestPath = Path.Combine(folder, "MANIFEST.tsv");
        var yearGuesses = File.Exists(manifestPath) ? ReadYearGuesses(manifestPath) : null;
        // --ocr: metadata inferred from the OCR text of pages without a text layer.
        using var registry = new ExtractorRegistry(args.Contains("--ocr") ? new ExtractionOptions { Ocr = true } : ExtractionOptions.Default);
        Console.WriteLine("file\ttitle\tpublisher\tdate\ttype\tseries\tlanguage\ttext");
        int files = 0, withPublisher = 0, withDate = 0, guessed = 0, nearGuess = 0, withType = 0;
        foreach (var file in FolderIngester.ListFiles(folder))
        {
            var rel = Path.GetRelativePath(folder, file).Replace('\\', '/');
            try
            {
                var c = registry.Extract(file);
                var m = MetadataInferrer.Infer(c, rel, SidecarMetadata.TryLoad(file));
                var date = m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? m.Year?.ToString(CultureInfo.InvariantCulture) ?? "";
                Console.WriteLine(string.Join('\t', rel, m.Title, m.Publisher ?? "", date, m.Type ?? "", m.Series ?? "", m.Language ?? "", c.Quality));
                files++;
                if (m.Publisher is not null) withPublisher++;
                if (m.Type is not null) withType++;
                var year = m.Date?.Year ?? m.Year;
                if (year is not null) withDate++;
                if (yearGuesses is not null && yearGuesses.TryGetValue(rel, out var guesses) && guesses.Count > 0)
                {
                    guessed++;
                    if (year is { } y && guesses.Any(g => Math.Abs(g - y) <= 1)) nearGuess++;
                }
            }
            catch (ExtractionException e)
            {
                Console.WriteLine($"{rel}\t(failed: {e.Message})");
            }
        }
        Console.Error.WriteLine($"{files} files: publisher {withPublisher}, type {withType}, date or year {withDate}" +
            (yearGuesses is null ? "" : $"; year within one year of MANIFEST.tsv's year_guess: {nearGuess}/{guessed}"));
        return 0;
    }

    /// <summary>file -> the years named in its year_guess column ("2016", "2015-2016 (approx.)").</summary>
    private static Dictionary<string, List<int>> ReadYearGuesses(string manifestPath)
    {
        var lines = File.ReadAllLines(manifestPath);
        var header = lines[0].Split('\t');
        int fileCol = Array.IndexOf(header, "file"), yearCol = Array.IndexOf(header, "year_guess");
        var result = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        if (fileCol < 0 || yearCol < 0) return result;
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length <= Math.Max(fileCol, yearCol)) continue;
            result[cells[fileCol]] = System.Text.RegularExpressions.Regex.Matches(cells[yearCol], @"(?<!\d)(?:19|20)\d{2}(?!\d)")
                .Select(x => int.Parse(x.Value, CultureInfo.InvariantCulture)).ToList();
        }
        return result;
    }

    public static int Glyphs(string[] args)
    {
        var folder = Path.GetFullPath(args[1]);
        var lexicon = FrenchLexicon.Default;
        if (lexicon.Count == 0) { Console.Error.WriteLine("no French word list (apt-get install wfrench)"); return 1; }
        var files = FolderIngester.ListFiles(folder).Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).ToList();
        var (with, without) = (new PdfExtractor(), new PdfExtractor { RepairGlyphs = false });
        Console.WriteLine("| file | unknown words without repair | with repair | repairs |");
        Console.WriteLine("|---|---:|---:|---|");
        int totalBefore = 0, totalAfter = 0, changed = 0;
        foreach (var file in files)
        {
            ExtractedContent before, after;
            try { (before, after) = (without.Extract(file), with.Extract(file)); }
            catch (ExtractionException) { continue; }
            int Unknown(ExtractedContent c) => Words().Matches(c.FullText).Select(m => m.Value).Distinct().Count(w => !lexicon.Contains(w));
            var (b, a) = (Unknown(before), Unknown(after));
            totalBefore += b;
            totalAfter += a;
            var repairs = after.Warnings.Where(w => w.StartsWith("glyph ", StringComparison.Ordinal)).ToList();
            if (b == a && repairs.Count == 0) continue;
            changed++;
            Console.WriteLine($"| {Path.GetRelativePath(folder, file)} | {b} | {a} | {string.Join("; ", repairs)} |");
        }
        Console.WriteLine($"| all {files.Count} PDFs ({changed} changed) | {totalBefore} | {totalAfter} | |");
        return 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\p{Ll}{4,}\b")]
    private static partial System.Text.RegularExpressions.Regex Words();
}

using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Search.Pipeline.Extraction.Ocr;

/// <summary>Whether OCR can run on this machine, and why not.</summary>
public sealed record OcrAvailability(bool Available, string? Problem)
{
    public static OcrAvailability Ok { get; } = new(true, null);
}

/// <summary>The OCR of one page: its text, or why it failed.</summary>
public sealed record OcrPageResult(int Page, string? Text, string? Failure, TimeSpan Elapsed)
{
    public bool Succeeded => Failure is null;
}

/// <summary>
/// OCR of PDF pages with Debian's tools: each page is rendered by <c>pdftoppm</c> (poppler-utils) to a
/// grey PGM at <see cref="Dpi"/> in a temporary folder, then read by <c>tesseract</c> (tesseract-ocr +
/// tesseract-ocr-fra) with <see cref="Language"/>. Both run as child processes (arguments passed as a
/// list, no shell) under one CPU-time budget per page (<see cref="PageTimeout"/>, the same on a loaded machine
/// as on an idle one) and a wall-clock limit for a tool that hangs (<see cref="PageWallLimit"/>): past either the
/// process tree is killed and the page is reported as failed, with the reason. Temporary files are always removed. Availability
/// (both programs present, the language data installed) is checked once, on first use. Thread-safe.
/// </summary>
public sealed class TesseractOcr
{
    private readonly Lazy<OcrAvailability> _availability;
    private int _tesseractRuns;
    private int _pagesAttempted;
    private long _ticksSpent;

    public TesseractOcr(string language = "fra", TimeSpan? pageTimeout = null, int dpi = 300,
        string tesseractPath = "tesseract", string pdftoppmPath = "pdftoppm")
    {
        if (string.IsNullOrWhiteSpace(language) || !language.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '_'))
            throw new ArgumentException($"Not a tesseract language: '{language}' (e.g. fra, fra+eng).", nameof(language));
        Language = language;
        PageTimeout = pageTimeout ?? TimeSpan.FromSeconds(60);
        Dpi = Math.Clamp(dpi, 72, 600);
        TesseractPath = tesseractPath;
        PdftoppmPath = pdftoppmPath;
        _availability = new Lazy<OcrAvailability>(CheckAvailability, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Tesseract language(s), e.g. "fra" or "fra+eng".</summary>
    public string Language { get; }

    /// <summary>CPU-time budget of one page (rendering + recognition).</summary>
    public TimeSpan PageTimeout { get; }

    /// <summary>
    /// Wall-clock limit of one page, for a tool that hangs without using CPU: 30 times the budget, which a process
    /// that gets a thirtieth of a core on a loaded machine still fits in.
    /// </summary>
    public TimeSpan PageWallLimit => PageTimeout * 30;

    public int Dpi { get; }
    public string TesseractPath { get; }
    public string PdftoppmPath { get; }

    /// <summary>"tesseract fra": how the engine is named in warnings.</summary>
    public string Description => "tesseract " + Language;

    /// <summary>How many times tesseract was run on a page (diagnostics, tests).</summary>
    public int TesseractRuns => Volatile.Read(ref _tesseractRuns);

    /// <summary>Pages given to <see cref="RecognizePage"/> so far, and the wall-clock time they took (diagnostics, benchmarks).</summary>
    public int PagesAttempted => Volatile.Read(ref _pagesAttempted);

    /// <inheritdoc cref="PagesAttempted"/>
    public TimeSpan TimeSpent => TimeSpan.FromTicks(Interlocked.Read(ref _ticksSpent));

    /// <summary>Checked once: tesseract and pdftoppm found, and the language data installed.</summary>
    public OcrAvailability Availability => _availability.Value;

    /// <summary>Environment of the child processes: one OpenMP thread (the ingest already runs files in parallel).</summary>
    private static readonly Dictionary<string, string> ChildEnvironment = new() { ["OMP_THREAD_LIMIT"] = "1" };

    private OcrAvailability CheckAvailability()
    {
        var timeout = TimeSpan.FromSeconds(30);
        ChildProcess.Result langs;
        try
        {
            langs = ChildProcess.Run(TesseractPath, ["--list-langs"], timeout, CancellationToken.None, ChildEnvironment);
        }
        catch (Win32Exception)
        {
            return new(false, $"'{TesseractPath}' not found (install the Debian packages tesseract-ocr and tesseract-ocr-fra)");
        }
        catch (TimeoutException)
        {
            return new(false, $"'{TesseractPath} --list-langs' did not answer within {timeout.TotalSeconds:0} s");
        }
        if (langs.ExitCode != 0)
            return new(false, $"'{TesseractPath} --list-langs' failed (exit {langs.ExitCode}: {langs.FirstErrorLine()})");
        // Tesseract 4/5 print the list on stdout, older versions on stderr; the first line is a header.
        var installed = (langs.Stdout + "\n" + langs.Stderr).Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.Contains(' ', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var missing = Language.Split('+').Where(l => !installed.Contains(l)).ToList();
        if (missing.Count > 0)
            return new(false, $"tesseract has no language data for {string.Join(", ", missing)} (install tesseract-ocr-{missing[0]})");

        try
        {
            var version = ChildProcess.Run(PdftoppmPath, ["-v"], timeout, CancellationToken.None);
            if (version.ExitCode != 0) return new(false, $"'{PdftoppmPath} -v' failed (exit {version.ExitCode}: {version.FirstErrorLine()})");
        }
        catch (Win32Exception)
        {
            return new(false, $"'{PdftoppmPath}' not found (install the Debian package poppler-utils)");
        }
        catch (TimeoutException)
        {
            return new(false, $"'{PdftoppmPath} -v' did not answer within {timeout.TotalSeconds:0} s");
        }
        return OcrAvailability.Ok;
    }

    /// <summary>
    /// Renders and reads one page (1-based). Never throws for a page that cannot be read: the result says why
    /// (timeout, tool error). Throws <see cref="OperationCanceledException"/> when cancelled.
    /// </summary>
    public OcrPageResult RecognizePage(string pdfPath, int page, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var availability = Availability;
        if (!availability.Available) return new(page, null, "OCR unavailable: " + availability.Problem, clock.Elapsed);

        Interlocked.Increment(ref _pagesAttempted);
        var work = Directory.CreateTempSubdirectory("search-ocr-");
        try
        {
            var pageText = page.ToString(CultureInfo.InvariantCulture);
            var root = Path.Combine(work.FullName, "page");
            // A full path: a file name starting with '-' can never be read as an option.
            var render = ChildProcess.Run(PdftoppmPath,
                // An uncompressed grey map (PGM), not a PNG: pdftoppm's "-gray -png" writes an RGB PNG, and compressing it
                // was most of a page's OCR CPU (6.5 s of 10 s on a real scanned page), tesseract then decoding it.
                ["-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", pageText, "-l", pageText, "-singlefile", Path.GetFullPath(pdfPath), root],
                PageWallLimit - clock.Elapsed, cancellationToken, cpuBudget: PageTimeout);
            var image = root + ".pgm";
            if (render.ExitCode != 0 || !File.Exists(image))
                return new(page, null, $"pdftoppm could not render the page (exit {render.ExitCode}: {render.FirstErrorLine()})", clock.Elapsed);

            Interlocked.Increment(ref _tesseractRuns);
            var read = ChildProcess.Run(TesseractPath,
                [image, "stdout", "-l", Language, "--dpi", Dpi.ToString(CultureInfo.InvariantCulture)],
                PageWallLimit - clock.Elapsed, cancellationToken, ChildEnvironment, cpuBudget: PageTimeout - render.Cpu);
            if (read.ExitCode != 0)
                return new(page, null, $"tesseract failed (exit {read.ExitCode}: {read.FirstErrorLine()})", clock.Elapsed);
            return new(page, read.Stdout, null, clock.Elapsed);
        }
        catch (CpuBudgetExceededException)
        {
            return new(page, null, string.Create(CultureInfo.InvariantCulture,
                $"OCR used more than its budget of {PageTimeout.TotalSeconds:0.###} s of CPU for the page and was stopped"), clock.Elapsed);
        }
        catch (TimeoutException)
        {
            return new(page, null, string.Create(CultureInfo.InvariantCulture,
                $"OCR ran longer than {PageWallLimit.TotalSeconds:0.###} s and was stopped"), clock.Elapsed);
        }
        catch (Win32Exception e)
        {
            return new(page, null, $"OCR tool could not be started ({e.Message})", clock.Elapsed);
        }
        finally
        {
            Interlocked.Add(ref _ticksSpent, clock.Elapsed.Ticks);
            try { work.Delete(recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}

using System.Security.Cryptography;
using Search.Core.Documents;
using Search.Pipeline.Extraction;
using Search.Pipeline.Indexing;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Ingest;

/// <summary>
/// Indexes every PDF and HTML file of a folder. Idempotent: a document's id comes from its URL (the
/// sidecar's, else its relative path), unchanged files (same content hash, same pipeline version) are skipped,
/// changed ones replaced, and documents of this folder whose file is gone are deleted. One broken file is reported
/// and skipped; the others go on. Files are extracted and indexed by <see cref="Parallelism"/> workers through one
/// <see cref="IndexingSession"/> (its commits bound what a killed process loses; the next run finishes the job: the
/// files committed are unchanged for it and skipped).
/// </summary>
public sealed class FolderIngester(ExtractorRegistry extractors)
{
    /// <summary>Documents written between two commits of a session this ingester opens (<see cref="CommitPolicy.ByWork"/>).</summary>
    public int CommitEvery { get; init; } = DefaultCommitEvery;

    public const int DefaultCommitEvery = CommitPolicy.WorkDocuments;

    /// <summary>Bytes of extracted text (UTF-8) written between two commits of a session this ingester opens.</summary>
    public long CommitTextBytes { get; init; } = CommitPolicy.WorkTextBytes;

    public int Parallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);

    public static readonly string[] Extensions = [".pdf", ".html", ".htm"];

    /// <summary>The origin of a folder's documents.</summary>
    public static string OriginOf(string folder) => "folder:" + Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>
    /// Ingests the folder into the index at <paramref name="indexPath"/> (created when missing), in one session that commits
    /// by the work done, never by time (<see cref="CommitEvery"/> documents or <see cref="CommitTextBytes"/> of text): the
    /// same folder makes the same commits, segments and merges on a quiet machine and on a loaded one.
    /// </summary>
    public IngestSummary Ingest(string folder, string indexPath, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"Folder not found: {folder}");
        LoadGazetteer(cancellationToken);
        var files = ListFiles(root);
        // Into a fresh index every PDF is extracted: the worker starts now, while the index is opened and the first pages
        // are read, instead of after them (on the real corpus the worker's lane is the run's longest, from its start to the end).
        if (extractors.PdfIsolated && files.Any(IsPdf) && !HasCommit(indexPath)) extractors.PrestartPdfWorker();
        using var session = IndexingSession.Open(indexPath, CommitPolicy.ByWork(CommitEvery, CommitTextBytes), WriteThreads(Parallelism));
        var summary = Ingest(root, files, session, clock, progress, cancellationToken);
        session.Complete();
        return summary;
    }

    /// <summary>Ingests the folder through a session the caller opened (and commits or completes).</summary>
    public IngestSummary Ingest(string folder, IndexingSession session, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"Folder not found: {folder}");
        LoadGazetteer(cancellationToken);
        return Ingest(root, ListFiles(root), session, clock, progress, cancellationToken);
    }

    /// <summary>
    /// The threads that write the documents the ingest threads prepare (<see cref="DocumentIndexWriter.Enqueue"/>): none for
    /// one ingest thread (it writes its own), then one per four ingest threads. Writing (Lucene's inversion and stored fields)
    /// is about a fifth of an HTML page's CPU, so one writer keeps up with about four threads that extract; every writer
    /// is an in-memory segment that a first ingest flushes and then merges with the others.
    /// </summary>
    public static int WriteThreads(int parallelism) => parallelism < 2 ? 0 : Math.Max(1, parallelism / 4);

    /// <summary>The gazetteer (half a second) loads while the files are listed and the documents of the index read, not in front of the workers.</summary>
    private static void LoadGazetteer(CancellationToken cancellationToken) =>
        _ = Task.Run(() => Search.Core.Territories.TerritoryRecognizer.Default, cancellationToken);

    /// <summary>True when the folder holds a Lucene index with a commit (a segments file).</summary>
    private static bool HasCommit(string indexPath)
    {
        try
        {
            return Directory.Exists(indexPath) && Directory.EnumerateFiles(indexPath, "segments_*").Any();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // unknown: the worker starts with the first PDF, as without the check
        }
    }

    private IngestSummary Ingest(string root, IReadOnlyList<string> files, IndexingSession session, System.Diagnostics.Stopwatch clock,
        IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var origin = OriginOf(root);
        var existing = session.DocumentsOf(origin);
        // A PDF the index does not hold yet will be extracted: its worker starts now (when not started above). A PDF already
        // indexed may be unchanged and need no worker: that one is started when a file needs it.
        if (extractors.PdfIsolated && HasNewPdf(root, files, existing)) extractors.PrestartPdfWorker();
        var seen = new HashSet<string>(files.Count);
        var reports = new List<FileReport>(files.Count);
        var gate = new Lock();
        var errors = 0;

        // A file's report, once its document is written (on a write thread, for a session that has them) or it failed.
        void Record(FileReport report, string? id)
        {
            lock (gate)
            {
                if (id is not null) seen.Add(id);
                reports.Add(report);
                if (report.Outcome == FileOutcome.Failed) errors++;
                progress?.Report(new IngestProgress(reports.Count, files.Count, errors, report));
            }
        }

        void Ingested(string file, Action extracted) => IngestFile(root, file, origin, existing, session, extracted, Record, cancellationToken);

        RunWorkers(new WorkQueue(files, Math.Max(1, Parallelism), extractors.PdfConcurrency), Ingested, cancellationToken);
        // Every queued document written and its report recorded before the deletes read what was seen.
        session.WaitForWrites();

        var deleted = 0;
        foreach (var id in existing.Keys.Where(id => !seen.Contains(id)))
        {
            session.Delete(id);
            deleted++;
        }
        session.Commit();

        return new IngestSummary
        {
            Folder = root,
            Files = files.Count,
            Reports = reports.OrderBy(r => r.Path, StringComparer.Ordinal).ToList(),
            Deleted = deleted,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>
    /// Runs <paramref name="work"/> on every file of the queue with <see cref="Parallelism"/> threads (the caller's and
    /// dedicated ones), each taking the queue's next file when it is free; the work calls its second argument once the
    /// file's extraction is over (<see cref="WorkQueue"/>). Dedicated threads, not the thread pool: Parallel.ForEach's
    /// replicas yield and are queued again every few hundred milliseconds, and the pool's idle threads spin meanwhile,
    /// which took a tenth of the two cores from the work. Cancellation throws <see cref="OperationCanceledException"/>,
    /// other failures an <see cref="AggregateException"/>, as Parallel.ForEach does.
    /// </summary>
    private void RunWorkers(WorkQueue queue, Action<string, Action> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        void Worker()
        {
            try
            {
                while (!cancellationToken.IsCancellationRequested && failures.IsEmpty && queue.TryTake(out var file, out var extracted))
                    work(file, extracted);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
            }
        }

        var threads = Enumerable.Range(0, Math.Max(0, Math.Min(Parallelism, queue.Count) - 1))
            .Select(k => new Thread(Worker) { IsBackground = true, Name = $"ingest-{k + 1}" })
            .ToList();
        foreach (var thread in threads) thread.Start();
        Worker();
        foreach (var thread in threads) thread.Join();
        cancellationToken.ThrowIfCancellationRequested();
        if (!failures.IsEmpty) throw new AggregateException(failures);
    }

    /// <summary>
    /// The files of an ingest, handed to the threads one at a time. When PDFs are extracted by fewer workers than there
    /// are ingest threads (<see cref="ExtractorRegistry.PdfConcurrency"/>: one worker per two cores), a thread that took a
    /// PDF while every worker was busy waited for one, its core idle while the other thread's PDF was extracted. So a PDF
    /// is handed out only while fewer PDFs than workers are being extracted; otherwise the thread gets the next other file
    /// (an HTML page), and only when no other file is left does it take a PDF and wait for a worker. The PDFs go largest
    /// first (a long one taken last was a tail of seconds on one thread while the other had nothing left), the other
    /// files in path order: a worker is kept busy from the start, and the pages fill the cores beside it. Without such a
    /// limit (PDFs in-process, or as many workers as threads), the threads take <see cref="WorkOrder"/> in turn.
    /// </summary>
    internal sealed class WorkQueue
    {
        private readonly Lock _gate = new();
        private readonly IReadOnlyList<string> _pdfs;
        private readonly IReadOnlyList<string> _others;
        private readonly int _pdfLanes;
        private int _nextPdf;
        private int _nextOther;
        private int _extracting;

        public WorkQueue(IReadOnlyList<string> files, int threads, int? pdfConcurrency)
        {
            Count = files.Count;
            if (pdfConcurrency is { } lanes && lanes < threads)
            {
                _pdfLanes = Math.Max(1, lanes);
                _pdfs = LargestFirst(files.Where(IsPdf).ToList());
                _others = files.Where(f => !IsPdf(f)).ToList();
            }
            else
            {
                _pdfs = [];
                _others = WorkOrder(files);
            }
        }

        /// <summary>The number of files.</summary>
        public int Count { get; }

        /// <summary>
        /// The next file, false when none is left. <paramref name="extracted"/> must be called once the file's extraction is
        /// over (answered, failed or skipped): it frees the file's place among the PDFs being extracted.
        /// </summary>
        public bool TryTake(out string file, out Action extracted)
        {
            lock (_gate)
            {
                var pdfsLeft = _nextPdf < _pdfs.Count;
                var othersLeft = _nextOther < _others.Count;
                if (pdfsLeft && (_extracting < _pdfLanes || !othersLeft))
                {
                    file = _pdfs[_nextPdf++];
                    _extracting++;
                    var done = 0;
                    extracted = () =>
                    {
                        if (Interlocked.Exchange(ref done, 1) != 0) return;
                        lock (_gate) _extracting--;
                    };
                    return true;
                }
                if (othersLeft)
                {
                    file = _others[_nextOther++];
                    extracted = Nothing;
                    return true;
                }
                file = "";
                extracted = Nothing;
                return false;
            }
        }

        private static readonly Action Nothing = () => { };
    }

    /// <summary>
    /// The order in which the workers take the files: the PDFs spread evenly among the others (relative orders kept).
    /// In path order a folder's PDFs often come together, e.g. all after its HTML pages: the PDF workers then started
    /// at the end of the run, both ingest threads waited on them at once, and their start-up and warm-up, and the
    /// single-threaded end of the last PDF (its OCR), were a tail nothing else overlapped. Spread, a PDF worker starts
    /// early and its extractions run while the other thread indexes pages. Among themselves the PDFs go largest file
    /// first (path order on a tie): a long PDF (tens of pages of tables, or scanned pages for OCR) taken last was a tail
    /// of seconds on one thread while the other had nothing left; taken first, the smaller files fill in beside it.
    /// </summary>
    public static IReadOnlyList<string> WorkOrder(IReadOnlyList<string> files)
    {
        var pdfs = LargestFirst(files.Where(IsPdf).ToList());
        if (pdfs.Count == 0) return files;
        if (pdfs.Count == files.Count) return pdfs;
        var others = files.Where(f => !IsPdf(f)).ToList();
        var order = new List<string>(files.Count);
        // The k-th of n files of a kind sits at (k + ½) / n of the run; the two kinds are merged by that position
        // (compared in integers), the other files first on a tie.
        int p = 0, o = 0;
        while (p < pdfs.Count || o < others.Count)
        {
            var pdfFirst = o == others.Count || (p < pdfs.Count && (2L * p + 1) * others.Count < (2L * o + 1) * pdfs.Count);
            order.Add(pdfFirst ? pdfs[p++] : others[o++]);
        }
        return order;
    }

    /// <summary>The files by decreasing size, relative order kept on a tie (a file that cannot be read counts as empty).</summary>
    private static List<string> LargestFirst(List<string> files)
    {
        static long Size(string file)
        {
            try { return new FileInfo(file).Length; }
            catch (IOException) { return 0; }
            catch (UnauthorizedAccessException) { return 0; }
        }
        // (LINQ's sort is stable and computes each key once.)
        return files.OrderByDescending(Size).ToList();
    }

    private static bool IsPdf(string file) => Path.GetExtension(file).Equals(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when one of the PDFs is at a path no document of the index comes from (a new file, or a fresh index).</summary>
    private static bool HasNewPdf(string root, IReadOnlyList<string> files, IReadOnlyDictionary<string, (string? Hash, string? Path)> existing)
    {
        HashSet<string>? known = null;
        foreach (var file in files)
        {
            if (!IsPdf(file)) continue;
            if (existing.Count == 0) return true;
            known ??= existing.Values.Select(v => v.Path).OfType<string>().ToHashSet(StringComparer.Ordinal);
            if (!known.Contains(Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'))) return true;
        }
        return false;
    }

    /// <summary>The files the ingest considers, relative order stable.</summary>
    public static IReadOnlyList<string> ListFiles(string root) => Candidates(root).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// How many files the ingest of <paramref name="root"/> considers, counted up to <paramref name="limit"/> + 1 only:
    /// a caller asking whether a folder is small does not list a large one to the end.
    /// </summary>
    public static int CountFiles(string root, int limit) => Candidates(root).Take(limit + 1).Count();

    private static IEnumerable<string> Candidates(string root) =>
        Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private void IngestFile(
        string root, string file, string origin,
        IReadOnlyDictionary<string, (string? Hash, string? Path)> existing,
        IndexingSession session, Action extracted, Action<FileReport, string?> record, CancellationToken cancellationToken)
    {
        try
        {
            ExtractAndIndex(root, file, origin, existing, session, extracted, record, cancellationToken);
        }
        finally
        {
            extracted(); // (a no-op when the extraction already said it was over)
        }
    }

    /// <summary>Extracts one file and queues its document; <paramref name="record"/> gets the file's report (and the document's
    /// id, once known) when the document is written, or at once when there is nothing to write or the file failed.</summary>
    private void ExtractAndIndex(
        string root, string file, string origin,
        IReadOnlyDictionary<string, (string? Hash, string? Path)> existing,
        IndexingSession session, Action extracted, Action<FileReport, string?> record, CancellationToken cancellationToken)
    {
        var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
        var format = IsPdf(file) ? "pdf" : "html";
        long bytes = 0;
        string? id = null;
        // One report per file: a commit the queued document triggers may fail after the document was queued, and both its
        // write and the failure would report it.
        var reported = 0;
        void Record(FileReport report, string? documentId)
        {
            if (Interlocked.Exchange(ref reported, 1) == 0) record(report, documentId);
        }

        try
        {
            bytes = new FileInfo(file).Length;
            SidecarMetadata? sidecar = null;
            string? sidecarProblem = null;
            try
            {
                sidecar = SidecarMetadata.TryLoad(file);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                sidecarProblem = e.Message;
            }

            // Only an http(s) URL is stored as the document's web address; anything else (javascript:, data:, a bare name…) is dropped with a warning.
            string? urlProblem = null;
            var sidecarUrl = sidecar?.Url?.Trim();
            if (!string.IsNullOrEmpty(sidecarUrl) && !DocumentUrls.IsWeb(sidecarUrl))
            {
                urlProblem = $"sidecar url ignored: \"{Shorten(sidecarUrl)}\" is not an http(s) URL";
                sidecarUrl = null;
            }
            var url = string.IsNullOrEmpty(sidecarUrl) ? DocumentUrls.ForLocalPath(relative) : sidecarUrl;
            id = DocumentIds.FromUrl(url);
            var fileHash = ContentHash(file);
            var ocrSignature = extractors.OcrSignature;
            if (existing.TryGetValue(id, out var known) && known.Path == relative && IsCurrent(known.Hash, fileHash, ocrSignature))
            {
                Record(new FileReport(relative, FileOutcome.Unchanged, Bytes: bytes, Format: format), id);
                return;
            }

            ExtractedContent content;
            try
            {
                content = extractors.Extract(file, cancellationToken);
            }
            finally
            {
                extracted();
            }
            var metadata = MetadataInferrer.Infer(content, relative, sidecar);
            var noText = content.Quality == TextQuality.NoText;
            var document = DocumentBuilder.Build(content, metadata,
                new DocumentProvenance(url, origin, StoredHash(fileHash, content, ocrSignature), bytes) { SourcePath = relative });

            var outcome = noText ? FileOutcome.NoText : existing.ContainsKey(id) ? FileOutcome.Updated : FileOutcome.Added;
            var reason = noText
                ? $"no extractable text ({content.DescribePagesWithoutText() ?? "scanned, image only or unusable fonts"}): indexed with its metadata only"
                : content.Quality == TextQuality.Partial
                    ? $"pages without text: {content.DescribePagesWithoutText() ?? string.Join(", ", content.PagesWithoutText)}"
                    : null;
            if (content.OcrFailedPages.Count > 0)
                reason = $"OCR could not read page{(content.OcrFailedPages.Count > 1 ? "s" : "")} {string.Join(", ", content.OcrFailedPages)}: "
                         + string.Join("; ", content.PageIssues.Where(i => content.OcrFailedPages.Contains(i.Page)).Select(i => i.Detail).Distinct().Take(3))
                         + (reason is null ? "" : $"; {reason}");
            if (content.OcrPages.Count > 0)
                reason = $"text from OCR on page{(content.OcrPages.Count > 1 ? "s" : "")} {string.Join(", ", content.OcrPages)}" + (reason is null ? "" : $"; {reason}");
            if (urlProblem is not null) reason = urlProblem + (reason is null ? "" : $"; {reason}");
            if (sidecarProblem is not null) reason = $"sidecar ignored: {sidecarProblem}" + (reason is null ? "" : $"; {reason}");
            var report = new FileReport(relative, outcome, reason, content.Pages.Count, bytes, content.Format, content.OcrPages.Count, content.OcrFailedPages.Count);
            var documentId = id;
            session.Enqueue(document, failure => Record(failure is null ? report : Failed(relative, failure, bytes, format), documentId));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Record(Failed(relative, e, bytes, format), id);
        }
    }

    private static FileReport Failed(string relative, Exception e, long bytes, string format) =>
        new(relative, FileOutcome.Failed, e is ExtractionException ? e.Message : $"{e.GetType().Name}: {e.Message}", Bytes: bytes, Format: format);

    /// <summary>A value quoted in a warning: control characters replaced, at most 120 characters.</summary>
    private static string Shorten(string value)
    {
        var clean = new string(value.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return clean.Length <= 120 ? clean : clean[..119] + "…";
    }

    /// <summary>
    /// The hash stored with a document: the file's <see cref="ContentHash"/> tagged with what OCR means for it.
    /// A file without pages for OCR extracts the same whatever the setting ("text" tag); one with such pages
    /// records whether OCR ran (the OCR signature, e.g. "ocr:fra") or not (the plain file hash).
    /// </summary>
    public static string StoredHash(string fileHash, ExtractedContent content, string? ocrSignature) =>
        !content.HasOcrCandidatePages ? Tagged(fileHash, TextOnlyTag)
        // A page OCR could not read (over its budget on a loaded machine, a tool error) is not a final answer: a
        // hash that IsCurrent never accepts makes the next ingest of the unchanged file try again.
        : content.OcrFailedPages.Count > 0 ? Tagged(fileHash, OcrIncompleteTag)
        : ocrSignature is null ? fileHash
        : Tagged(fileHash, ocrSignature);

    /// <summary>
    /// True when a stored hash is still valid for the file under the current OCR setting and pipeline version: the
    /// file and its sidecar are unchanged, and either it had no page for OCR or it was extracted with the same OCR
    /// setting. Turning OCR on (or off) therefore re-extracts only the files with pages without text.
    /// </summary>
    public static bool IsCurrent(string? storedHash, string fileHash, string? ocrSignature) =>
        storedHash is not null
        && (storedHash == IndexingSession.Stamp(Tagged(fileHash, TextOnlyTag))
            || storedHash == IndexingSession.Stamp(ocrSignature is null ? fileHash : Tagged(fileHash, ocrSignature)));

    private const string TextOnlyTag = "text";
    private const string OcrIncompleteTag = "ocr-incomplete";

    private static string Tagged(string fileHash, string tag) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fileHash + "\n" + tag)));

    /// <summary>SHA-256 over the file and its sidecar (if any); the session stamps it with the pipeline version.</summary>
    public static string ContentHash(string file)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // A pooled buffer, and the file unbuffered (the reads are as large as the buffer): not an 80 KB array and the stream's
        // own 4 KB buffer for every file, 0.8 GB to allocate and clear over 10,000 pages (docs/BENCHMARKS.md, "Twenty-third
        // session (ingest23)").
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0) sha.AppendData(buffer, 0, read);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        var sidecar = SidecarMetadata.PathFor(file);
        if (File.Exists(sidecar)) sha.AppendData(File.ReadAllBytes(sidecar));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}

namespace Search.Pipeline.Ingest;

public enum FileOutcome
{
    Added,
    Updated,
    Unchanged,
    /// <summary>Indexed with its metadata only: no usable text (scanned, image only, unusable fonts).</summary>
    NoText,
    /// <summary>Not indexed (a previous version, if any, is kept): the reason says why.</summary>
    Failed,
}

/// <summary>What happened to one file.</summary>
/// <param name="OcrPages">Pages whose text comes from OCR.</param>
/// <param name="OcrFailedPages">Pages OCR could not read (over its budget, a tool error): without text.</param>
public sealed record FileReport(string Path, FileOutcome Outcome, string? Reason = null, int Pages = 0, long Bytes = 0, string Format = "", int OcrPages = 0, int OcrFailedPages = 0);

/// <summary>Progress after each file: <paramref name="Done"/> of <paramref name="Total"/>.</summary>
public sealed record IngestProgress(int Done, int Total, int Errors, FileReport Last);

/// <summary>The summary of a run.</summary>
public sealed record IngestSummary
{
    public required string Folder { get; init; }
    public required int Files { get; init; }
    public required IReadOnlyList<FileReport> Reports { get; init; }
    public required int Deleted { get; init; }
    public required TimeSpan Elapsed { get; init; }

    public int Count(FileOutcome outcome) => Reports.Count(r => r.Outcome == outcome);
    public IEnumerable<FileReport> Failures => Reports.Where(r => r.Outcome == FileOutcome.Failed);
    public IEnumerable<FileReport> WithoutText => Reports.Where(r => r.Outcome == FileOutcome.NoText);

    /// <summary>Bytes and PDF pages actually extracted in this run (unchanged files excluded).</summary>
    public long ExtractedBytes => Reports.Where(r => r.Outcome is FileOutcome.Added or FileOutcome.Updated or FileOutcome.NoText).Sum(r => r.Bytes);
    /// <summary>Pages whose text came from OCR in this run.</summary>
    public int OcrPages => Reports.Sum(r => r.OcrPages);

    /// <summary>Pages OCR could not read in this run (over its budget, a tool error).</summary>
    public int OcrFailedPages => Reports.Sum(r => r.OcrFailedPages);

    public int ExtractedPdfPages => Reports.Where(r => r.Format == "pdf" && r.Outcome is FileOutcome.Added or FileOutcome.Updated or FileOutcome.NoText).Sum(r => r.Pages);
}

using Search.Pipeline.Extraction;

namespace Search.Host.Hosting;

/// <summary>
/// Where the host keeps its data. <c>Data:Path</c> (environment <c>Data__Path</c>, default
/// <c>./data</c>) holds the index in <c>index/</c>; <c>Data:Corpus</c> is the folder indexed at
/// start-up when the index is missing or empty (default: the repository's corpus-samples).
/// <c>Extraction:Ocr</c> (default false) reads pages without a usable text layer with tesseract
/// (<c>Extraction:OcrLanguage</c>, default fra; <c>Extraction:OcrPageTimeoutSeconds</c>, default 60),
/// for the start-up build and the scheduled crawl.
/// </summary>
public sealed class HostSettings
{
    public required string DataPath { get; init; }
    public string IndexPath => Path.Combine(DataPath, "index");
    public string? CorpusPath { get; init; }
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(1);
    public ExtractionOptions Extraction { get; init; } = ExtractionOptions.Default;

    public static HostSettings From(IConfiguration configuration)
    {
        var dataPath = Path.GetFullPath(configuration["Data:Path"] ?? "./data");
        var corpus = configuration["Data:Corpus"];
        return new HostSettings
        {
            DataPath = dataPath,
            CorpusPath = string.IsNullOrWhiteSpace(corpus) ? FindCorpusSamples() : Path.GetFullPath(corpus),
            RefreshInterval = TimeSpan.FromSeconds(Math.Max(0.1, configuration.GetValue("Index:RefreshSeconds", 1.0))),
            Extraction = new ExtractionOptions
            {
                Ocr = configuration.GetValue("Extraction:Ocr", false),
                OcrLanguage = configuration["Extraction:OcrLanguage"] is { Length: > 0 } language ? language : ExtractionOptions.Default.OcrLanguage,
                OcrPageTimeout = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Extraction:OcrPageTimeoutSeconds", 60.0))),
            },
        };
    }

    /// <summary>The extractors of the start-up build and the scheduled crawl; logs whether OCR runs, and why not when it cannot.</summary>
    public ExtractorRegistry CreateExtractors(ILogger logger)
    {
        var registry = new ExtractorRegistry(Extraction);
        if (registry.OcrProblem is { } problem)
            logger.LogWarning("Extraction:Ocr is on but OCR is not available: {Problem}. Pages without text stay reported without OCR.", problem);
        else if (registry.Ocr is { } ocr)
            logger.LogInformation("OCR on: pages without a usable text layer are read by {Engine}", ocr.Engine.Description);
        return registry;
    }

    /// <summary>The nearest corpus-samples folder above the working directory or the binaries.</summary>
    private static string? FindCorpusSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "corpus-samples");
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}

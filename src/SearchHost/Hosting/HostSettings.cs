using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Search.Pipeline.Extraction;

namespace Search.Host.Hosting;

/// <summary>
/// Where the host keeps its data and how it extracts, resolved from the validated options below:
/// <c>Data:Path</c> (environment <c>Data__Path</c>, default <c>./data</c>) holds the index in <c>index/</c>;
/// <c>Index:Path</c> serves another index folder instead; <c>Data:Corpus</c> is the folder indexed at start-up
/// when the index is missing or empty (default: the repository's corpus-samples). Relative paths are resolved
/// against the repository root when the host runs from a checkout (<see cref="RepositoryRoot"/>), so the data
/// folder does not depend on the working directory; else against the working directory.
/// <c>Index:RefreshSeconds</c> (0.1-3600, default 1); <c>Index:TermsInMemoryMb</c> (0-1,000,000, default 64: the terms
/// dictionaries the searchers hold in memory at most, see <c>SearcherDirectory</c>); <c>Index:PostingsInMemoryMb</c>
/// (0-1,000,000, default 96: the same for the postings lists); <c>Index:PositionsMappedMb</c> (0-1,000,000, default 256:
/// the positions the searchers map at most); <c>Extraction:Ocr</c>
/// (default false) reads pages without a usable text layer with tesseract (<c>Extraction:OcrLanguage</c>,
/// default fra; <c>Extraction:OcrPageTimeoutSeconds</c>, 1-3600, default 60), for the start-up build and
/// the scheduled crawl. A value out of range stops the host at start-up with a message naming it.
/// </summary>
public sealed class HostSettings
{
    public required string DataPath { get; init; }

    /// <summary><c>Index:Path</c> when set, else <c>&lt;Data:Path&gt;/index</c>.</summary>
    public string IndexPath => IndexFolder ?? Path.Combine(DataPath, "index");

    /// <summary><c>Index:Path</c>, resolved; null for the default.</summary>
    public string? IndexFolder { get; init; }
    public string? CorpusPath { get; init; }
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary><c>Index:TermsInMemoryMb</c>, in bytes.</summary>
    public long TermsBudgetBytes { get; init; } = global::Search.Core.Indexing.SearcherDirectory.DefaultTermsBudgetBytes;

    /// <summary><c>Index:PostingsInMemoryMb</c>, in bytes.</summary>
    public long PostingsBudgetBytes { get; init; } = global::Search.Core.Indexing.SearcherDirectory.DefaultPostingsBudgetBytes;

    /// <summary><c>Index:PositionsMappedMb</c>, in bytes.</summary>
    public long PositionsBudgetBytes { get; init; } = global::Search.Core.Indexing.SearcherDirectory.DefaultPositionsBudgetBytes;
    public ExtractionOptions Extraction { get; init; } = ExtractionOptions.Default;

    /// <summary><c>Index:WarmUpSearches</c>: searches run before the host says it is ready (<see cref="SearchWarmUp"/>; 0: none).</summary>
    public int WarmUpSearches { get; init; }

    public static HostSettings From(DataSettings data, IndexRefreshSettings index, ExtractionSettings extraction) => From(data, index, extraction, RepositoryRoot.Find());

    /// <param name="root">The checkout the host runs from (relative paths are resolved against it), or null.</param>
    public static HostSettings From(DataSettings data, IndexRefreshSettings index, ExtractionSettings extraction, string? root) => new()
    {
        DataPath = Resolve(data.Path, root),
        IndexFolder = string.IsNullOrWhiteSpace(index.Path) ? null : Resolve(index.Path, root),
        CorpusPath = string.IsNullOrWhiteSpace(data.Corpus)
            ? root is not null && Directory.Exists(Path.Combine(root, "corpus-samples")) ? Path.Combine(root, "corpus-samples") : null
            : Resolve(data.Corpus, root),
        RefreshInterval = TimeSpan.FromSeconds(index.RefreshSeconds),
        TermsBudgetBytes = (long)(index.TermsInMemoryMb * 1024 * 1024),
        PostingsBudgetBytes = (long)(index.PostingsInMemoryMb * 1024 * 1024),
        PositionsBudgetBytes = (long)(index.PositionsMappedMb * 1024 * 1024),
        WarmUpSearches = index.WarmUpSearches,
        Extraction = new ExtractionOptions
        {
            Ocr = extraction.Ocr,
            OcrLanguage = extraction.OcrLanguage,
            OcrPageTimeout = TimeSpan.FromSeconds(extraction.OcrPageTimeoutSeconds),
        },
    };

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

    private static string Resolve(string path, string? root) => Path.GetFullPath(path, root ?? Directory.GetCurrentDirectory());
}

/// <summary>The checkout the host runs from: the nearest folder holding <c>Search.sln</c> above the working directory, else above the binaries.</summary>
public static class RepositoryRoot
{
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Search.sln"))) return dir.FullName;
            }
        }
        return null;
    }
}

/// <summary><c>Data:*</c>.</summary>
public sealed class DataSettings
{
    [Required] public string Path { get; set; } = "./data";
    public string? Corpus { get; set; }
}

/// <summary><c>Index:*</c>: the index folder served (<c>Path</c>, default <c>&lt;Data:Path&gt;/index</c>) and how often its new commits are opened.</summary>
public sealed class IndexRefreshSettings
{
    public string? Path { get; set; }

    [Range(0.1, 3600)] public double RefreshSeconds { get; set; } = 1;

    /// <summary>Searches of the index's own words run before the host says it is ready, so that its first users meet the
    /// optimised code of a search, not the runtime compiling it (<see cref="SearchWarmUp"/>; 0: none).</summary>
    [Range(0, 10_000)] public int WarmUpSearches { get; set; } = SearchWarmUp.DefaultSearches;

    /// <summary>Terms dictionaries held in memory by the searchers at most, in MB (0: none; the rest is read from the page cache).</summary>
    [Range(0, 1_000_000)] public double TermsInMemoryMb { get; set; } = global::Search.Core.Indexing.SearcherDirectory.DefaultTermsBudgetBytes / (1024.0 * 1024);

    /// <summary>Postings lists (documents and frequencies of every term) held in memory by the searchers at most, in MB (0: none).</summary>
    [Range(0, 1_000_000)] public double PostingsInMemoryMb { get; set; } = global::Search.Core.Indexing.SearcherDirectory.DefaultPostingsBudgetBytes / (1024.0 * 1024);

    /// <summary>Positions (<c>.pos</c>) the searchers map at most, in MB (0: none, read by positional reads): only the pages read are resident.</summary>
    [Range(0, 1_000_000)] public double PositionsMappedMb { get; set; } = global::Search.Core.Indexing.SearcherDirectory.DefaultPositionsBudgetBytes / (1024.0 * 1024);
}

/// <summary><c>Extraction:*</c>: OCR of pages without a usable text layer.</summary>
public sealed class ExtractionSettings
{
    /// <summary>True: OCR asked for (a warning when its tools are missing); false: off; unset: on when tesseract and its language data are installed.</summary>
    public bool? Ocr { get; set; }
    [Required, RegularExpression("^[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*$", ErrorMessage = "The OcrLanguage field must be tesseract languages such as fra or fra+eng.")]
    public string OcrLanguage { get; set; } = "fra";
    [Range(1, 3600)] public double OcrPageTimeoutSeconds { get; set; } = 60;
}

public static class HostSettingsServices
{
    /// <summary>The host's options (<c>Data</c>, <c>Index</c>, <c>Extraction</c>, <c>Crawl</c>), validated at start-up, the <see cref="HostSettings"/> and <see cref="CrawlSettings"/> resolved from them, and the <see cref="ExtractorsFactory"/> they configure (unless one is registered already).</summary>
    public static IServiceCollection AddHostSettings(this IServiceCollection services, IConfiguration configuration)
    {
        Add<DataSettings>(services, configuration, "Data");
        Add<IndexRefreshSettings>(services, configuration, "Index");
        Add<ExtractionSettings>(services, configuration, "Extraction");
        Add<CrawlSettings>(services, configuration, "Crawl");
        services.AddSingleton<IValidateOptions<CrawlSettings>, CrawlSettings.Validator>();
        services.AddSingleton(sp => HostSettings.From(Value<DataSettings>(sp), Value<IndexRefreshSettings>(sp), Value<ExtractionSettings>(sp)));
        services.AddSingleton(Value<CrawlSettings>);
        services.TryAddSingleton<ExtractorsFactory>(sp =>
        {
            var settings = sp.GetRequiredService<HostSettings>();
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger<ExtractorsFactory>();
            return () => settings.CreateExtractors(logger);
        });
        return services;
    }

    private static OptionsBuilder<T> Add<T>(IServiceCollection services, IConfiguration configuration, string section) where T : class =>
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();

    private static T Value<T>(IServiceProvider services) where T : class => services.GetRequiredService<IOptions<T>>().Value;
}

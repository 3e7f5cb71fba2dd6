namespace Search.Host.Hosting;

/// <summary>
/// Where the host keeps its data. <c>Data:Path</c> (environment <c>Data__Path</c>, default
/// <c>./data</c>) holds the index in <c>index/</c>; <c>Data:Corpus</c> is the folder indexed at
/// start-up when the index is missing or empty (default: the repository's corpus-samples).
/// </summary>
public sealed class HostSettings
{
    public required string DataPath { get; init; }
    public string IndexPath => Path.Combine(DataPath, "index");
    public string? CorpusPath { get; init; }
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(1);

    public static HostSettings From(IConfiguration configuration)
    {
        var dataPath = Path.GetFullPath(configuration["Data:Path"] ?? "./data");
        var corpus = configuration["Data:Corpus"];
        return new HostSettings
        {
            DataPath = dataPath,
            CorpusPath = string.IsNullOrWhiteSpace(corpus) ? FindCorpusSamples() : Path.GetFullPath(corpus),
            RefreshInterval = TimeSpan.FromSeconds(Math.Max(0.1, configuration.GetValue("Index:RefreshSeconds", 1.0))),
        };
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

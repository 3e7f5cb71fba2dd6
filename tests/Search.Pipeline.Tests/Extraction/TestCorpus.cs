namespace Search.Pipeline.Tests.Extraction;

/// <summary>Locates ../shared/corpus (sibling of the repository that holds Search.sln), or null when absent.</summary>
public static class TestCorpus
{
    private static readonly Lazy<string?> Root = new(Find);

    public static string? Directory => Root.Value;

    public static bool Missing => Root.Value is null;

    public static string PathOf(string relative) =>
        System.IO.Path.Combine(Root.Value ?? throw new InvalidOperationException("corpus missing"), relative);

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("SEARCH_CORPUS_DIR");
        if (!string.IsNullOrEmpty(env) && File.Exists(System.IO.Path.Combine(env, "MANIFEST.tsv"))) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[]
                     {
                         System.IO.Path.Combine(dir.FullName, "shared", "corpus"),
                         System.IO.Path.Combine(dir.FullName, "..", "shared", "corpus"),
                     })
            {
                if (File.Exists(System.IO.Path.Combine(candidate, "MANIFEST.tsv"))) return System.IO.Path.GetFullPath(candidate);
            }
        }
        return null;
    }

    /// <summary>The files listed in MANIFEST.tsv (relative paths), in order.</summary>
    public static IReadOnlyList<string> ManifestFiles()
    {
        var lines = File.ReadAllLines(PathOf("MANIFEST.tsv"));
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]).ToList();
    }
}

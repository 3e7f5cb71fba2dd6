namespace SearchHost.Tests.Infrastructure;

/// <summary>Locates the repository (the folder with Search.sln) and the shared material beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string CorpusSamples => Path.Combine(Root, "corpus-samples");

    /// <summary>../shared/corpus beside the repository, or null when absent (tests then skip).</summary>
    public static string? SharedCorpus => Existing(Path.Combine(Root, "..", "shared", "corpus"));
    public static string? SharedEval => Existing(Path.Combine(Root, "..", "shared", "eval"));

    private static string? Existing(string path) => Directory.Exists(path) ? Path.GetFullPath(path) : null;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Search.sln not found above " + AppContext.BaseDirectory);
    }
}

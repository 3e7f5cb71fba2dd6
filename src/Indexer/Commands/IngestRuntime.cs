using System.Collections;
using System.Runtime.InteropServices;
using Search.Pipeline.Ingest;

namespace Search.Indexer.Commands;

/// <summary>
/// The runtime settings an ingest runs with, which .NET reads from the environment only, as it starts: <c>index</c>
/// replaces its own process image (execve, Linux: the same executable and command line, process id, streams and signals)
/// with one whose environment adds those the user did not set. Then a bare <c>dotnet Indexer.dll index …</c> (a script, a
/// timer, a container) runs as <c>dotnet run --project src/Indexer</c> does with its launch profile:
/// <list type="bullet">
/// <item><c>DOTNET_GCgen0size=0x2000000</c>: the first generation's least budget, 32 MB (a few MB on a machine that
/// reports no CPU cache, a collection every few documents);</item>
/// <item><c>DOTNET_TC_CallCountingDelayMs=0</c>: hot methods promoted without waiting for 100 ms without a new one
/// (over 9,797 HTML pages a bare run took 1.11 times the wall of a run with both);</item>
/// <item><c>DOTNET_TieredCompilation=0</c> when the folder holds at most <see cref="MaxFiles"/> files: the ReadyToRun code
/// as it is, no tier-1 recompilation, which a short ingest never repays (over the real corpus's 104 files the compilations
/// were more than a quarter of the Indexer's CPU, on the cores the PDF worker needed; over 981 generated HTML pages the run
/// without them took 0.80 of the CPU and 0.90 of the wall, over 1,962 as long as with them, over 10,000 pages they pay, 1.25
/// times the CPU without them).</item>
/// </list>
/// The PDF worker does not inherit the tiering switch (<see cref="Search.Pipeline.Extraction.Isolation.IsolatedPdfExtractor"/>
/// gives it its own settings). docs/BENCHMARKS.md, "Thirty-first session, lead" and "Thirty-sixth session, lead".
/// </summary>
public static class IngestRuntime
{
    /// <summary>The most files an ingest may consider and still run without tiered recompilation.</summary>
    public const int MaxFiles = 1000;

    /// <summary>The runtime's tiering switch.</summary>
    public const string TieringVariable = "DOTNET_TieredCompilation";

    /// <summary>Set in the replaced process: the settings were decided, and whether the ingest was short.</summary>
    public const string MarkerVariable = "SEARCH_INDEXER_RUNTIME";

    private const string Gen0Variable = "DOTNET_GCgen0size";
    private const string CallCountingDelayVariable = "DOTNET_TC_CallCountingDelayMs";

    /// <summary>
    /// The variables an ingest of <paramref name="files"/> files adds to its environment: each of the settings above the
    /// user did not set; none in a process this class relaunched.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Additions(int files, Func<string, string?> environment)
    {
        if (environment(MarkerVariable) is not null) return [];
        var additions = new List<KeyValuePair<string, string>>();
        void Add(string name, string value)
        {
            if (environment(name) is null) additions.Add(new(name, value));
        }
        Add(Gen0Variable, "0x2000000");
        Add(CallCountingDelayVariable, "0");
        if (files <= MaxFiles) Add(TieringVariable, "0");
        return additions;
    }

    /// <summary>
    /// In a process this class relaunched, the settings it runs with, as the summary prints them; null in any other.
    /// </summary>
    public static string? Description
    {
        get
        {
            var marker = Environment.GetEnvironmentVariable(MarkerVariable);
            if (marker is null) return null;
            var gen0 = Environment.GetEnvironmentVariable(Gen0Variable) ?? "default";
            var delay = Environment.GetEnvironmentVariable(CallCountingDelayVariable) ?? "default";
            var tiering = marker == "short"
                ? $"tiered recompilation off (short ingest: at most {MaxFiles} files)"
                : Environment.GetEnvironmentVariable(TieringVariable) == "0" ? "tiered recompilation off" : "tiered recompilation on";
            return $"first generation {gen0}, call-counting delay {delay} ms, {tiering}";
        }
    }

    /// <summary>
    /// Replaces the process with the same command run with <see cref="Additions"/> (Linux; elsewhere, when there is
    /// nothing to add, or when the replacement fails, the ingest goes on in this process as it is). Returns only when the
    /// process was not replaced.
    /// </summary>
    public static void Relaunch(string folder)
    {
        if (!OperatingSystem.IsLinux()) return;
        var files = FolderIngester.CountFiles(folder, MaxFiles);
        var additions = Additions(files, Environment.GetEnvironmentVariable);
        if (additions.Count == 0) return;
        var executable = Environment.ProcessPath;
        string[] arguments;
        try
        {
            // The command line exactly as this process got it (the host's own options included), not the application's
            // arguments alone.
            arguments = File.ReadAllText("/proc/self/cmdline").Split('\0');
        }
        catch (IOException) { return; }
        catch (UnauthorizedAccessException) { return; }
        if (executable is null || arguments.Length < 2) return;
        if (arguments[^1].Length == 0) arguments = arguments[..^1];

        var environment = new List<string>();
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            environment.Add($"{entry.Key}={entry.Value}");
        }
        foreach (var (name, value) in additions) environment.Add($"{name}={value}");
        var shortIngest = additions.Any(a => a.Key == TieringVariable);
        environment.Add($"{MarkerVariable}={(shortIngest ? "short" : "long")}");

        Console.Out.Flush();
        Console.Error.Flush();
        var argv = ToNative(arguments);
        var envp = ToNative(environment);
        try
        {
            Execve(executable, argv, envp); // returns only on failure
        }
        finally
        {
            Free(argv);
            Free(envp);
        }
    }

    private static IntPtr[] ToNative(IReadOnlyList<string> values)
    {
        var result = new IntPtr[values.Count + 1]; // null-terminated
        for (var i = 0; i < values.Count; i++) result[i] = Marshal.StringToCoTaskMemUTF8(values[i]);
        return result;
    }

    private static void Free(IntPtr[] values)
    {
        foreach (var value in values)
        {
            if (value != IntPtr.Zero) Marshal.FreeCoTaskMem(value);
        }
    }

    // DllImport, not LibraryImport: the source-generated stub needs unsafe code in the project (as ThreadCpuClock).
    [DllImport("libc", EntryPoint = "execve", SetLastError = true)]
    private static extern int Execve([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr[] argv, IntPtr[] envp);
}

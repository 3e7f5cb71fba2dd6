using System.Collections;
using System.Runtime.InteropServices;
using Search.Pipeline.Ingest;

namespace Search.Indexer.Commands;

/// <summary>
/// A short ingest runs without tiered recompilation. The Indexer's code is compiled ahead of time (ReadyToRun), and the
/// runtime recompiles every method called 30 times at its optimising tier on a background thread: over a long ingest the
/// better code pays for that many times over (10,000 HTML pages took about 1.25 times the CPU without it), over a short one
/// it does not (the 104 files of the real corpus: the compilations were a quarter of the Indexer's CPU, and on two cores
/// they ran beside the PDF worker, the run's critical path). The runtime reads the setting when it starts, so
/// <c>index</c> on a folder of at most <see cref="MaxFiles"/> files replaces its own process image (execve: the same
/// process id, standard streams and command line) with one started with <c>DOTNET_TieredCompilation=0</c>. The PDF
/// worker does not inherit it (<see cref="Search.Pipeline.Extraction.Isolation.IsolatedPdfExtractor"/> starts it with its
/// own tiering). docs/BENCHMARKS.md, "Thirty-first session, lead".
/// </summary>
public static class ShortIngest
{
    /// <summary>The most files an ingest may consider and still run without tiered recompilation.</summary>
    public const int MaxFiles = 500;

    /// <summary>The runtime's switch, read from the environment when it starts.</summary>
    public const string TieringVariable = "DOTNET_TieredCompilation";

    /// <summary>Set in the replaced process: it says why tiering is off, and that the decision was made.</summary>
    public const string MarkerVariable = "SEARCH_INDEXER_SHORT_INGEST";

    /// <summary>
    /// Whether an ingest of <paramref name="files"/> files should be relaunched without tiered recompilation: not when
    /// the user set the runtime's switch (either way), nor in the relaunched process itself.
    /// </summary>
    public static bool ShouldRelaunch(int files, Func<string, string?> environment) =>
        files <= MaxFiles && environment(TieringVariable) is null && environment(MarkerVariable) is null;

    /// <summary>True in a process this class relaunched.</summary>
    public static bool IsRelaunched => Environment.GetEnvironmentVariable(MarkerVariable) == "1";

    /// <summary>
    /// Replaces the process with the same command run without tiered recompilation when the folder is small enough
    /// (Linux; elsewhere, or when the replacement fails, the ingest goes on in this process as it is). Returns only
    /// when the process was not replaced.
    /// </summary>
    public static void RelaunchIfShort(string folder)
    {
        if (!OperatingSystem.IsLinux()) return;
        if (!ShouldRelaunch(FolderIngester.CountFiles(folder, MaxFiles), Environment.GetEnvironmentVariable)) return;
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
            var name = (string)entry.Key;
            if (name is TieringVariable or MarkerVariable) continue;
            environment.Add($"{name}={entry.Value}");
        }
        environment.Add($"{TieringVariable}=0");
        environment.Add($"{MarkerVariable}=1");

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

using System.Diagnostics;
using System.Globalization;

/// <summary>
/// Loaded by the runtime before <c>Main</c> when <c>DOTNET_STARTUP_HOOKS</c> names this assembly (the class must be
/// <c>StartupHook</c>, outside any namespace). At process exit it writes one line of the process's runtime counters:
/// GC collections by generation and their total pause, bytes allocated, methods the JIT compiled (every tier, ReadyToRun
/// code not counted) with the IL they held, process CPU and peak working set. To the file named by
/// <c>PROCESS_STATS_OUT</c> (appended), else to standard error prefixed with <c>[process-stats]</c>. Measures any .NET
/// program without changing it (the base build, main, a branch).
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var path = Environment.GetEnvironmentVariable("PROCESS_STATS_OUT");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            var line = Line();
            if (string.IsNullOrEmpty(path)) Console.Error.WriteLine("[process-stats] " + line);
            else File.AppendAllText(path, line + Environment.NewLine);
        };
    }

    private static string Line()
    {
        using var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        return string.Create(CultureInfo.InvariantCulture,
            $"gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)} "
            + $"gc-pause={GC.GetTotalPauseDuration().TotalSeconds:0.00}s gc-pause-pct={gc.PauseTimePercentage:0.0} "
            + $"allocated={GC.GetTotalAllocatedBytes() / 1048576}MB "
            + $"jit-methods={System.Runtime.JitInfo.GetCompiledMethodCount()} jit-il={System.Runtime.JitInfo.GetCompiledILBytes() / 1024}KB "
            + $"jit-time={System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.00}s "
            + $"cpu={process.TotalProcessorTime.TotalSeconds:0.00}s peak-ws={process.PeakWorkingSet64 / 1048576}MB "
            + $"gc={(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");
    }
}

using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Search.Pipeline.Extraction;

/// <summary>
/// CPU time used by the calling thread, for budgets whose decision must not depend on the machine's load: a page
/// that gets a cheaper layout because the machine was busy would extract differently from one run to the next.
/// On Linux, clock_gettime(CLOCK_THREAD_CPUTIME_ID); elsewhere (or if the call fails), wall time.
/// </summary>
public static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport, not LibraryImport: the source-generated stub needs unsafe code in the project, for one blittable call.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out Timespec value);

    private static readonly bool Available = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64 && Probe();

    private static bool Probe()
    {
        try { return ClockGetTime(ClockThreadCpuTimeId, out _) == 0; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }

    /// <summary>A reading of the calling thread's CPU clock; only differences of readings on one thread mean anything.</summary>
    public static TimeSpan Now()
    {
        if (Available && ClockGetTime(ClockThreadCpuTimeId, out var t) == 0)
            return TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100);
        return Stopwatch.GetElapsedTime(0);
    }
}

/// <summary>CPU time summed over the threads that work on one document (the parsing thread and the layout tasks).</summary>
internal sealed class CpuTally
{
    private long _ticks;

    public void Add(TimeSpan used) => Interlocked.Add(ref _ticks, Math.Max(0, used.Ticks));

    public TimeSpan Total => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));
}

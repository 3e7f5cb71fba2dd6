using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Search.Bench.Scale;

/// <summary>
/// A child process of the scale bench (the Indexer, the SearchHost), started with <c>dotnet</c>, its
/// output copied to a log file, and its memory sampled every 100 ms from <c>/proc</c>: the peak
/// resident set of the process itself (VmHWM) and the peak sum of the resident sets of its whole
/// process tree (the Indexer's PDF workers are children of it).
/// </summary>
public sealed class BenchChild : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Thread _sampler;
    private readonly CancellationTokenSource _stop = new();
    private readonly HashSet<int> _descendantsSeen = [];
    private readonly Lock _gate = new();

    public string LogPath { get; }
    public int Id => _process.Id;
    public Stopwatch Clock { get; } = new();

    /// <summary>Largest VmHWM seen for the process itself, in bytes.</summary>
    public long PeakHwmBytes { get; private set; }
    /// <summary>Largest sum of VmRSS over the process and its descendants at one sample, in bytes.</summary>
    public long PeakTreeRssBytes { get; private set; }
    /// <summary>Largest VmHWM seen for any single descendant (a PDF worker), in bytes.</summary>
    public long PeakDescendantHwmBytes { get; private set; }
    public int DescendantsSeen { get { lock (_gate) return _descendantsSeen.Count; } }

    private readonly int _sampleMs;

    private BenchChild(Process process, StreamWriter log, string logPath, int sampleMs)
    {
        _process = process;
        _log = log;
        LogPath = logPath;
        _sampleMs = sampleMs;
        _sampler = new Thread(Sample) { IsBackground = true, Name = "rss-sampler" };
    }

    /// <summary>Starts <c>dotnet &lt;dll&gt; args…</c> in <paramref name="workingDirectory"/>, output to <paramref name="logPath"/>.</summary>
    /// <param name="sampleMs">How often the memory of the process tree is sampled: each sample reads every process's
    /// <c>/proc/N/stat</c> to find descendants, which on a busy machine costs the bench a few percent of a core (the
    /// short-lived PDF workers of an ingest need 100 ms; a host measured over HTTP does not, and shares the cores).</param>
    public static BenchChild Start(string dll, IEnumerable<string> arguments, string logPath, string? workingDirectory = null, int sampleMs = 100,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(DotnetExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        info.ArgumentList.Add(dll);
        foreach (var a in arguments) info.ArgumentList.Add(a);
        if (environment is not null)
            foreach (var (name, value) in environment) info.Environment[name] = value;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logPath))!);
        var log = new StreamWriter(logPath, append: false) { AutoFlush = false };
        log.WriteLine($"# dotnet {string.Join(' ', info.ArgumentList)}");
        var process = new Process { StartInfo = info };
        var child = new BenchChild(process, log, logPath, sampleMs);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        child.Clock.Start();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        child._sampler.Start();
        return child;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.WriteLine(line);
    }

    /// <summary>User and system CPU time of the process itself so far.</summary>
    public TimeSpan Cpu
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// CPU time (user + system) so far of each of the runtime's background JIT threads alive now (".NET Tiered Com…":
    /// tier-1 recompilation of hot methods and call counting), by thread id, read from <c>/proc/&lt;pid&gt;/task/*/stat</c>;
    /// empty where there is no /proc. The runtime ends that thread when it is idle and starts a new one later, so the CPU
    /// of a period is <see cref="CpuBetween"/> two readings, never the difference of two sums.
    /// </summary>
    public IReadOnlyDictionary<int, TimeSpan> JitThreads => ThreadCpu(Id, ".NET Tiered");

    /// <summary>
    /// CPU used between two readings of <see cref="JitThreads"/>: each thread's growth, a thread started since the first
    /// reading counted whole. A thread that ended between them is missing from the second reading, and the CPU it used
    /// after the first is lost: a lower bound, never negative.
    /// </summary>
    public static TimeSpan CpuBetween(IReadOnlyDictionary<int, TimeSpan> before, IReadOnlyDictionary<int, TimeSpan> after) =>
        after.Aggregate(TimeSpan.Zero, (sum, thread) => sum + thread.Value - before.GetValueOrDefault(thread.Key));

    /// <summary>CPU time (user + system) of each thread of a process whose name starts with <paramref name="prefix"/>, by thread id.</summary>
    internal static IReadOnlyDictionary<int, TimeSpan> ThreadCpu(int pid, string prefix)
    {
        const double TicksPerSecond = 100; // USER_HZ, 100 on Linux
        var threads = new Dictionary<int, TimeSpan>();
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                string stat;
                try { stat = File.ReadAllText(Path.Combine(task, "stat")); }
                catch (IOException) { continue; } // the thread ended
                var open = stat.IndexOf('(');
                var close = stat.LastIndexOf(')');
                if (open < 0 || close < open || !stat.AsSpan(open + 1, close - open - 1).StartsWith(prefix, StringComparison.Ordinal)) continue;
                if (!int.TryParse(Path.GetFileName(task), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var tid)) continue;
                // After "pid (comm) ": state, ppid, …; utime and stime are fields 14 and 15 of the line.
                var fields = stat[(close + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
                threads[tid] = TimeSpan.FromSeconds(ticks / TicksPerSecond);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return threads;
    }

    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    /// <summary>Waits for the exit (bounded); returns the wall time from the start to the exit.</summary>
    public TimeSpan WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Kill();
            throw new TimeoutException($"child {Id} still running after {timeout.TotalMinutes:0} min; killed (log: {LogPath})");
        }
        _process.WaitForExit(); // drains the redirected output
        Clock.Stop();
        StopSampling();
        return Clock.Elapsed;
    }

    /// <summary>Current VmRSS and VmHWM of the process itself, in bytes (0 when it is gone).</summary>
    public (long Rss, long Hwm) Memory() => ReadMemory(Id);

    /// <summary>SIGTERM (graceful shutdown of the host), then the whole tree is killed after <paramref name="grace"/>.</summary>
    public void Stop(TimeSpan grace)
    {
        if (_process.HasExited) { StopSampling(); return; }
        _ = SysKill(Id, 15);
        if (!_process.WaitForExit(grace)) Kill();
        else _process.WaitForExit();
        StopSampling();
    }

    public void Kill()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
        try { _process.WaitForExit(5000); } catch (InvalidOperationException) { }
        StopSampling();
    }

    /// <summary>The last <paramref name="count"/> lines of the log.</summary>
    public IReadOnlyList<string> Tail(int count)
    {
        lock (_log) _log.Flush();
        try
        {
            var queue = new Queue<string>();
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                queue.Enqueue(line);
                if (queue.Count > count) queue.Dequeue();
            }
            return [.. queue];
        }
        catch (IOException) { return []; }
    }

    private void StopSampling()
    {
        if (!_stop.IsCancellationRequested) _stop.Cancel();
        if (_sampler.IsAlive && _sampler != Thread.CurrentThread) _sampler.Join(2000);
        lock (_log) _log.Flush();
    }

    private void Sample()
    {
        while (!_stop.IsCancellationRequested)
        {
            SampleOnce();
            _stop.Token.WaitHandle.WaitOne(_sampleMs);
        }
    }

    private void SampleOnce()
    {
        var (rss, hwm) = ReadMemory(Id);
        if (hwm > PeakHwmBytes) PeakHwmBytes = hwm;
        long tree = rss;
        foreach (var pid in Descendants(Id))
        {
            lock (_gate) _descendantsSeen.Add(pid);
            var (r, h) = ReadMemory(pid);
            tree += r;
            if (h > PeakDescendantHwmBytes) PeakDescendantHwmBytes = h;
        }
        if (tree > PeakTreeRssBytes) PeakTreeRssBytes = tree;
    }

    public void Dispose()
    {
        Kill();
        _stop.Dispose();
        lock (_log) _log.Dispose();
        _process.Dispose();
    }

    /// <summary>VmRSS and VmHWM from /proc/&lt;pid&gt;/status, in bytes; zeros when unreadable.</summary>
    public static (long Rss, long Hwm) ReadMemory(int pid)
    {
        var status = ReadStatus(pid);
        return (status.GetValueOrDefault("VmRSS"), status.GetValueOrDefault("VmHWM"));
    }

    /// <summary>What the resident set of the process is made of now (<see cref="ResidentParts"/>).</summary>
    public ResidentParts RssParts()
    {
        var status = ReadStatus(Id);
        return new ResidentParts(status.GetValueOrDefault("RssAnon"), status.GetValueOrDefault("RssFile"), status.GetValueOrDefault("RssShmem"));
    }

    /// <summary>The memory lines of /proc/&lt;pid&gt;/status (VmRSS, VmHWM, RssAnon, RssFile, RssShmem), in bytes; none when unreadable.</summary>
    private static Dictionary<string, long> ReadStatus(int pid)
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                var colon = line.IndexOf(':');
                if (colon <= 0 || !(line.StartsWith("Vm", StringComparison.Ordinal) || line.StartsWith("Rss", StringComparison.Ordinal))) continue;
                var parts = line[(colon + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 1 && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb)) values[line[..colon]] = kb * 1024;
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return values;
    }

    /// <summary>Every live descendant of <paramref name="root"/> (parent links read from /proc/*/stat).</summary>
    private static List<int> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); }
            catch (IOException) { continue; }
            catch (UnauthorizedAccessException) { continue; }
            // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'.
            var close = stat.LastIndexOf(')');
            if (close < 0) continue;
            var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ppid)) continue;
            if (!children.TryGetValue(ppid, out var list)) children[ppid] = list = [];
            list.Add(pid);
        }
        var result = new List<int>();
        var stack = new Stack<int>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            if (!children.TryGetValue(stack.Pop(), out var kids)) continue;
            foreach (var kid in kids)
            {
                result.Add(kid);
                stack.Push(kid);
            }
        }
        return result;
    }

    /// <summary>The dotnet host running this bench, else <c>dotnet</c> from the PATH.</summary>
    public static string DotnetExecutable()
    {
        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SysKill(int pid, int signal);
}

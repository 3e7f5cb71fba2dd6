using System.Diagnostics;
using System.Text;

namespace Search.Pipeline.Extraction.Ocr;

/// <summary>
/// Runs a command-line tool as a child process: arguments passed one by one (no shell), stdout and stderr
/// read to the end, a wall-clock limit and optionally a CPU-time budget past which the whole process tree is killed.
/// </summary>
internal static class ChildProcess
{
    /// <param name="Cpu">The CPU time the process used (as last sampled when a CPU budget was set).</param>
    public sealed record Result(int ExitCode, string Stdout, string Stderr, TimeSpan Cpu = default)
    {
        /// <summary>The first non-empty line of stderr (or stdout), for error messages.</summary>
        public string FirstErrorLine() =>
            (Stderr + "\n" + Stdout).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "no message";
    }

    /// <summary>
    /// Runs <paramref name="fileName"/> and waits for it. Throws <see cref="TimeoutException"/> past
    /// <paramref name="timeout"/> and <see cref="OperationCanceledException"/> on cancellation (the process
    /// tree is killed either way), <see cref="System.ComponentModel.Win32Exception"/> when the program is not found.
    /// With <paramref name="cpuBudget"/>, also <see cref="CpuBudgetExceededException"/> once the process has used that
    /// much CPU time: unlike wall-clock time, what a loaded machine does not change.
    /// </summary>
    public static Result Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? cpuBudget = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (timeout <= TimeSpan.Zero) throw new TimeoutException();
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        if (environment is not null)
        {
            foreach (var (k, v) in environment) info.Environment[k] = v;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try { process.StandardInput.Close(); } catch (IOException) { }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(timeout);
        var cpu = TimeSpan.Zero;
        try
        {
            if (cpuBudget is { } allowed)
            {
                // Sampled every 50 ms: the process may overrun its budget by that much.
                while (!process.WaitForExitAsync(budget.Token).Wait(50))
                {
                    cpu = CpuOf(process) ?? cpu;
                    if (cpu <= allowed) continue;
                    Kill(process);
                    throw new CpuBudgetExceededException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"{Path.GetFileName(fileName)} used more than {allowed.TotalSeconds:0.#} s of CPU"), cpu);
                }
                cpu = CpuOf(process) ?? cpu;
            }
            else process.WaitForExitAsync(budget.Token).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is OperationCanceledException or AggregateException { InnerException: OperationCanceledException })
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path.GetFileName(fileName)} ran longer than {timeout.TotalSeconds:0.#} s"));
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path.GetFileName(fileName)} ran longer than {timeout.TotalSeconds:0.#} s"));
        }
        // The process has exited; its pipes close with it (a grandchild holding them is not waited for long).
        var output = stdout.Wait(TimeSpan.FromSeconds(10)) ? stdout.Result : "";
        var errors = stderr.Wait(TimeSpan.FromSeconds(10)) ? stderr.Result : "";
        return new Result(process.ExitCode, output, errors, cpu);
    }

    /// <summary>The process's CPU time so far (all threads); null once it has exited and been reaped.</summary>
    internal static TimeSpan? CpuOf(Process process)
    {
        try
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Exited meanwhile: on Linux a process already reaped has no /proc entry left to read, and
            // TotalProcessorTime throws Win32Exception ("Unable to retrieve the specified information about the
            // process"); the caller's last sample stands. Not a start failure: the page's text must not be lost over it.
            return null;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException) { } // already gone
        catch (System.ComponentModel.Win32Exception) { }
    }
}

/// <summary>A child process stopped because it used more CPU time than its budget.</summary>
internal sealed class CpuBudgetExceededException(string message, TimeSpan used) : TimeoutException(message)
{
    public TimeSpan Used { get; } = used;
}

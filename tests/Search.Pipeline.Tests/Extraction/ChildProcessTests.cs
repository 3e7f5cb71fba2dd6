using Search.Pipeline.Extraction.Ocr;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>
/// The child processes of OCR (pdftoppm, tesseract) under a CPU budget: a process that exits between two samples
/// of its CPU time is a finished run, not a failure to start, and one that spins is stopped by its budget.
/// </summary>
public sealed class ChildProcessTests
{
    [Fact]
    public void Short_lived_processes_under_a_cpu_budget_all_finish_normally()
    {
        // On Linux, sampling TotalProcessorTime of a process that exits at that moment throws Win32Exception
        // (its /proc entry is gone); that used to surface as "OCR tool could not be started" and cost the page
        // its text. Many short runs sample across many exits.
        for (var i = 0; i < 150; i++)
        {
            var result = ChildProcess.Run("/bin/sh", ["-c", "echo ok"], TimeSpan.FromMinutes(2), CancellationToken.None,
                cpuBudget: TimeSpan.FromSeconds(30));
            Assert.Equal(0, result.ExitCode);
            Assert.Equal("ok", result.Stdout.Trim());
        }
    }

    [Fact]
    public void A_process_that_spins_is_stopped_by_its_cpu_budget()
    {
        var budget = TimeSpan.FromMilliseconds(300);
        var e = Assert.Throws<CpuBudgetExceededException>(() => ChildProcess.Run("/bin/sh", ["-c", "while :; do :; done"],
            TimeSpan.FromMinutes(5), CancellationToken.None, cpuBudget: budget));
        Assert.True(e.Used > budget, $"stopped after {e.Used} of CPU");
        Assert.Contains("sh used more than", e.Message);
    }
}

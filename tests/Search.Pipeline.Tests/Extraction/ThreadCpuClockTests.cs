using Search.Pipeline.Extraction;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>The clock of the PDF layout budgets counts the thread's CPU time, so a busy machine does not change a page's layout.</summary>
public sealed class ThreadCpuClockTests
{
    [Fact]
    public void A_sleeping_thread_uses_almost_no_cpu_and_a_working_one_does()
    {
        if (!OperatingSystem.IsLinux()) return; // wall time elsewhere: nothing to tell apart

        // Compared with the CPU the same clock counts for work, never with a wall clock or a fixed figure: a busy machine
        // lengthens the sleep and the work's wall time, not the CPU either one uses.
        var start = ThreadCpuClock.Now();
        Thread.Sleep(400);
        var asleep = ThreadCpuClock.Now() - start;

        start = ThreadCpuClock.Now();
        var x = 0UL;
        for (var i = 0; i < 50_000_000; i++) x = x * 6364136223846793005UL + 1442695040888963407UL;
        var working = ThreadCpuClock.Now() - start;
        Assert.NotEqual(0UL, x);
        Assert.True(working > TimeSpan.Zero, "no CPU time counted for 50 million multiplications");
        // A wall clock would count the 400 ms asleep, more than the work's CPU (tens of milliseconds); the thread's clock
        // counts almost nothing.
        Assert.True(asleep * 4 < working, $"{asleep.TotalMilliseconds} ms of CPU counted while asleep for 400 ms, {working.TotalMilliseconds} ms for the work");
    }

    [Fact]
    public void A_tally_sums_what_several_threads_add()
    {
        var tally = new CpuTally();
        Parallel.For(0, 100, _ => tally.Add(TimeSpan.FromMilliseconds(3)));
        tally.Add(TimeSpan.FromMilliseconds(-5)); // a reading that went backwards counts nothing
        Assert.Equal(TimeSpan.FromMilliseconds(300), tally.Total);
    }
}

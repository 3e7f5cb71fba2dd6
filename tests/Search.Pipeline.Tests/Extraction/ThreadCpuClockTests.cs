using Search.Pipeline.Extraction;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>The clock of the PDF layout budgets counts the thread's CPU time, so a busy machine does not change a page's layout.</summary>
public sealed class ThreadCpuClockTests
{
    [Fact]
    public void A_waiting_thread_uses_almost_no_cpu_and_a_working_one_does()
    {
        if (!OperatingSystem.IsLinux()) return; // wall time elsewhere: nothing to tell apart

        // No duration anywhere: this thread waits for another to do a fixed amount of work, and each thread's clock is compared
        // with the other's. A busy machine lengthens the wait and the work's wall time, not the CPU either thread uses; a
        // wall clock would count the whole wait on this thread, at least as much as the work.
        var working = TimeSpan.Zero;
        var x = 0UL;
        var worker = new Thread(() =>
        {
            var begin = ThreadCpuClock.Now();
            for (var i = 0; i < 50_000_000; i++) x = x * 6364136223846793005UL + 1442695040888963407UL;
            working = ThreadCpuClock.Now() - begin;
        });
        var start = ThreadCpuClock.Now();
        worker.Start();
        worker.Join();
        var waiting = ThreadCpuClock.Now() - start;

        Assert.NotEqual(0UL, x);
        Assert.True(working > TimeSpan.Zero, "no CPU time counted for 50 million multiplications");
        Assert.True(waiting * 4 < working, $"{waiting.TotalMilliseconds} ms of CPU counted while waiting for the work, {working.TotalMilliseconds} ms for the work");
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

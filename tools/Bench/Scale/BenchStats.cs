using System.Diagnostics;

namespace Search.Bench.Scale;

/// <summary>Latency percentiles in milliseconds (nearest rank), over <see cref="Count"/> samples.</summary>
public sealed record Latency(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static Latency Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0) return new Latency(0, 0, 0, 0, 0, 0);
        double P(double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Latency(sorted.Length, P(50), P(95), P(99), sorted[^1], sorted.Average());
    }

    public override string ToString() =>
        $"p50 {Ms(P50)}   p95 {Ms(P95)}   p99 {Ms(P99)}   max {Ms(Max)}   mean {Ms(Mean)}   ({Count} samples)";

    public static string Ms(double ms) => ms >= 100 ? $"{ms:0} ms" : ms >= 10 ? $"{ms:0.0} ms" : $"{ms:0.00} ms";
}

/// <summary>One closed-loop throughput run: C clients, each sending its next request as soon as the previous one is answered.</summary>
public sealed record ThroughputRun(int Clients, double Seconds, long Requests, long Errors, double QueriesPerSecond, Latency Latency);

public static class ClosedLoop
{
    /// <summary>Hard cap on the requests of one run, whatever its duration.</summary>
    public const long MaxRequests = 1_000_000;

    /// <summary>
    /// Runs <paramref name="clients"/> asynchronous clients for <paramref name="duration"/> (or until
    /// <see cref="MaxRequests"/>): client c takes the queries round-robin from offset c·n/C.
    /// <paramref name="send"/> returns false for an error (counted, not timed).
    /// </summary>
    public static async Task<ThroughputRun> RunAsync(int clients, TimeSpan duration, IReadOnlyList<string> queries, Func<string, Task<bool>> send)
    {
        long total = 0, errors = 0;
        var clock = Stopwatch.StartNew();
        var perClient = new List<double>[clients];
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var samples = perClient[c] = new List<double>(4096);
            var i = c * queries.Count / clients;
            while (clock.Elapsed < duration && Interlocked.Increment(ref total) <= MaxRequests)
            {
                var q = queries[i++ % queries.Count];
                var start = clock.Elapsed.TotalMilliseconds;
                bool ok;
                try { ok = await send(q).ConfigureAwait(false); }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException) { ok = false; }
                if (ok) samples.Add(clock.Elapsed.TotalMilliseconds - start);
                else Interlocked.Increment(ref errors);
            }
        })).ToArray();
        await Task.WhenAll(tasks).ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;
        var all = perClient.SelectMany(s => s).ToList();
        var done = all.Count + errors;
        return new ThroughputRun(clients, seconds, done, errors, all.Count / seconds, Latency.Of(all));
    }

    /// <summary>The same closed loop on dedicated threads, for synchronous engines (SQLite: one connection per thread).</summary>
    public static ThroughputRun RunThreads(int threads, TimeSpan duration, IReadOnlyList<string> queries, Func<int, Func<string, bool>> sender)
    {
        long total = 0, errors = 0;
        var perThread = new List<double>[threads];
        var senders = Enumerable.Range(0, threads).Select(sender).ToArray(); // opened before the clock starts
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var samples = perThread[t] = new List<double>(4096);
            var i = t * queries.Count / threads;
            while (clock.Elapsed < duration && Interlocked.Increment(ref total) <= MaxRequests)
            {
                var q = queries[i++ % queries.Count];
                var start = clock.Elapsed.TotalMilliseconds;
                if (senders[t](q)) samples.Add(clock.Elapsed.TotalMilliseconds - start);
                else Interlocked.Increment(ref errors);
            }
        }) { IsBackground = true, Name = $"closed-loop-{t}" }).ToArray();
        foreach (var w in workers) w.Start();
        foreach (var w in workers) w.Join();
        var seconds = clock.Elapsed.TotalSeconds;
        var all = perThread.SelectMany(s => s).ToList();
        return new ThroughputRun(threads, seconds, all.Count + errors, errors, all.Count / seconds, Latency.Of(all));
    }

    public static string Describe(ThroughputRun r) =>
        $"{r.Clients} client(s): {r.QueriesPerSecond,8:0.0} q/s   {r.Requests} requests in {r.Seconds:0.0} s, {r.Errors} errors   "
        + $"p50 {Latency.Ms(r.Latency.P50)}  p95 {Latency.Ms(r.Latency.P95)}  p99 {Latency.Ms(r.Latency.P99)}";
}

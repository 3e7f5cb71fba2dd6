using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Search.Host;
using Search.TestSupport;

namespace Search.Bench;

/// <summary>
/// <c>Bench fuzz [--requests N] [--seed S] [--clients C] [--url http://127.0.0.1:PORT] [--index DIR] [--corpus DIR]</c>:
/// random and hostile requests (<see cref="HostileRequests"/>) to every endpoint of a SearchHost, started here on
/// 127.0.0.1 (over a copy of <c>--index</c>, else an index built from <c>--corpus</c>, default corpus-samples) or
/// already running at <c>--url</c> (loopback only). Prints the status counts, the 5xx and unanswered requests, the
/// slowest requests, the host's CPU time, and (in-process) the warnings and errors it logged.
/// </summary>
public static class FuzzBench
{
    public static async Task<int> Run(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        var requests = int.Parse(Option("requests") ?? "10000", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option("seed") ?? "12", CultureInfo.InvariantCulture);
        var clients = int.Parse(Option("clients") ?? "1", CultureInfo.InvariantCulture);
        var logged = new LogCounter();
        BenchHost? host = null;
        try
        {
            Uri address;
            if (Option("url") is { } url)
            {
                address = new Uri(url);
                if (!IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) || !IPAddress.IsLoopback(ip))
                {
                    Console.Error.WriteLine("--url must be on 127.0.0.1 or [::1].");
                    return 2;
                }
                await BenchHost.WaitReadyAsync(address);
            }
            else
            {
                host = await BenchHost.StartAsync(Option("index"), Option("corpus"), logged);
                address = host.Address;
            }
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
            logged.Clear();   // the start-up build's warnings (files not indexed) are not the fuzz's

            using var self = Process.GetCurrentProcess();
            var cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var report = await HostileRequests.RunAsync(client, requests, seed, clients);
            self.Refresh();
            var cpu = self.TotalProcessorTime - cpuBefore;

            Console.WriteLine($"{report.Count} requests from {clients} client(s), seed {seed}, in {clock.Elapsed.TotalSeconds:0.0} s against {address}");
            Console.WriteLine("status counts: " + string.Join("  ", report.StatusCounts.Select(kv => $"{kv.Key}: {kv.Value}")));
            Console.WriteLine($"5xx or unanswered: {report.Failures.Count}");
            foreach (var failure in report.Failures.Take(20)) Console.WriteLine("  " + failure);
            Console.WriteLine($"latency p50 {report.Percentile(50).TotalMilliseconds:0.0} ms  p99 {report.Percentile(99).TotalMilliseconds:0.0} ms  max {report.Percentile(100).TotalMilliseconds:0.0} ms"
                + (host is null ? "" : $"; this process's CPU {cpu.TotalSeconds:0.0} s ({cpu.TotalMilliseconds / Math.Max(1, report.Count):0.00} ms/request, client included)"));
            Console.WriteLine($"over 2 s: {report.Slowest(int.MaxValue).Count(r => r.Elapsed > TimeSpan.FromSeconds(2))}; slowest:");
            foreach (var (request, status, elapsed) in report.Slowest(10))
                Console.WriteLine($"  {elapsed.TotalMilliseconds,8:0.0} ms  {status}  {FuzzReport.Shorten(request)}");
            if (host is not null)
            {
                Console.WriteLine($"host log entries at Warning or above: {logged.Entries.Count}");
                foreach (var group in logged.Entries.GroupBy(e => $"{e.Level} {e.Category}: {FuzzReport.Shorten(e.Message)}").OrderByDescending(g => g.Count()).Take(10))
                    Console.WriteLine($"  {group.Count(),6} × {group.Key}");
            }
            return report.Failures.Count == 0 ? 0 : 1;
        }
        finally
        {
            if (host is not null) await host.DisposeAsync();
        }
    }

    private sealed class LogCounter : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Entries { get; private set; } = new();

        public void Clear() => Entries = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose() { }

        private sealed class Logger(LogCounter counter, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Warning) counter.Entries.Enqueue((logLevel, category, formatter(state, exception) + (exception is null ? "" : " " + exception.GetType().Name)));
            }
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Search.Core.Territories;
using Search.TestSupport;

namespace Search.Bench;

/// <summary>
/// <c>Bench hostile [--index DIR | --corpus DIR] [--seconds S] [--attackers N]</c>: issue 12's "any single request costs
/// under 1 s of CPU; a benign query answers in under 1 s while 4 worst-case queries run". A SearchHost started here on
/// 127.0.0.1 (host settings as shipped) over a copy of the index (or one built from the corpus, default corpus-samples).
/// First each worst-case request alone, sequentially: the process's CPU time for it (after one warm-up run), its status
/// and whether the answer is partial. Then N clients (default 4) send those requests in a loop while one client sends
/// benign queries: their latency, against the same benign queries on the idle host.
/// </summary>
public static class HostileBench
{
    public static async Task<int> Run(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        var seconds = double.Parse(Option("seconds") ?? "30", CultureInfo.InvariantCulture);
        var attackers = int.Parse(Option("attackers") ?? "4", CultureInfo.InvariantCulture);
        await using var host = await BenchHost.StartAsync(Option("index"), Option("corpus"));
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(120) };

        var worst = WorstRequests();
        Console.WriteLine($"Each worst-case request alone (CPU of this process, host and client, after a warm-up run); load {Load()}:");
        Console.WriteLine($"{"CPU ms",8} {"wall ms",8}  status  request");
        var overOne = 0;
        foreach (var (label, url) in worst)
        {
            await Send(client, url);
            var (alone, wall, status, partial, error) = await Measure(client, url);
            if (alone > TimeSpan.FromSeconds(1)) overOne++;
            Console.WriteLine($"{alone.TotalMilliseconds,8:0} {wall.TotalMilliseconds,8:0}  {status}{(partial ? " partial" : "")}  {label} ({url.Length:N0} characters){(status >= 400 ? ": " + FuzzReport.Shorten(error) : "")}");
        }
        Console.WriteLine($"over 1 s of CPU: {overOne}");

        var benign = new[] { "/api/search?q=apprentis", "/api/search?q=finances+locales+2022", "/?q=police+municipale", "/api/suggest?q=fina" };
        var idle = await Latencies(client, benign, TimeSpan.FromSeconds(Math.Min(10, seconds / 3)), CancellationToken.None);
        Console.WriteLine($"benign requests on the idle host: {Summary(idle)}; load {Load()}");

        using var stop = new CancellationTokenSource();
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        var attacks = Enumerable.Range(0, attackers).Select(a => Task.Run(async () =>
        {
            var sent = 0;
            for (var i = a; !stop.IsCancellationRequested; i++)
            {
                var status = await Send(client, worst[i % worst.Count].Url);
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                sent++;
            }
            return sent;
        })).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1)); // the attackers are all running
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var loaded = await Latencies(client, benign, TimeSpan.FromSeconds(seconds), CancellationToken.None);
        await stop.CancelAsync();
        var worstSent = (await Task.WhenAll(attacks)).Sum();
        self.Refresh();
        var cpu = self.TotalProcessorTime - cpuBefore;
        Console.WriteLine($"benign requests while {attackers} clients send worst-case requests: {Summary(loaded)}; load {Load()}");
        Console.WriteLine($"  worst-case requests sent: {worstSent} ({string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}); " +
                          $"CPU {cpu.TotalSeconds:0.0} s in {clock.Elapsed.TotalSeconds:0.0} s ({cpu / clock.Elapsed:0.00} cores)");
        Console.WriteLine($"  benign answers over 1 s: {loaded.Count(l => l.Elapsed > TimeSpan.FromSeconds(1))} of {loaded.Count}; refused (429): {loaded.Count(l => l.Status == 429)}");
        return 0;
    }

    /// <summary>The costliest requests the caps allow: most places, words, typo lookups, filter values; suggest with long input; the pages and exports.</summary>
    public static List<(string Label, string Url)> WorstRequests()
    {
        var places = Gazetteer.Default.All.Where(t => t.Level == TerritoryLevels.Commune && t.Population > 20_000 && !t.Name.Contains(' ') && !t.Name.Contains('-'))
            .OrderByDescending(t => t.Population).Select(t => t.Name).Distinct().Take(35).ToList();
        var letters = Enumerable.Range(0, 99).Select(n => "zorbl" + (char)('a' + n % 26) + (char)('a' + n / 26 % 26) + "x").ToList();
        string Q(IEnumerable<string> words) => Uri.EscapeDataString(string.Join(' ', words));
        var placesAndUnknown = Q(places.Concat(letters.Take(45)));
        var stopwords = Q(Enumerable.Repeat("le la de", 60));
        var communes = Gazetteer.Default.All.Where(t => t.Level == TerritoryLevels.Commune).OrderByDescending(t => t.Population).Take(50);
        var filters = string.Concat(Enumerable.Range(0, 100).Select(n => $"&publisher=Editeur{n}&type=Type{n}&theme=Theme{n}&year={1926 + n}"))
                      + string.Concat(communes.Select(t => $"&territory=commune:{t.Code}"));
        var frequent = Q(["commune", "finances", "locales", "departement", "region", "budget", "depenses", "recettes", "population", "emploi",
            "investissement", "fiscalite", "dotation", "intercommunalite", "apprentis", "police", "municipale", "statistiques", "collectivites", "territoriales"]);
        var suggestLong = Q(Enumerable.Range(0, 300).Select(n => "de").Append("co"));
        return
        [
            ("search: 35 places + 45 unknown words", "/api/search?q=" + placesAndUnknown),
            ("search: 99 unknown words (typo lookups)", "/api/search?q=" + Q(letters)),
            ("search: 35 places", "/api/search?q=" + Q(places)),
            ("search: 20 frequent words OR-ed by the relaxed pass", "/api/search?q=" + frequent),
            ("search: 180 stop words", "/api/search?q=" + stopwords),
            ("search: every filter at its cap, ancestors", "/api/search?q=finances" + filters + "&territoryAncestors=true"),
            ("search: places + unknown words, page 50, by date", "/api/search?q=" + placesAndUnknown + "&page=50&sort=date"),
            ("UI page: 35 places + 45 unknown words", "/?q=" + placesAndUnknown),
            ("UI page: every filter at its cap", "/?q=finances" + filters),
            ("export: every document (10,000 cap)", "/api/export?format=csv&q="),
            ("export: 20 frequent words", "/api/export?format=json&q=" + frequent),
            ("feed: 35 places + 45 unknown words", "/api/feed?q=" + placesAndUnknown),
            ("suggest: 300 words then a prefix", "/api/suggest?size=20&q=" + suggestLong),
            ("suggest: a two-letter prefix", "/api/suggest?size=20&q=de"),
            ("suggest: 1,000 characters of one word", "/api/suggest?size=20&q=" + new string('a', 1000)),
            ("territories: 200 characters", "/api/territories?limit=50&q=" + Q(Enumerable.Repeat("saint", 33)) + "+s"),
            ("territory page: Paris, last page", "/api/territories/commune/75056?page=500"),
        ];
    }

    private static async Task<int> Send(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
        return (int)response.StatusCode;
    }

    private static async Task<(TimeSpan Cpu, TimeSpan Wall, int Status, bool Partial, string Body)> Measure(HttpClient client, string url)
    {
        using var self = Process.GetCurrentProcess();
        var before = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        var wall = clock.Elapsed;
        self.Refresh();
        return (self.TotalProcessorTime - before, wall, (int)response.StatusCode, body.Contains("\"partial\":true", StringComparison.Ordinal), body);
    }

    private static async Task<List<(TimeSpan Elapsed, int Status)>> Latencies(HttpClient client, string[] urls, TimeSpan during, CancellationToken ct)
    {
        var result = new List<(TimeSpan, int)>();
        var total = Stopwatch.StartNew();
        for (var i = 0; total.Elapsed < during && !ct.IsCancellationRequested; i++)
        {
            var clock = Stopwatch.StartNew();
            var status = await Send(client, urls[i % urls.Length]);
            result.Add((clock.Elapsed, status));
        }
        return result;
    }

    private static string Summary(List<(TimeSpan Elapsed, int Status)> latencies)
    {
        var sorted = latencies.Select(l => l.Elapsed.TotalMilliseconds).Order().ToList();
        double At(double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p / 100 * sorted.Count))];
        return $"{sorted.Count} answers, p50 {At(50):0} ms, p90 {At(90):0} ms, max {sorted.LastOrDefault():0} ms";
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}

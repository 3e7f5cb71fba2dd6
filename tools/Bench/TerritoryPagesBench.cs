using System.Diagnostics;
using System.Globalization;
using Search.Core.Querying;
using Search.Core.Territories;

namespace Search.Bench;

/// <summary>
/// <c>Bench territory-pages &lt;index&gt; [--passes N]</c>: the index work of territory pages on an existing index — the
/// latest publications (the search a page makes) and <see cref="TerritoryOverview"/> (counts by level, mentions, and the
/// sections of a place without publications) — for France, every région and département, every 20th EPCI and every
/// 200th commune. One warm-up pass, then N passes; process CPU per page, per level and in all, with the overview apart.
/// </summary>
public static class TerritoryPagesBench
{
    public static int Run(string[] args)
    {
        var passes = int.Parse(args.SkipWhile(a => a != "--passes").Skip(1).FirstOrDefault() ?? "3", CultureInfo.InvariantCulture);
        using var provider = new IndexSearcherProvider(args[1]);
        var search = new SearchService(provider);
        var g = Gazetteer.Default;
        var byLevel = new List<Territory>[TerritoryLevels.All.Count];
        for (var i = 0; i < byLevel.Length; i++) byLevel[i] = [];
        var step = new Dictionary<string, int> { [TerritoryLevels.Commune] = 200, [TerritoryLevels.Epci] = 20 };
        foreach (var level in TerritoryLevels.All)
        {
            var all = g.All.Where(t => t.Level == level).OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
            var every = step.GetValueOrDefault(level, 1);
            byLevel[TerritoryLevels.Rank(level)].AddRange(all.Where((_, i) => i % every == 0));
        }
        var territories = byLevel.SelectMany(l => l).ToList();

        SearchResponse Latest(Territory t) => search.Search(new SearchRequest { Territories = [t.Key], Size = 10, Sort = SearchSort.Date });
        foreach (var t in territories) { Latest(t); TerritoryOverview.Of(search, t); }   // warm-up

        var deadEnds = territories.Count(t => TerritoryOverview.Of(search, t).Coverage.Count > 0);
        using (var lease = provider.Acquire()) Console.WriteLine($"index            {args[1]} ({lease?.Searcher.IndexReader.NumDocs} documents)");
        Console.WriteLine($"pages            {territories.Count} ({string.Join(", ", TerritoryLevels.All.Select(l => $"{byLevel[TerritoryLevels.Rank(l)].Count} {l}"))}); {deadEnds} with no publication about the place (sections shown)");
        Console.WriteLine($"passes           {passes}");
        Console.WriteLine("level          pages  latest ms CPU/page  overview ms CPU/page  page ms CPU/page");
        double totalLatest = 0, totalOverview = 0;
        foreach (var level in TerritoryLevels.All)
        {
            var list = byLevel[TerritoryLevels.Rank(level)];
            var latest = Cpu(() => { for (var p = 0; p < passes; p++) foreach (var t in list) Latest(t); }) / (passes * list.Count);
            var overview = Cpu(() => { for (var p = 0; p < passes; p++) foreach (var t in list) TerritoryOverview.Of(search, t); }) / (passes * list.Count);
            totalLatest += latest * list.Count;
            totalOverview += overview * list.Count;
            Console.WriteLine($"{level,-13} {list.Count,6}  {latest,18:0.00}  {overview,20:0.00}  {latest + overview,16:0.00}");
        }
        Console.WriteLine($"{"all",-13} {territories.Count,6}  {totalLatest / territories.Count,18:0.00}  {totalOverview / territories.Count,20:0.00}  {(totalLatest + totalOverview) / territories.Count,16:0.00}");
        return 0;
    }

    private static double Cpu(Action action)
    {
        using var self = Process.GetCurrentProcess();
        var before = self.TotalProcessorTime;
        action();
        self.Refresh();
        return (self.TotalProcessorTime - before).TotalMilliseconds;
    }
}

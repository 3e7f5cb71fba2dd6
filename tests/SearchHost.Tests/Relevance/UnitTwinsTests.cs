using Lucene.Net.Search;
using Search.Core.Querying;
using SearchHost.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SearchHost.Tests.Relevance;

/// <summary>
/// Which of a query's units a partial or loose hit holds is asked of each unit's matching twin
/// (<see cref="MatchingQuery.Of"/>, without the exact fields' clauses that its stemmed twin implies), where the words a hit
/// lacks were once asked of the unit's full query (<see cref="LooseMatches.UnitMatches"/> now does both with one weight
/// per unit). The two must find the same documents: checked here for every unit of every judged query (every query
/// file of eval/, each planned as typed and with the eager corrections of a search that found nothing), over an index.
/// </summary>
internal static class UnitTwins
{
    /// <summary>The units compared, those that found a document, and those whose twin is a different query.</summary>
    public static (int Units, int Matching, int Shed) Check(IndexSearcher searcher, ITestOutputHelper output)
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "eval"), "*-queries.tsv");
        Assert.True(files.Length >= 12, $"judged query files: {files.Length}");
        int units = 0, matching = 0, shed = 0;
        var maxDoc = Math.Max(1, searcher.IndexReader.MaxDoc);
        foreach (var file in files)
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var columns = line.Split('\t');
                if (columns.Length < 2 || columns[1].Length == 0) continue;
                foreach (var eager in new[] { false, true })
                {
                    var terms = new TermLookups(searcher.IndexReader);
                    if (QueryBuilder.Build(QueryText.Clean(columns[1]), terms, eagerCorrection: eager).Plan is not { } plan) continue;
                    foreach (var unit in plan.Required)
                    {
                        if (QueryBuilder.ForUnit(unit) is not { } query) continue;
                        var full = terms.Attach(query);
                        var twin = MatchingQuery.Of(full);
                        var byFull = Docs(searcher, full, maxDoc);
                        var byTwin = Docs(searcher, twin, maxDoc);
                        Assert.True(byFull.SetEquals(byTwin),
                            $"{Path.GetFileName(file)} {columns[0]}, unit '{unit.Original}': {byFull.Count} documents, its twin {byTwin.Count}");
                        units++;
                        if (byFull.Count > 0) matching++;
                        if (!twin.Equals(full)) shed++;
                    }
                }
            }
        output.WriteLine($"{units} units compared, {matching} finding documents, {shed} with a twin that sheds clauses");
        return (units, matching, shed);
    }

    private static HashSet<int> Docs(IndexSearcher searcher, Query query, int maxDoc) =>
        searcher.Search(new ConstantScoreQuery(query), maxDoc).ScoreDocs.Select(d => d.Doc).ToHashSet();
}

[Collection(HostCollection.Name)]
public sealed class UnitTwinsTests(HostFixture host, ITestOutputHelper output)
{
    [Fact]
    public void Every_judged_querys_units_find_the_same_documents_as_their_matching_twins_over_the_samples()
    {
        using var provider = new IndexSearcherProvider(Path.Combine(host.DataPath, "index"));
        using var lease = provider.Acquire()!;
        var (units, matching, shed) = UnitTwins.Check(lease.Searcher, output);
        // Not a vacuous check: hundreds of units, many of which find documents through clauses the twin leaves out.
        Assert.True(units >= 500, $"units: {units}");
        Assert.True(matching >= 100, $"units finding documents: {matching}");
        Assert.True(shed >= 100, $"units whose twin sheds clauses: {shed}");
    }
}

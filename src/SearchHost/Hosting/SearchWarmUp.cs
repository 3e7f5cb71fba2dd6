using Lucene.Net.Index;
using Search.Core.Documents;
using Search.Core.Querying;
using Search.Core.Territories;

namespace Search.Host.Hosting;

/// <summary>
/// Searches the served index with its own words before the host says it is ready (<c>Index:WarmUpSearches</c>): a fresh
/// process runs a search's code as the ReadyToRun images hold it until the runtime has compiled the hot methods again, and
/// over its first few hundred requests that compilation was about half of the host's CPU (docs/BENCHMARKS.md, "Sixth
/// session: where the host's second half goes", "Thirty-sixth session, lead"). The searches take the shapes users' queries
/// take — one to three frequent words of the titles, a word and a year, a word and a département, a word typed with a
/// slip, the newest first, a second page — and are not recorded in the query log; none reaches for data only a rarer
/// query needs (the thesaurus of a query without a complete match: a host's memory holds it once such a query comes).
/// Then it waits (two seconds at most) until the runtime has no method left to compile.
/// </summary>
public static class SearchWarmUp
{
    /// <summary>The searches a host runs by default.</summary>
    public const int DefaultSearches = 50;

    /// <summary>Runs <paramref name="count"/> searches over <paramref name="provider"/>'s index (none when it is empty);
    /// returns how many ran. A search that fails is skipped: warming up never stops a start.</summary>
    public static int Run(IndexSearcherProvider provider, SearchLimits limits, int count, CancellationToken cancellationToken)
    {
        if (count <= 0) return 0;
        var requests = Requests(provider, count);
        if (requests.Count == 0) return 0;
        var search = new SearchService(provider, queryLog: null, limits: limits);
        var ran = 0;
        foreach (var request in requests)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                search.Search(request, cancellationToken);
                ran++;
            }
            catch (Exception e) when (e is not OperationCanceledException) { }
        }
        SettleCompilations(TimeSpan.FromSeconds(2), cancellationToken);
        return ran;
    }

    /// <summary>
    /// The warm-up's requests over the index's vocabulary: its most frequent words of five letters or more in the titles
    /// (as written, folded), its publication years and the départements its documents are about; empty for an empty index.
    /// </summary>
    public static IReadOnlyList<SearchRequest> Requests(IndexSearcherProvider provider, int count)
    {
        using var lease = provider.Acquire();
        if (lease is null || count <= 0) return [];
        var reader = lease.Searcher.IndexReader;
        var words = FrequentTerms(reader, Schema.TitleExact, 64, t => t.Length >= 5 && t.All(char.IsLetter));
        if (words.Count == 0) return [];
        var years = FrequentTerms(reader, Schema.Year, 8, t => t.Length == 4 && t.All(char.IsDigit));
        var places = FrequentTerms(reader, Schema.TerritoryTree, 8, t => t.StartsWith(TerritoryLevels.Departement + ":", StringComparison.Ordinal))
            .Select(key => Gazetteer.Default.FindKey(key)?.Name).OfType<string>().ToList();
        var requests = new List<SearchRequest>(count);
        for (var i = 0; requests.Count < count; i++)
        {
            string Word(int k) => words[(i + k * 7) % words.Count];
            requests.Add((i % 8) switch
            {
                0 => new SearchRequest { Query = Word(0) },
                1 => new SearchRequest { Query = $"{Word(0)} {Word(1)}" },
                2 => new SearchRequest { Query = $"{Word(0)} {Word(1)} {Word(2)}" },
                3 => new SearchRequest { Query = years.Count > 0 ? $"{Word(0)} {years[i % years.Count]}" : Word(0) },
                4 => new SearchRequest { Query = places.Count > 0 ? $"{Word(0)} {places[i % places.Count]}" : Word(0) },
                5 => new SearchRequest { Query = Slip(Word(0)) },
                6 => new SearchRequest { Query = $"{Word(0)} {Word(1)}", Sort = SearchSort.Date },
                _ => new SearchRequest { Query = $"{Word(1)} {Word(2)}", Page = 2 },
            });
        }
        return requests;
    }

    /// <summary>The word with its two middle letters swapped ("communes" -> "comumnes"), a slip a search corrects.</summary>
    public static string Slip(string word)
    {
        if (word.Length < 4) return word;
        var letters = word.ToCharArray();
        var k = letters.Length / 2;
        (letters[k - 1], letters[k]) = (letters[k], letters[k - 1]);
        return new string(letters);
    }

    /// <summary>The <paramref name="take"/> terms of a field held by the most documents (ties in the terms' order) that <paramref name="keep"/> accepts.</summary>
    private static List<string> FrequentTerms(IndexReader reader, string field, int take, Func<string, bool> keep)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return [];
        var found = new List<(string Term, int DocFreq)>();
        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            var term = e.Term.Utf8ToString();
            if (keep(term)) found.Add((term, e.DocFreq));
        }
        return found.OrderByDescending(t => t.DocFreq).ThenBy(t => t.Term, StringComparer.Ordinal).Take(take).Select(t => t.Term).ToList();
    }

    /// <summary>Waits until the runtime has compiled no new method for a quarter of a second, at most <paramref name="atMost"/>.</summary>
    private static void SettleCompilations(TimeSpan atMost, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + atMost;
        var last = System.Runtime.JitInfo.GetCompiledMethodCount();
        while (DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
        {
            Thread.Sleep(250);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == last) return;
            last = now;
        }
    }
}

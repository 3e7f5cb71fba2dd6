using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using Search.Core.Analysis;
using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Bench;

/// <summary>
/// <c>Bench absent-words &lt;index&gt; &lt;out.tsv&gt; --queries a-dev-queries.tsv,… [--words /usr/share/dict/french] [--n 300] [--seed 20]</c>:
/// no-answer queries made of correctly spelt French words the index lacks. Draws, with a fixed seed, N words of the word list
/// (6 letters or more, letters only, in no document's body or title: document frequency 0 in <c>body_exact</c> and
/// <c>title_exact</c>, folded as a query is) and writes each twice as a query file for <c>Bench queries --dump</c>: alone,
/// and after the two most frequent words (in bodies) of a dev query drawn with the same seed. A version that reads such a
/// word as a typo of another word answers with hits; the dump's totals count them. Test files are refused. Contacts nothing.
/// </summary>
public static class AbsentWordsBench
{
    public static int Run(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        if (args.Length < 3 || Option("queries") is not { } queryFiles)
        {
            Console.Error.WriteLine("usage: Bench absent-words <index> <out.tsv> --queries a-dev-queries.tsv,… [--words /usr/share/dict/french] [--n 300] [--seed 20]");
            return 2;
        }
        var n = int.Parse(Option("n") ?? "300", CultureInfo.InvariantCulture);
        var random = new Random(int.Parse(Option("seed") ?? "20", CultureInfo.InvariantCulture));
        var files = queryFiles.Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (files.Any(f => f.Contains("-test-", StringComparison.Ordinal)))
        {
            Console.Error.WriteLine("test halves are held out: give dev query files only.");
            return 2;
        }
        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(args[1]));
        int Df(string field, string word) => reader.DocFreq(new Term(field, word));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var absent = new List<string>();
        foreach (var line in File.ReadLines(Option("words") ?? FrenchLexicon.DefaultPath, Encoding.UTF8))
        {
            var word = line.Trim().ToLowerInvariant();
            var folded = QueryText.Fold(word);
            if (folded.Length < 6 || !folded.All(char.IsLetter) || !seen.Add(folded)) continue;
            if (Df(Schema.BodyExact, folded) == 0 && Df(Schema.TitleExact, folded) == 0) absent.Add(word);
        }
        absent.Sort(StringComparer.Ordinal);

        // The two words of each dev query most frequent in bodies (letters only, 4 letters or more).
        var pairs = new List<string>();
        foreach (var file in files)
            foreach (var query in File.ReadLines(file).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 2).Select(c => c[1]))
            {
                var frequent = query.Split([' ', '\'', '’', ',', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
                    .Select(QueryText.Fold).Where(w => w.Length >= 4 && w.All(char.IsLetter)).Distinct(StringComparer.Ordinal)
                    .Select(w => (Word: w, Df: Df(Schema.BodyExact, w))).Where(w => w.Df > 0)
                    .OrderByDescending(w => w.Df).ThenBy(w => w.Word, StringComparer.Ordinal).Take(2).ToList();
                if (frequent.Count == 2) pairs.Add($"{frequent[0].Word} {frequent[1].Word}");
            }
        if (pairs.Count == 0)
        {
            Console.Error.WriteLine("no dev query has two indexed words.");
            return 2;
        }

        using var output = new StreamWriter(args[2], false, new UTF8Encoding(false));
        output.WriteLine("qid\tquery\tkind\tnote");
        var drawn = absent.OrderBy(_ => random.Next()).Take(n).ToList();
        for (var i = 0; i < drawn.Count; i++)
        {
            output.WriteLine($"a{i:D3}\t{drawn[i]}\talone\t");
            output.WriteLine($"b{i:D3}\t{pairs[random.Next(pairs.Count)]} {drawn[i]}\tafter\t");
        }
        // The query side's folded word list (what a search host loads on its first correction): its size.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var lexicon = FrenchLexicon.Folded;
        var built = clock.Elapsed.TotalMilliseconds;
        // The load's temporary arrays leave gaps in the large object heap: compacted before measuring.
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"folded word list ({FrenchLexicon.DefaultPath} or ${FrenchLexicon.PathVariable}): {lexicon.Count:N0} forms, arrays {lexicon.Size / 1048576.0:F1} MB, " +
            $"managed heap +{(after - before) / 1048576.0:F1} MB, loaded in {built:F0} ms");
        GC.KeepAlive(lexicon);
        // A second list built the same way, once the code and its static tables are loaded: what one list holds.
        var again = new FoldedWords(File.ReadLines(FrenchLexicon.DefaultPath, Encoding.UTF8));
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        Console.WriteLine($"a second copy: managed heap +{(GC.GetTotalMemory(forceFullCollection: true) - after) / 1048576.0:F1} MB");
        GC.KeepAlive(again);
        Console.WriteLine($"{absent.Count:N0} words of the list (6+ letters) absent from {args[1]}; {drawn.Count} drawn, {pairs.Count} dev queries with two indexed words");
        return 0;
    }
}

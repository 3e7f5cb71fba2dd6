using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// The same publication at another level (issue 14, near-duplicates): a publisher may issue one document per level of local
/// authority — the DGCL's methodological notes "Fiche de situation financière des communes", "… des départements", "… des
/// régions" (files <c>dgcl_methodo_commune_2013.pdf</c>, <c>…_departement_2013.pdf</c>, <c>…_region_2013.pdf</c>). A query that
/// names a level ("comment sont calculées les moyennes de strate pour comparer les communes ?") finds the commune's one, but its
/// siblings explain the same thing for their own level and never say "communes": they are no match, while reports that say every
/// word in passing are. So when a question (not a query naming the level's documents: <see cref="Find"/>) has among its first
/// <see cref="RankingParameters.LevelSiblingReach"/> hits such a publication at a level it names, its siblings follow it, labelled
/// with the level word they lack. A sibling is a document whose address
/// is the hit's with the level swapped in its last segment (<c>commune</c> → <c>departement</c>, <c>region</c>, same number) and
/// whose title is the hit's with the level word swapped (one of the two titles may go on: "… des départements Note
/// méthodologique"): both, so that two documents merely filed alike ("…_commune_2013_account", "…_epci_2013_account": two
/// places' tables) are not siblings. Read from four dev halves (zset, shared, tset, wset: docs/BENCHMARKS.md, "Twenty-ninth
/// session (rel29)").
/// </summary>
public static partial class LevelSiblings
{
    /// <summary>The levels a publication is made for, each by its folded words (singular, plural) in a title or an address.</summary>
    private static readonly string[][] Levels =
    [
        ["commune", "communes"],
        ["departement", "departements"],
        ["region", "regions"],
    ];

    /// <summary>The index of the level a folded word names, or -1.</summary>
    private static int LevelOf(string folded)
    {
        for (var i = 0; i < Levels.Length; i++)
            if (Array.IndexOf(Levels[i], folded) >= 0) return i;
        return -1;
    }

    /// <summary>
    /// For each of the first <paramref name="reach"/> documents of <paramref name="ranked"/> that is a publication at a level the
    /// query names, its siblings at the other levels ranked below it or not ranked (in level order); null when there are none.
    /// </summary>
    /// <param name="missing">The words of the query's required units a document lacks (<see cref="LooseMatches.UnitMatches.Missing"/>): a
    /// sibling lacks none but the level's (the départements' note lacks "communes", not "CFE" and "zéro").</param>
    public static IReadOnlyDictionary<int, int[]>? Find(IndexSearcher searcher, QueryPlan? plan, ScoreDoc[] ranked, int reach,
        Func<int, IReadOnlyList<string>> missing)
    {
        // A question (its interrogative dropped: "comment sont calculées…", "qu'est-ce qu'un…") asks how a thing is defined or done,
        // which the publication explains at every level alike; a query naming the level's documents ("comptes des régions DGFiP")
        // asks for that level's, and the siblings are no answer to it.
        if (reach <= 0 || plan is null || plan.QuestionWords.Count == 0 || ranked.Length == 0) return null;
        var asked = new HashSet<int>();
        foreach (var unit in plan.Required)
        {
            var level = LevelOf(QueryText.Fold(unit.Correction ?? unit.Original));
            if (level >= 0) asked.Add(level);
        }
        if (asked.Count == 0) return null;
        Dictionary<int, int[]>? found = null;
        var above = new HashSet<int>();
        foreach (var head in ranked.Take(reach))
        {
            above.Add(head.Doc);
            var (url, title) = UrlAndTitle(searcher, head.Doc);
            if (url is null || title is null) continue;
            var titleWords = Words(title);
            foreach (var level in asked)
            {
                if (!titleWords.Any(w => LevelOf(w) == level)) continue;
                var siblings = new List<int>();
                foreach (var (candidate, other) in SwappedAddresses(url, level))
                {
                    if (FindUrl(searcher, candidate) is not { } doc || above.Contains(doc) || siblings.Contains(doc)) continue;
                    if (UrlAndTitle(searcher, doc).Title is { } siblingTitle && SameTitle(titleWords, level, Words(siblingTitle), other)
                        && missing(doc).All(word => LevelOf(QueryText.Fold(word)) == level))
                        siblings.Add(doc);
                }
                if (siblings.Count == 0) continue;
                (found ??= [])[head.Doc] = [.. siblings];
                above.UnionWith(siblings);
            }
        }
        return found;
    }

    /// <summary><paramref name="ranked"/> with each head's siblings right after it (taken from their places below, if ranked), each
    /// with the head's score; the documents added that were not ranked are given in <paramref name="added"/>.</summary>
    public static ScoreDoc[] Insert(ScoreDoc[] ranked, IReadOnlyDictionary<int, int[]> siblings, out int[] added)
    {
        var moved = siblings.Values.SelectMany(s => s).ToHashSet();
        var present = ranked.Select(d => d.Doc).ToHashSet();
        added = [.. moved.Where(d => !present.Contains(d))];
        var result = new List<ScoreDoc>(ranked.Length + added.Length);
        foreach (var d in ranked)
        {
            if (moved.Contains(d.Doc)) continue;
            result.Add(d);
            if (siblings.TryGetValue(d.Doc, out var own))
                foreach (var s in own) result.Add(new ScoreDoc(s, d.Score));
        }
        return [.. result];
    }

    /// <summary>The address with its last segment's level token (a word of <paramref name="level"/>) swapped for each other level's
    /// word of the same number: <c>pdf/dgcl_methodo_commune_2013.pdf</c> → <c>pdf/dgcl_methodo_departement_2013.pdf</c>, ….</summary>
    public static IEnumerable<(string Url, int Level)> SwappedAddresses(string url, int level)
    {
        var slash = url.LastIndexOf('/') + 1;
        var segment = url[slash..];
        foreach (System.Text.RegularExpressions.Match token in Token().Matches(segment))
        {
            var number = Array.IndexOf(Levels[level], token.Value.ToLowerInvariant());
            if (number < 0) continue;
            for (var other = 0; other < Levels.Length; other++)
            {
                if (other == level) continue;
                var word = Levels[other][number];
                if (token.Value.All(char.IsUpper)) word = word.ToUpperInvariant();
                yield return (url[..slash] + segment[..token.Index] + word + segment[(token.Index + token.Length)..], other);
            }
        }
    }

    /// <summary>Whether two titles are the same apart from the level word (one of each level, at the same place), one of them
    /// possibly going on after the other; the shorter holds three words at least.</summary>
    public static bool SameTitle(IReadOnlyList<string> head, int headLevel, IReadOnlyList<string> sibling, int siblingLevel)
    {
        var length = Math.Min(head.Count, sibling.Count);
        if (length < 3) return false;
        var swapped = 0;
        for (var i = 0; i < length; i++)
        {
            if (head[i] == sibling[i]) continue;
            if (LevelOf(head[i]) != headLevel || LevelOf(sibling[i]) != siblingLevel) return false;
            swapped++;
        }
        return swapped == 1;
    }

    /// <summary>The folded words of a title.</summary>
    public static List<string> Words(string title) => QueryText.FoldedWords(title).ToList();

    private static (string? Url, string? Title) UrlAndTitle(IndexSearcher searcher, int doc)
    {
        var visitor = new Schema.LeadingStoredFields(Schema.Url, Schema.Title);
        searcher.Doc(doc, visitor);
        return (visitor[Schema.Url], visitor[Schema.Title]);
    }

    private static int? FindUrl(IndexSearcher searcher, string url)
    {
        var top = searcher.Search(new TermQuery(new Term(Schema.Url, url)), 1);
        return top.TotalHits > 0 ? top.ScoreDocs[0].Doc : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial System.Text.RegularExpressions.Regex Token();
}

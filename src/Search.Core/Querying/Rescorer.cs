using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// Second phase of a search: the full score (phrase boosts, exact forms, year and territory
/// preferences) of a window of the best documents of the cheap first phase
/// (<see cref="MatchingQuery"/>), then the final order. Within the window the order is exactly the
/// one the full query would give over the whole index; a document outside it could only enter the
/// first page through boosts worth more than the gap to the window's last score.
/// </summary>
public static class Rescorer
{
    /// <summary>Documents rescored beyond the ones asked for (a page of 10 rescoring the best 200).</summary>
    public const int Window = 200;

    /// <summary>
    /// Rescores <paramref name="firstPhase"/> (any order) with <paramref name="full"/> — which must match
    /// every one of them — and sorts by score then date (newest first), or by date then score.
    /// </summary>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, Query full, ScoreDoc[] firstPhase, bool byDate)
    {
        if (firstPhase.Length == 0) return firstPhase;
        var byDoc = firstPhase.Select(d => new ScoreDoc(d.Doc, d.Score)).OrderBy(d => d.Doc).ToArray();
        var dates = new long[byDoc.Length];
        // Same matching as the first phase, so the scorer is on each document; if not, its first score stays.
        ScoreEach(searcher, full, byDoc, (i, score) => byDoc[i].Score = score, dates);

        var order = Enumerable.Range(0, byDoc.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var c = byDate ? dates[b].CompareTo(dates[a]) : byDoc[b].Score.CompareTo(byDoc[a].Score);
            if (c == 0) c = byDate ? byDoc[b].Score.CompareTo(byDoc[a].Score) : dates[b].CompareTo(dates[a]);
            return c != 0 ? c : byDoc[a].Doc.CompareTo(byDoc[b].Doc);
        });
        return order.Select(i => byDoc[i]).ToArray();
    }

    /// <summary>
    /// Scores the documents of <paramref name="byDoc"/> (sorted by document) with <paramref name="query"/>, one scorer per segment
    /// that sees only these documents, and gives each matching one's score to <paramref name="score"/> (by its index in
    /// <paramref name="byDoc"/>); a document the query does not match is not given. With <paramref name="dates"/>, also reads
    /// each document's date (newest first sorting) into it.
    /// </summary>
    internal static void ScoreEach(IndexSearcher searcher, Query query, ScoreDoc[] byDoc, Action<int, float> score, long[]? dates = null)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        var end = 0;
        AtomicReaderContext? context = null;
        Scorer? scorer = null;
        NumericDocValues? dateValues = null;
        for (var i = 0; i < byDoc.Length; i++)
        {
            var doc = byDoc[i].Doc;
            while (doc >= end)
            {
                context = leaves[++leaf];
                end = context.DocBase + context.AtomicReader.MaxDoc;
                scorer = null;
                dateValues = null;
                if (doc < end)
                {
                    // The scorer sees only these documents of the segment: a phrase clause, which would otherwise read the
                    // positions of every document between two of them (its Advance looks for the next document that has the
                    // phrase), reads them for these only. Scores do not depend on the accepted set.
                    scorer = weight.GetScorer(context, WindowDocs(byDoc, i, end, context));
                    if (dates is not null) dateValues = context.AtomicReader.GetNumericDocValues(Schema.DateSort);
                }
            }
            var target = doc - context!.DocBase;
            if (dates is not null) dates[i] = dateValues?.Get(target) ?? 0;
            if (scorer is null) continue;
            if (scorer.DocID < target) scorer.Advance(target);
            if (scorer.DocID == target) score(i, scorer.GetScore());
        }
    }

    /// <summary>The documents of <paramref name="byDoc"/> (sorted) from index <paramref name="from"/> that lie in the segment, as its bits.</summary>
    internal static FixedBitSet WindowDocs(ScoreDoc[] byDoc, int from, int end, AtomicReaderContext context)
    {
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        for (var i = from; i < byDoc.Length && byDoc[i].Doc < end; i++) bits.Set(byDoc[i].Doc - context.DocBase);
        return bits;
    }
}

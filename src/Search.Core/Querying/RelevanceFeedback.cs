using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// Pseudo-relevance feedback (RM3-like, issue 14): the words the best documents of a search share, which the query did not
/// type, reorder the documents the query already matched. The reader's words are not always the publisher's ("maison de
/// retraite" for a report on an EHPAD): the best hits tell which words the publisher uses for the subject, and the other
/// hits that use them are likelier about it than those that print the query's words in passing.
/// <para>
/// What it may do, and what not: it only reorders the rescored window (the complete matches, or the widened answer's
/// matches); it adds no document, so a query without a hit gains none, and a document the query does not match is never
/// found through it. The feedback's words come from the first <see cref="RankingParameters.FeedbackDocs"/> hits' title,
/// summary and the first <see cref="RankingParameters.FeedbackTextChars"/> characters of their first page (read without the rest of the stored
/// document), weighed by how often each hit uses them against how many documents hold them; the window's documents are
/// scored on them (BM25 over the stemmed text, the window only), and that score, as a share of the window's best, adds at
/// most <see cref="RankingParameters.FeedbackWeight"/> times the first hit's score to a document's below the feedback documents,
/// which keep their places. It runs for a query a synonym or glossary group widened (<see cref="RankingParameters.FeedbackExpandedOnly"/>).
/// Off (weight 0): not run.
/// </para>
/// </summary>
public static class RelevanceFeedback
{
    /// <summary>A feedback word must be held by at least this many documents (one: only the feedback document itself).</summary>
    private const int MinDocFreq = 2;

    /// <summary>Candidate words looked up per word kept: the most used of the feedback documents' words.</summary>
    private const int Candidates = 10;

    /// <summary>
    /// <paramref name="ranked"/> (best first, rescored) with its first <see cref="RankingParameters.FeedbackDocs"/> documents in their
    /// places and the others reordered by their score plus the feedback's share; the same array when there is nothing to do
    /// (feedback off, a query no synonym or glossary group widened, no document to reorder, no feedback word).
    /// </summary>
    public static ScoreDoc[] Reorder(IndexSearcher searcher, string queryText, QueryPlan? plan, ScoreDoc[] ranked, RankingParameters ranking, TermLookups terms)
    {
        if (ranking.FeedbackExpandedOnly && (plan is null || !plan.Units.Any(u => u.Exact is not null))) return ranked;
        if (ranking.FeedbackWeight <= 0 || ranking.FeedbackDocs <= 0 || ranking.FeedbackTerms <= 0 || ranked.Length <= ranking.FeedbackDocs + 1) return ranked;
        var top = ranked[0].Score;
        if (!(top > 0) || !float.IsFinite(top)) return ranked;
        var words = Words(searcher, queryText, ranked, ranking);
        if (words.Count == 0) return ranked;
        var feedback = new BooleanQuery(disableCoord: true);
        var best = words[0].Weight;
        foreach (var (term, weight) in words)
        {
            var t = new Term(Schema.Body, term);
            feedback.Add(new TermQuery(t, terms.For(t)) { Boost = weight / best }, Occur.SHOULD);
        }
        var scores = Scores(searcher, feedback, ranked);
        var max = scores.Max();
        if (!(max > 0)) return ranked;
        // The feedback documents keep their places (they are the feedback's premise); the others follow them, reordered, their
        // scores kept below the last feedback document's (the rules after this one read the scores in this order).
        var fixedCount = Math.Min(ranking.FeedbackDocs, ranked.Length);
        var ceiling = ranked[fixedCount - 1].Score;
        var combined = new float[ranked.Length];
        for (var i = fixedCount; i < ranked.Length; i++) combined[i] = ranked[i].Score + ranking.FeedbackWeight * top * scores[i] / max;
        // (Scaled down together when one passes the ceiling: the order among them is the combined scores'.)
        var highest = combined.Skip(fixedCount).Max();
        if (highest > ceiling && highest > 0)
            for (var i = fixedCount; i < ranked.Length; i++) combined[i] *= ceiling / highest;
        var rest = Enumerable.Range(fixedCount, ranked.Length - fixedCount).ToArray();
        // Stable: equal combined scores keep the rescoring's order (its date tie-break).
        Array.Sort(rest, (a, b) => combined[b].CompareTo(combined[a]) is var c && c != 0 ? c : a.CompareTo(b));
        return [.. ranked.Take(fixedCount), .. rest.Select(i => new ScoreDoc(ranked[i].Doc, combined[i]))];
    }

    /// <summary>The feedback's words (stemmed body terms) with their weights, heaviest first: the query's own words, numbers and
    /// words of fewer than three letters left out.</summary>
    internal static List<(string Term, float Weight)> Words(IndexSearcher searcher, string queryText, ScoreDoc[] ranked, RankingParameters ranking)
    {
        var reader = searcher.IndexReader;
        var typed = FrenchAnalyzers.Terms(FrenchAnalyzers.ForSchema, queryText).ToHashSet(StringComparer.Ordinal);
        var top = ranked[0].Score;
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var hit in ranked.Take(ranking.FeedbackDocs))
        {
            var visitor = new LeadingText(ranking.FeedbackTextChars);
            searcher.Doc(hit.Doc, visitor);
            var terms = FrenchAnalyzers.Terms(FrenchAnalyzers.ForSchema, visitor.Text);
            if (terms.Count == 0) continue;
            // RM1: a word's share of the document's words, weighed by the document's score against the first hit's.
            var share = Math.Max(0f, hit.Score) / top / terms.Count;
            foreach (var term in terms)
                if (term.Length >= 3 && !typed.Contains(term) && !term.Any(char.IsDigit))
                    weights[term] = weights.GetValueOrDefault(term) + share;
        }
        var n = Math.Max(1, reader.NumDocs);
        var maxShare = ranking.FeedbackMaxShare;
        var scored = new List<(string Term, float Weight)>(weights.Count);
        // One terms enumerator per segment for every word (a lookup through the reader would make one per word and segment).
        var enums = reader.Leaves.Select(l => l.AtomicReader.GetTerms(Schema.Body)?.GetEnumerator()).ToArray();
        var bytes = new BytesRef();
        // Only the words the feedback documents use most are looked up (a lookup per distinct word of three leads would cost
        // more than the search).
        foreach (var (term, weight) in weights.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Take(ranking.FeedbackTerms * Candidates))
        {
            bytes.CopyChars(term);
            var df = 0;
            foreach (var termsEnum in enums)
                if (termsEnum is not null && termsEnum.SeekExact(bytes)) df += termsEnum.DocFreq;
            if (df < MinDocFreq || (maxShare > 0 && df > maxShare * n)) continue;
            scored.Add((term, weight * (float)Math.Log(1 + (n - df + 0.5) / (df + 0.5))));
        }
        return [.. scored.OrderByDescending(s => s.Weight).ThenBy(s => s.Term, StringComparer.Ordinal).Take(ranking.FeedbackTerms)];
    }

    /// <summary>Each document's score for <paramref name="query"/> (0 when it does not match), in the order of <paramref name="docs"/>;
    /// the scorers see only these documents (<see cref="Rescorer.ScoreEach"/>).</summary>
    private static float[] Scores(IndexSearcher searcher, Query query, ScoreDoc[] docs)
    {
        var scores = new float[docs.Length];
        var byDoc = docs.Select((d, i) => (Doc: d.Doc, Index: i)).OrderBy(d => d.Doc).ToArray();
        var sorted = byDoc.Select(d => new ScoreDoc(d.Doc, 0)).ToArray();
        Rescorer.ScoreEach(searcher, query, sorted, (i, score) => scores[byDoc[i].Index] = score);
        return scores;
    }

    /// <summary>The title, the summary and the start of the first page, read without the other pages (stored after them).</summary>
    private sealed class LeadingText(int textChars) : StoredFieldVisitor
    {
        private readonly System.Text.StringBuilder _text = new();
        private bool _done;

        public string Text => _text.ToString();

        public override Status NeedsField(FieldInfo fieldInfo) =>
            _done ? Status.STOP
            : fieldInfo.Name is Schema.Title or Schema.Summary ? Status.YES
            : fieldInfo.Name == Schema.Body ? (textChars > 0 ? Status.YES : Status.STOP)
            : Status.NO;

        public override void StringField(FieldInfo fieldInfo, string value)
        {
            if (fieldInfo.Name == Schema.Body)
            {
                _text.Append(value.AsSpan(0, Math.Min(value.Length, textChars)));
                _done = true;
            }
            else _text.Append(value).Append(" . ");
        }
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// Coverage, not co-occurrence somewhere: a hit needs a passage that holds most of the meaningful words of the query.
/// After the second phase, each document of the window is checked with the positions of the query's units in its text
/// (<see cref="Schema.Body"/>, pages separated by <see cref="Analysis.FrenchAnalyzers.ValueGap"/> positions): some
/// window of <see cref="RankingParameters.PassageWidth"/> positions (a few hundred words, about a page; a table row is a
/// passage of its own, <see cref="Analysis.TableRowGapFilter"/>) must hold <see cref="Needed"/> of the units. A unit found in the title, the
/// summary, the metadata or the file name is covered everywhere (the document is about it); a unit matched elsewhere (a territory, a
/// year) is not held against the document. Short documents pass by construction: a text of at most
/// <see cref="RankingParameters.ShortTextLength"/> indexed words (a note, a fiche of a few pages; its length is the body's norm)
/// is one passage, page breaks included, though a table row stays a passage of its own; a very long text (more than
/// <see cref="RankingParameters.LongTextLength"/> words: an annex, a list of thousands of rows) must hold them in
/// <see cref="RankingParameters.LongTextPassages"/> passages (a subject it names once is a mention in passing); long reports whose words only occur
/// pages apart are "scattered": ranked after the covered documents, and when no document of the result covers the
/// query, shown as partial matches rather than as hits.
/// </summary>
public static class PassageCoverage
{
    /// <summary>Units a passage must hold: all of two or three, then all but one in four ("most").</summary>
    public static int Needed(int units) => units - units / 4;

    /// <summary>The ranked documents with a covering passage, and the others; each in its given order.</summary>
    /// <param name="ranking">The passage width in positions, words and stop words (<see cref="RankingParameters.PassageWidth"/>);
    /// the short text (<see cref="RankingParameters.ShortTextLength"/>: a text of at most this many indexed words is one passage,
    /// checked with a window of <see cref="Analysis.TableRowGapFilter.RowGap"/> positions: its pages fit in it, two table rows
    /// never do; 0: none is); the long text (<see cref="RankingParameters.LongTextLength"/>), in which that many passages
    /// (<see cref="RankingParameters.LongTextPassages"/>), none overlapping another, must hold the words (1: one is enough).</param>
    /// <param name="terms">The search's term lookups: the units' terms are found in each segment from the states looked
    /// up already instead of through the terms dictionary again (null: looked up here).</param>
    /// <param name="every">A passage must hold every unit, not only <see cref="Needed"/> of them (a word the thesaurus bridged, with
    /// all the others: <see cref="ThesaurusBridge"/>).</param>
    public static (ScoreDoc[] Covered, ScoreDoc[] Scattered) Split(IndexSearcher searcher, QueryPlan? plan, ScoreDoc[] ranked, RankingParameters ranking,
        TermLookups? terms = null, bool every = false)
    {
        if (ranked.Length == 0) return (ranked, []);
        return Split(ranked, Covering(searcher, plan, ranking, terms, every)(ranked));
    }

    /// <summary>The ranked documents whose <paramref name="covered"/> flag is set, and the others; each in its given order.</summary>
    public static (ScoreDoc[] Covered, ScoreDoc[] Scattered) Split(ScoreDoc[] ranked, bool[] covered) =>
        ([.. ranked.Where((_, i) => covered[i])], [.. ranked.Where((_, i) => !covered[i])]);

    /// <summary>
    /// Which documents have a covering passage, asked for any documents (any order) as often as needed: a search
    /// checks the best documents of its window first and the others only when they can still reach its page
    /// (<see cref="DuplicateCollapser.FirstGroups"/>). Every document is covered when the query has fewer than two units
    /// to locate. The units' terms are extracted at the first call, once.
    /// </summary>
    /// <param name="every">A passage must hold every unit, not only <see cref="Needed"/> of them.</param>
    public static Func<IReadOnlyList<ScoreDoc>, bool[]> Covering(IndexSearcher searcher, QueryPlan? plan, RankingParameters ranking, TermLookups? terms = null,
        bool every = false)
    {
        var (width, shortText, longPassages, longText) = (ranking.PassageWidth, ranking.ShortTextLength, ranking.LongTextPassages, ranking.LongTextLength);
        List<Term[]>? unitTerms = null;
        var everyDoc = false;
        return docs =>
        {
            var covered = new bool[docs.Count];
            if (docs.Count == 0) return covered;
            if (unitTerms is null && !everyDoc) (unitTerms, everyDoc) = UnitTerms(searcher, plan, terms) is { } found ? (found, false) : (null, true);
            if (everyDoc)
            {
                Array.Fill(covered, true);
                return covered;
            }
            var needed = every ? unitTerms!.Count : Needed(unitTerms!.Count);
            var leaves = searcher.IndexReader.Leaves;
            // Per leaf, documents in index order: the postings are read forward once.
            foreach (var group in Enumerable.Range(0, docs.Count).GroupBy(i => ReaderUtil.SubIndex(docs[i].Doc, leaves)))
            {
                var context = leaves[group.Key];
                var postings = new Postings(context, unitTerms, terms);
                var lengths = shortText > 0 || longPassages > 1 ? context.AtomicReader.GetNormValues(Schema.Body) : null;
                foreach (var i in group.OrderBy(i => docs[i].Doc))
                {
                    var doc = docs[i].Doc - context.DocBase;
                    // A short text: one passage, short of the gap that parts two table rows (Analysis.TableRowGapFilter.RowGap).
                    var isShort = shortText > 0 && lengths is not null && IsShort(lengths, doc, shortText);
                    // A long text (an annex, a list of thousands of rows): the words it must show meet in longPassages passages, a
                    // subject it discusses rather than one it names once (RankingParameters.LongTextPassages).
                    var isLong = longPassages > 1 && lengths is not null && !IsShort(lengths, doc, longText);
                    covered[i] = postings.Covers(doc, needed, isShort ? Analysis.TableRowGapFilter.RowGap : width, isLong ? longPassages : 1);
                }
            }
            return covered;
        };
    }

    /// <summary>
    /// Whether a document's text holds at most <paramref name="shortText"/> indexed words (stop words aside): its length is read
    /// from the body's norm (BM25 stores 1/sqrt(length) in one byte, so the length is known to within about an eighth; page
    /// gaps and table-row gaps are positions, not words, and do not count). A document without norm (0) is not short.
    /// </summary>
    public static bool IsShort(NumericDocValues lengths, int doc, int shortText)
    {
        var norm = (byte)lengths.Get(doc);
        if (norm == 0) return false;
        var inverseRoot = Lucene.Net.Util.SmallSingle.Byte315ToSingle(norm);
        return 1f / (inverseRoot * inverseRoot) <= shortText;
    }

    /// <summary>The terms of each unit to locate in the text's fields, or null when every document is covered (fewer than two units).</summary>
    private static List<Term[]>? UnitTerms(IndexSearcher searcher, QueryPlan? plan, TermLookups? terms)
    {
        var units = plan?.Required.Where(u => !u.IsYear).ToList() ?? [];
        if (units.Count < 2) return null;
        var unitTerms = new List<Term[]>(units.Count);
        foreach (var unit in units)
        {
            if (QueryBuilder.ForUnit(unit, terms: terms) is not { } query) return null;
            var extracted = new HashSet<Term>();
            searcher.Rewrite(query).ExtractTerms(extracted);
            unitTerms.Add(extracted.Where(t => t.Field is Schema.Body or Schema.Title or Schema.Summary or Schema.Meta or Schema.FileName or Schema.Description).ToArray());
        }
        return unitTerms;
    }

    /// <summary>The postings of every unit's terms in one leaf, read forward.</summary>
    private sealed class Postings
    {
        private readonly (DocsEnum? Docs, bool Positional, bool Titled)[][] _units;
        private readonly List<(int Position, int Unit)> _positions = [];

        public Postings(AtomicReaderContext context, IReadOnlyList<Term[]> unitTerms, TermLookups? lookups)
        {
            var reader = context.AtomicReader;
            // One terms enumerator per field serves every term of the segment (a postings enumerator does not depend on
            // the terms enumerator once made).
            var enums = new Dictionary<string, TermsEnum?>(StringComparer.Ordinal);
            TermsEnum? On(Term term)
            {
                if (!enums.TryGetValue(term.Field, out var termsEnum)) enums[term.Field] = termsEnum = reader.GetTerms(term.Field)?.GetEnumerator();
                if (termsEnum is null) return null;
                if (lookups is null) return termsEnum.SeekExact(term.Bytes) ? termsEnum : null;
                // The state the search looked up (null: the segment does not hold the term).
                if (lookups.For(term).Get(context.Ord) is not { } state) return null;
                termsEnum.SeekExact(term.Bytes, state);
                return termsEnum;
            }
            _units = unitTerms.Select(terms => terms.Select(t => t.Field == Schema.Body
                // The term's positions without its offsets and payloads: the body indexes offsets (for snippets), and
                // Lucene's default enumerator reads and decodes them with every position, which coverage never looks at.
                ? ((DocsEnum?)On(t)?.DocsAndPositions(reader.LiveDocs, null, DocsAndPositionsFlags.NONE), true, false)
                : (On(t)?.Docs(reader.LiveDocs, null), false, t.Field is Schema.Title or Schema.Summary)).ToArray()).ToArray();
        }

        public bool Covers(int doc, int needed, int width, int passages = 1)
        {
            _positions.Clear();
            var free = 0;
            var titled = false;
            for (var u = 0; u < _units.Length; u++)
            {
                var inText = false;
                var everywhere = false;
                foreach (var (docs, positional, title) in _units[u])
                {
                    if (docs is null || !OnDoc(docs, doc)) continue;
                    if (!positional)
                    {
                        everywhere = true;
                        titled |= title;
                        continue;
                    }
                    inText = true;
                    var withPositions = (DocsAndPositionsEnum)docs;
                    for (var k = withPositions.Freq; k > 0; k--) _positions.Add((withPositions.NextPosition(), u));
                }
                // In the title or the metadata, or matched by something that is not a word of the text (a territory):
                // nothing to locate.
                if (everywhere || !inText)
                {
                    free++;
                    RemoveUnit(u);
                }
            }
            // A word of the title or the summary says what the whole text is about: it stands in for a passage. A territory
            // or a metadata or description value (a publisher's name, a type's) does not: then the words left to locate must meet as any query's
            // do, "most" of them counted on themselves. Otherwise "taux de chômage des jeunes en Occitanie" was covered
            // by any Occitanie report saying "chômage des jeunes" once and "taux" pages away.
            var demand = titled ? needed : Math.Max(needed, free + Needed(_units.Length - free));
            if (free + BestWindow(width) < demand) return false;
            // The words left to locate, once in a long text, are a mention in passing: they must meet again, in another passage.
            return passages <= 1 || demand - free <= 0 || Windows(width, demand - free) >= passages;
        }

        /// <summary>How many passages, one after the other (none overlapping), hold <paramref name="distinct"/> units within
        /// the passage width (positions sorted by <see cref="BestWindow"/>).</summary>
        private int Windows(int width, int distinct)
        {
            var count = 0;
            Slide(width, units =>
            {
                if (units < distinct) return false;
                count++;
                return true;
            });
            return count;
        }

        /// <summary>Slides a window of <paramref name="width"/> positions over the sorted positions; after each position
        /// enters, <paramref name="atRight"/> gets the number of distinct units in the window, and when it returns true
        /// the next window starts after that position.</summary>
        private void Slide(int width, Func<int, bool> atRight)
        {
            var inWindow = new Dictionary<int, int>();
            var left = 0;
            for (var right = 0; right < _positions.Count; right++)
            {
                var (position, unit) = _positions[right];
                inWindow[unit] = inWindow.GetValueOrDefault(unit) + 1;
                while (position - _positions[left].Position >= width)
                {
                    var gone = _positions[left++].Unit;
                    if (--inWindow[gone] == 0) inWindow.Remove(gone);
                }
                if (!atRight(inWindow.Count)) continue;
                inWindow.Clear();
                left = right + 1;
            }
        }

        private void RemoveUnit(int unit) => _positions.RemoveAll(p => p.Unit == unit);

        private static bool OnDoc(DocsEnum docs, int doc)
        {
            if (docs.DocID < doc) docs.Advance(doc);
            return docs.DocID == doc;
        }

        /// <summary>The most distinct units within the passage width of each other.</summary>
        private int BestWindow(int width)
        {
            if (_positions.Count == 0) return 0;
            _positions.Sort();
            var best = 0;
            Slide(width, units =>
            {
                best = Math.Max(best, units);
                return false;
            });
            return best;
        }
    }
}

using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>
/// A thin answer widened (issue 14): when fewer than <see cref="RankingParameters.LooseThinBelow"/> documents hold every word of a query of
/// <see cref="MinUnits"/> words or more, and at least one of them holds them in one passage, the documents holding all
/// but one word join the answer, labelled with the word they lack (<see cref="SearchHit.Missing"/>), ranked after the
/// complete matches unless their score outweighs a covered complete match's (<see cref="Order"/>). A known item described with its series and number ("Insee Première 1841
/// apprentissage") finds the item, then the documents on its subject; a description in the reader's words finds the
/// documents that use another word for one of them. A query nothing answers (no complete match) or that only scattered
/// matches answer stays without hits: the rule widens an answer, it never makes one; except a query of
/// <see cref="RankingParameters.LooseUncoveredUnits"/> units or more, whose documents lacking one word, titled by another,
/// answer when one of them holds the words in a passage (<c>SearchService</c>, <see cref="Loosen"/> with <c>titled</c>).
/// </summary>
public static class LooseMatches
{
    /// <summary>Required words a query needs for one of them to be dropped (two must remain).</summary>
    public const int MinUnits = 3;

    /// <summary>
    /// The query matching the documents that hold every required unit but one, scored like <paramref name="strict"/>
    /// (the same preferences and phrase boosts), or null when the plan has fewer than <see cref="MinUnits"/> required
    /// units or was parsed as typed (operators).
    /// </summary>
    /// <param name="titled">Only the documents holding one of the units at least in their title or summary (about a part of
    /// the query, not only mentioning its words).</param>
    /// <param name="terms">The search's lookups, whose parsed words are reused (null: parsed here).</param>
    public static QueryBuilder.Built? Loosen(QueryBuilder.Built strict, RankingParameters? ranking = null, bool titled = false, TermLookups? terms = null)
    {
        if (strict.Plan is not { } plan || strict.Scoring is not BooleanQuery { Clauses.Count: > 0 } combined) return null;
        var units = plan.Required;
        if (units.Count < MinUnits || units.Any(u => u.IsYear)) return null;
        var loose = new BooleanQuery { MinimumNumberShouldMatch = units.Count - 1 };
        var inTitle = new BooleanQuery();
        foreach (var unit in units)
        {
            if (QueryBuilder.ForUnit(unit, ranking, terms) is not { } query) return null;
            loose.Add(query, Occur.SHOULD);
            if (titled && QueryBuilder.ForUnitInTitle(unit, ranking, terms) is { } title) inTitle.Add(title, Occur.SHOULD);
        }
        if (titled)
        {
            if (inTitle.Clauses.Count == 0) return null;
            // A document lacking a unit must hold one in its title or summary; a complete match need not. (Filters, which do not
            // score: the units score through the loose clause and the others.)
            var lacking = new BooleanQuery { { loose, Occur.MUST }, { inTitle, Occur.MUST } };
            var either = new BooleanQuery
            {
                { new ConstantScoreQuery(combined.Clauses[0].Query) { Boost = 0 }, Occur.SHOULD },
                { new ConstantScoreQuery(lacking) { Boost = 0 }, Occur.SHOULD },
            };
            either.MinimumNumberShouldMatch = 1;
            loose = new BooleanQuery { { loose, Occur.MUST }, { either, Occur.MUST } };
        }
        // The first clause of a planned query is the conjunction of its units (QueryBuilder.Build); the others score.
        var result = new BooleanQuery { { loose, Occur.MUST } };
        foreach (var clause in combined.Clauses.Skip(1)) result.Add(clause);
        return strict with { Scoring = result };
    }

    /// <summary>Rare units a query needs for its common ones to become optional (<see cref="WithoutCommonUnits"/>).</summary>
    public const int MinRareUnits = 2;

    /// <summary>
    /// A query no passage answers, read as the description of an item: the units found in at least
    /// <see cref="RankingParameters.CommonUnitShare"/> of the documents become optional (they still score), and the rarer
    /// ones must be in the title or the summary (what the document is about). A description in the reader's words
    /// ("portrait territorial grand débat national Corse") holds generic words that the item need not print; the words that
    /// pick it out are the rare ones, and an item is titled by them. Returns the widened query and the plan of its rare
    /// units (what a passage must hold, <see cref="PassageCoverage"/>), or null when the share is 0, the query has fewer than
    /// <see cref="MinUnits"/> required units, fewer than <see cref="MinRareUnits"/> rare ones or no common one. Rare words
    /// that only meet in a text ("incendie piscine" in an audit report, for "incendie piscine emprunt") make no hit: the
    /// rule widens by words that carry little, never by the words that say what is asked.
    /// </summary>
    public static (QueryBuilder.Built Built, QueryPlan Required)? WithoutCommonUnits(QueryBuilder.Built strict, IndexSearcher searcher,
        TermLookups terms, RankingParameters ranking)
    {
        if (ranking.CommonUnitShare <= 0 || strict.Plan is not { } plan || strict.Scoring is not BooleanQuery { Clauses.Count: > 0 } combined) return null;
        var units = plan.Required;
        if (units.Count < MinUnits || units.Any(u => u.IsYear)) return null;
        var queries = new List<Query>(units.Count);
        var rare = new List<QueryPlan.Unit>();
        var common = new List<Query>();
        var titled = new List<Query>();
        foreach (var unit in units)
        {
            if (QueryBuilder.ForUnit(unit, ranking, terms) is not { } query) return null;
            if (IsCommon(searcher, terms, query, ranking)) common.Add(query);
            else if (QueryBuilder.ForUnitInTitle(unit, ranking, terms) is { } inTitle)
            {
                rare.Add(unit);
                queries.Add(query);
                titled.Add(inTitle);
            }
            else return null;
        }
        if (rare.Count < MinRareUnits || common.Count == 0) return null;
        var required = new BooleanQuery();
        foreach (var query in titled) required.Add(query, Occur.MUST);
        var result = new BooleanQuery { { required, Occur.MUST } };
        foreach (var query in queries.Concat(common)) result.Add(query, Occur.SHOULD);
        // The first clause of a planned query is the conjunction of its units (QueryBuilder.Build); the others score.
        foreach (var clause in combined.Clauses.Skip(1)) result.Add(clause);
        return (strict with { Scoring = result }, plan.Keeping(rare));
    }

    /// <summary>Whether a unit's query matches at least <see cref="RankingParameters.CommonUnitShare"/> of the documents (counted once
    /// per search, <see cref="TermLookups.MatchCount"/>).</summary>
    private static bool IsCommon(IndexSearcher searcher, TermLookups terms, Query unit, RankingParameters ranking)
        => UnitMatchCount(searcher, terms, unit, ranking) >= ranking.CommonUnitShare * searcher.IndexReader.NumDocs;

    /// <summary>How many documents a unit's query matches over the whole index, counted once per search (<see cref="TermLookups.MatchCount"/>).</summary>
    internal static int UnitMatchCount(IndexSearcher searcher, TermLookups terms, Query unit, RankingParameters ranking)
        => terms.MatchCount(unit, () => MatchCount(searcher, MatchingQuery.Of(terms.Attach(unit), ranking)));

    /// <summary>How many documents <paramref name="query"/> matches (unscored).</summary>
    private static int MatchCount(IndexSearcher searcher, Query query)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(new ConstantScoreQuery(query), count);
        return count.TotalHits;
    }

    /// <summary>
    /// A query no document answers with every word, read as words of unequal weight: the documents holding every rare unit
    /// and all but <see cref="RankingParameters.AbsentCommonUnits"/> of the common ones (found in at least
    /// <see cref="RankingParameters.CommonUnitShare"/> of the documents) make the answer, labelled with the words they lack.
    /// The rare words say what is asked ("Fonjep" in "lettre du Premier président sur les postes Fonjep"); a frequent word
    /// of the reader's description ("lettre") the item need not print. A document lacking a rare word is never an answer
    /// ("généralistes" in "nombre de médecins généralistes par commune"), nor is a word no document holds ("jumelage"):
    /// those queries keep their partial matches only. Returns the widened query and the plan of its rare units (what a
    /// passage must hold, <see cref="PassageCoverage"/>: rare words pages apart are no answer either), or null when the
    /// rule is off, the query has fewer than <see cref="MinUnits"/> required units, no rare one or no common one.
    /// </summary>
    public static (QueryBuilder.Built Built, QueryPlan Required)? WithoutAbsentCommonUnits(QueryBuilder.Built strict, IndexSearcher searcher,
        TermLookups terms, RankingParameters ranking)
    {
        if (ranking.AbsentCommonUnits <= 0 || ranking.CommonUnitShare <= 0 || strict.Plan is not { } plan
            || strict.Scoring is not BooleanQuery { Clauses.Count: > 0 } combined) return null;
        var units = plan.Required;
        if (units.Count < 2 || units.Any(u => u.IsYear)) return null;
        var rare = new List<QueryPlan.Unit>();
        var rareQueries = new List<Query>();
        var common = new List<Query>();
        var kinds = new List<Query>();
        var titled = new List<Query>();
        foreach (var unit in units)
        {
            if (QueryBuilder.ForUnit(unit, ranking, terms) is not { } query) return null;
            if (IsDocumentKind(unit.Original)) kinds.Add(query);
            else if (IsCommon(searcher, terms, query, ranking)) common.Add(query);
            else if (QueryBuilder.ForUnitInTitle(unit, ranking, terms) is { } inTitle)
            {
                rare.Add(unit);
                rareQueries.Add(query);
                titled.Add(inTitle);
            }
            else return null;
        }
        if (rare.Count == 0 || common.Count + kinds.Count == 0) return null;
        var required = new BooleanQuery();
        foreach (var query in titled) required.Add(query, Occur.MUST);
        if (common.Count > ranking.AbsentCommonUnits)
        {
            var optional = new BooleanQuery { MinimumNumberShouldMatch = common.Count - ranking.AbsentCommonUnits };
            foreach (var query in common) optional.Add(query, Occur.SHOULD);
            required.Add(optional, Occur.MUST);
        }
        var result = new BooleanQuery { { required, Occur.MUST } };
        foreach (var query in rareQueries.Concat(common).Concat(kinds)) result.Add(query, Occur.SHOULD);
        // The first clause of a planned query is the conjunction of its units (QueryBuilder.Build); the others score.
        foreach (var clause in combined.Clauses.Skip(1)) result.Add(clause);
        return (strict with { Scoring = result }, plan.Keeping(rare));
    }

    /// <summary>
    /// Words that name the form of a publication, not its subject ("étude", "note", "rapport", "synthèse", "liste",
    /// "tableau", "carte", "lettre"…; folded, singular): a reader describing an item names its kind, which the item need
    /// not print (<see cref="WithoutAbsentCommonUnits"/>).
    /// </summary>
    private static readonly HashSet<string> DocumentKinds = new(StringComparer.Ordinal)
    {
        "analyse", "annuaire", "article", "atlas", "bilan", "brochure", "carte", "chiffre", "communique", "compte-rendu",
        "document", "dossier", "enquete", "etude", "fiche", "focus", "guide", "infographie", "lettre", "liste", "memo", "note",
        "panorama", "plaquette", "portrait", "presentation", "publication", "rapport", "recueil", "releve", "repertoire",
        "resume", "statistique", "synthese", "tableau",
    };

    /// <summary>Whether a word as typed names a kind of publication (<see cref="DocumentKinds"/>), elided or plural.</summary>
    public static bool IsDocumentKind(string original)
    {
        var word = QueryText.Fold(original);
        if (word.IndexOf('\'') is var apostrophe and >= 0) word = word[(apostrophe + 1)..];
        if (DocumentKinds.Contains(word)) return true;
        return word.Length > 3 && word[^1] is 's' or 'x' && DocumentKinds.Contains(word[..^1]);
    }

    /// <summary>
    /// Which of a plan's required units documents hold, for the documents of one search: how many each partial match holds
    /// (<see cref="Held"/>, the relaxed answer's order) and which words a loose or partial hit lacks (<see cref="Missing"/>,
    /// as typed). Each unit's query is parsed and weighed once per search, as its matching twin (<see cref="MatchingQuery.Of"/>,
    /// which finds the same documents without the exact fields' clauses), its terms looked up through the search's
    /// <see cref="TermLookups"/>; a document whose units were found by <see cref="Held"/> is not asked about again.
    /// Not thread-safe: one per search.
    /// </summary>
    public sealed class UnitMatches(IndexSearcher searcher, QueryPlan plan, TermLookups terms, bool termDisjunctions = true, bool lazyPhrases = true)
    {
        // Per required unit, its word, its query as parsed and its weight (null for a unit without a query: every document lacks
        // it). Built on first use.
        private (string Word, Query? Query, Weight? Weight)[]? _units;

        // Per document asked about, which units it holds (in the order of the plan's required units).
        private readonly Dictionary<int, bool[]> _held = [];

        private (string Word, Query? Query, Weight? Weight)[] Units => _units ??= plan.Required
            .Select(u => QueryBuilder.ForUnit(u, terms: terms) is { } query
                ? (u.Original, query, searcher.CreateNormalizedWeight(MatchingQuery.Of(terms.Attach(query), termDisjunctions, lazyPhrases)))
                : (u.Original, (Query?)null, (Weight?)null))
            .ToArray();

        /// <summary>
        /// How many of the plan's required units each document holds (any order, any count): per unit, per segment one scorer
        /// advanced through the segment's documents in index order.
        /// </summary>
        public int[] Held(IReadOnlyList<ScoreDoc> docs)
        {
            var units = Units;
            var held = new bool[docs.Count][];
            for (var i = 0; i < held.Length; i++) held[i] = new bool[units.Length];
            var leaves = searcher.IndexReader.Leaves;
            var byLeaf = Enumerable.Range(0, docs.Count).GroupBy(i => Lucene.Net.Index.ReaderUtil.SubIndex(docs[i].Doc, leaves))
                .Select(g => (Leaf: leaves[g.Key], Docs: g.OrderBy(i => docs[i].Doc).ToArray())).ToArray();
            for (var u = 0; u < units.Length; u++)
            {
                if (units[u].Weight is not { } weight) continue;
                foreach (var (leaf, inLeaf) in byLeaf)
                {
                    if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer) continue;
                    foreach (var i in inLeaf)
                    {
                        var target = docs[i].Doc - leaf.DocBase;
                        var at = scorer.DocID;
                        if (at < target) at = scorer.Advance(target);
                        if (at == target) held[i][u] = true;
                        if (at == DocIdSetIterator.NO_MORE_DOCS) break;
                    }
                }
            }
            var counts = new int[docs.Count];
            for (var i = 0; i < docs.Count; i++)
            {
                _held[docs[i].Doc] = held[i];
                counts[i] = held[i].Count(h => h);
            }
            return counts;
        }

        /// <summary>
        /// Which units each of <paramref name="docs"/> holds, found at once for those not asked about yet (per unit, per segment one
        /// scorer, as <see cref="Held"/>), for <see cref="Missing"/> and <see cref="HeldBy"/> to read: asked one document at a time,
        /// each unit's scorer is created for each document.
        /// </summary>
        public void FindHeld(IEnumerable<int> docs)
        {
            ScoreDoc[] unknown = [.. docs.Where(d => !_held.ContainsKey(d)).Distinct().Select(d => new ScoreDoc(d, 0))];
            if (unknown.Length > 1) Held(unknown);
        }

        /// <summary>The words of the plan's required units that <paramref name="doc"/> does not match.</summary>
        public IReadOnlyList<string> Missing(int doc)
        {
            var units = Units;
            var held = HeldBy(doc);
            var missing = new List<string>();
            for (var u = 0; u < units.Length; u++)
                if (!held[u]) missing.Add(units[u].Word);
            return missing;
        }

        /// <summary>Which of the plan's required units <paramref name="doc"/> holds (in the order of <see cref="QueryPlan.Required"/>).</summary>
        public bool[] HeldBy(int doc)
        {
            var units = Units;
            if (!_held.TryGetValue(doc, out var held))
            {
                held = new bool[units.Length];
                for (var u = 0; u < units.Length; u++) held[u] = units[u].Weight is { } weight && Matches(searcher, weight, doc);
                _held[doc] = held;
            }
            return held;
        }

        // Per required unit, its weight in the title and summary fields (null: no query). Built on first use.
        private Weight?[]? _titleUnits;

        // Per document asked about, which units its title or summary holds.
        private readonly Dictionary<int, bool[]> _titled = [];

        /// <summary>Which of the plan's required units <paramref name="doc"/> holds in its title or summary (what it is about).</summary>
        public bool[] TitledBy(int doc)
        {
            _titleUnits ??= plan.Required
                .Select(u => QueryBuilder.ForUnitInTitle(u, terms: terms) is { } query ? searcher.CreateNormalizedWeight(MatchingQuery.Of(terms.Attach(query), termDisjunctions, lazyPhrases)) : null)
                .ToArray();
            if (!_titled.TryGetValue(doc, out var titled))
            {
                titled = new bool[_titleUnits.Length];
                for (var u = 0; u < titled.Length; u++) titled[u] = _titleUnits[u] is { } weight && Matches(searcher, weight, doc);
                _titled[doc] = titled;
            }
            return titled;
        }

        // Per required unit, its inverse document frequency (BM25's). Built on first use.
        private double[]? _idf;

        /// <summary>
        /// The share of the query's weight that the units <paramref name="held"/> carry: the sum of their inverse document
        /// frequencies (BM25's, over the documents any field of which holds the unit) over the sum of every required unit's. A
        /// word no document holds weighs most (it is what the query asks that the index lacks), a word in most documents little.
        /// </summary>
        public double Share(bool[] held)
        {
            var units = Units;
            if (_idf is null)
            {
                var n = searcher.IndexReader.NumDocs;
                _idf = new double[units.Length];
                for (var u = 0; u < units.Length; u++)
                {
                    var df = units[u] is { Query: { } query, Weight: { } weight } ? terms.MatchCount(query, () => MatchCount(searcher, weight.Query)) : 0;
                    _idf[u] = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
                }
            }
            double all = 0, kept = 0;
            for (var u = 0; u < units.Length; u++)
            {
                all += _idf[u];
                if (held[u]) kept += _idf[u];
            }
            return all <= 0 ? 0 : kept / all;
        }
    }

    /// <summary>
    /// The partial matches that answer a query whose answer is empty or thin (fewer than <see cref="RankingParameters.LooseThinBelow"/>
    /// documents): among the best <see cref="RankingParameters.LooseThinBelow"/> <paramref name="candidates"/> (the relaxed
    /// search's order: the most units held first), those that hold more than <see cref="RankingParameters.PartialAnswerShare"/>
    /// of the query's weight (<see cref="UnitMatches.Share"/>), the units they hold in one passage or in their title or summary
    /// (<see cref="PassageCoverage"/> over those units). A document lacking a word that carries little of the query (a generic
    /// word, the kind of a publication) answers it; one lacking the word that says what is asked ("gilets" in "mouvement des
    /// gilets jaunes", a place, a word no document holds) carries too little of its weight, and one holding the words pages
    /// apart holds no passage: both stay partial matches. When nothing else answers (<paramref name="empty"/>), where the
    /// queries no document answers are, a partial match must also be about the query: hold at least
    /// <see cref="RankingParameters.PartialAnswerTitleShare"/> of its weight in its title or summary (a report that mentions
    /// "la fréquentation des piscines" in passing is not an answer to "enquête sur la fréquentation des piscines"). Each keeps
    /// its order; at most <paramref name="wanted"/>; none when the share is 0.
    /// </summary>
    public static ScoreDoc[] Answering(IndexSearcher searcher, QueryPlan plan, UnitMatches units, IReadOnlyList<ScoreDoc> candidates,
        ISet<int> excluded, int wanted, RankingParameters ranking, TermLookups? terms = null, bool empty = false)
    {
        if (ranking.PartialAnswerShare <= 0 || wanted <= 0) return [];
        var required = plan.Required;
        var answering = new List<ScoreDoc>();
        var examined = 0;
        foreach (var candidate in candidates)
        {
            if (excluded.Contains(candidate.Doc)) continue;
            if (examined++ >= ranking.LooseThinBelow) break;
            var held = units.HeldBy(candidate.Doc);
            // More than the share ("most" of the weight at 0.5: a document holding one of two words as rare as each other does not).
            if (held.All(h => h) || units.Share(held) <= ranking.PartialAnswerShare) continue;
            if (empty && units.Share(units.TitledBy(candidate.Doc)) < ranking.PartialAnswerTitleShare) continue;
            var kept = required.Where((_, i) => held[i]).ToList();
            if (!PassageCoverage.Covering(searcher, plan.Keeping(kept), ranking, terms)([candidate])[0]) continue;
            answering.Add(candidate);
            if (answering.Count >= wanted) break;
        }
        return [.. answering];
    }

    /// <summary>Whether the document matches the weight's query: its scorer, over the document's segment, lands on it. What
    /// <see cref="IndexSearcher.Explain(Query, int)"/> says with <c>IsMatch</c>, without building an explanation of every
    /// clause's score (its strings were most of the cost).</summary>
    private static bool Matches(IndexSearcher searcher, Weight weight, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[Lucene.Net.Index.ReaderUtil.SubIndex(doc, leaves)];
        var target = doc - leaf.DocBase;
        var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
        return scorer is not null && scorer.Advance(target) == target;
    }

    /// <summary>
    /// The order of a widened answer: covered complete matches, scattered complete ones, covered loose matches, scattered
    /// loose ones (each in its ranked order). With <paramref name="looseFactor"/> above 0, a covered loose match whose score
    /// times the factor passes a covered complete match's ranks before it (a list about the query that lacks a word of it
    /// before a long report that holds every word in one passage); it never passes a complete match that is scattered.
    /// </summary>
    public static ScoreDoc[] Order(ScoreDoc[] covered, ScoreDoc[] scattered, ISet<int> complete, float looseFactor)
    {
        var coveredComplete = covered.Where(d => complete.Contains(d.Doc)).ToList();
        var coveredLoose = covered.Where(d => !complete.Contains(d.Doc)).ToList();
        var scatteredComplete = scattered.Where(d => complete.Contains(d.Doc)).ToList();
        var scatteredLoose = scattered.Where(d => !complete.Contains(d.Doc));
        var head = new List<ScoreDoc>(coveredComplete.Count + scatteredComplete.Count + coveredLoose.Count);
        var l = 0;
        if (looseFactor > 0)
            // The covered complete matches, then the scattered ones: a covered loose match passes either when its weighed
            // score does (a list lacking a word before a report that holds the query's words in unrelated table rows).
            foreach (var doc in coveredComplete.Concat(scatteredComplete))
            {
                while (l < coveredLoose.Count && coveredLoose[l].Score * looseFactor > doc.Score) head.Add(coveredLoose[l++]);
                head.Add(doc);
            }
        else head.AddRange(coveredComplete.Concat(scatteredComplete));
        return [.. head, .. coveredLoose.Skip(l), .. scatteredLoose];
    }
}

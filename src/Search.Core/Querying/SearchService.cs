using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// The query pipeline: clean -> parse -> filter -> rank -> count facets -> highlight.
/// Facets are disjunctive: the counts of a field with a selection are computed with every filter
/// but its own, so a person sees what choosing another value of that field would give.
/// </summary>
public sealed class SearchService(IndexSearcherProvider provider, IQueryLog? queryLog = null, SearchLimits? limits = null)
{
    public IndexSearcherProvider Provider { get; } = provider;

    public SearchLimits Limits { get; } = limits ?? SearchLimits.Default;

    /// <summary>The word list that tells a correctly spelt word from a typo (<see cref="TermLookups.Lexicon"/>); this
    /// machine's when null.</summary>
    public Analysis.FoldedWords? Lexicon { get; init; }

    /// <summary>Where each search's time goes, by stage, for a bench (<see cref="SearchStages"/>); null (the default): not measured.</summary>
    public SearchStages? Stages { get; init; }

    /// <param name="cancellationToken">Cancels the search between segments and every few thousand matches
    /// (a host passes the request's abort token: a client that goes away stops its search).</param>
    public SearchResponse Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var stages = Stages;
        stages?.Start();
        Validate(request);
        var text = QueryText.Clean(request.Query);

        using var lease = Provider.Acquire() ?? throw new IndexNotReadyException();
        var ranking = Limits.Ranking;
        // The evaluation may vary BM25's parameters: a searcher of the same reader with them (the norms are the index's).
        var searcher = ranking.Similarity is { } similarity ? new IndexSearcher(lease.Searcher.IndexReader) { Similarity = similarity } : lease.Searcher;
        var filters = NormalizedFilters(request.Filters);
        var browsing = !request.HitsOnly && text.Length == 0 && filters.Count == 0 && request.Territories.Count == 0 && request is { YearFrom: null, YearTo: null, Page: 1 };
        if (browsing && BrowseCache.TryGetValue(searcher.IndexReader, out var cached) && cached.TryGetValue((request.Size, request.Sort), out var home))
            return home with { TookMs = clock.ElapsedMilliseconds };
        var territories = TerritoryQuery.For(request, text, limits: Limits);
        // A place's name typed with a slip ("département de l'Èsne", "Bagnères de Bigore") is searched as the gazetteer writes it:
        // the query is read again from that text (its places, its words) and suggested.
        var respelt = ranking.RespellPlaces ? territories.Respelt() : null;
        if (respelt is not null) territories = TerritoryQuery.For(request, respelt, limits: Limits);
        using var budget = new SearchBudget(Limits, cancellationToken);
        var years = (request.YearFrom, request.YearTo);
        var filter = TerritoryQuery.And(QueryBuilder.Filters(filters, years: years), territories.Filter);
        // Relevance, with recency breaking ties; or newest first (also for an empty query: browsing).
        var sort = request.Sort == SearchSort.Date || text.Length == 0
            ? new Sort(new SortField(Schema.DateSort, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE)
            : new Sort(SortField.FIELD_SCORE, new SortField(Schema.DateSort, SortFieldType.INT64, reverse: true));
        var wanted = Math.Max(1, request.Page * request.Size);
        var selectedFields = filters.Keys.Concat(years is (null, null) ? [] : [Schema.Year]).Distinct().ToList();
        if (request.HitsOnly) selectedFields.Clear();
        List<string> facetFieldsWithoutSelection = request.HitsOnly ? [] : Schema.FacetFields.Where(f => !selectedFields.Contains(f)).ToList();

        // Every phase below looks the query's terms up in the terms dictionary: once, here.
        var terms = new TermLookups(searcher.IndexReader, Limits.MaxCorrections)
        {
            Lexicon = Lexicon, ReuseParsedWords = ranking.ReuseParsedWords, CountUnitsOnce = ranking.CountUnitsOnce, PlaceWords = territories.PlaceWords,
            DictionaryWordsMeetContext = ranking.DictionaryWordsMeetContext,
        };
        QueryBuilder.Built BuildQuery(string query, bool eager = false) => QueryBuilder.Build(query, terms, eager, limits: Limits);
        Query ScoringOf(QueryBuilder.Built b) => terms.Attach(territories.Boost(b.Scoring, rest => BuildQuery(rest).Scoring));

        // First phase: the matching query (no score-only clauses) collects the best documents of a window,
        // the total and the facets; the second phase computes the full score of the window only.
        // Out of time, the search keeps what was collected until then.
        (TopDocs Window, FacetCounter Facets, FacetCounter TerritoryCounts) Collect(Query scoringQuery)
        {
            var window = text.Length == 0 ? wanted : Math.Max(wanted, Rescorer.Window);
            var facets = new FacetCounter(facetFieldsWithoutSelection, byOrdinal: ranking.FacetsByOrdinal);
            var territoryCounts = territories.Counter();
            var matching = QueryBuilder.Restrict(MatchingQuery.Of(scoringQuery, ranking), filter);
            if (ranking.OwnWindow && WindowCollector.Keeps(sort, out var dateFirst))
            {
                // Each match scored once by the window itself (the facets do not ask for scores): no caching wrapper.
                var own = new WindowCollector(window, dateFirst);
                budget.Run(() => searcher.Search(matching, CancellableCollector.Wrap(MultiCollector.Wrap(own, facets, territoryCounts), budget.Token)));
                return (own.GetTopDocs(), facets, territoryCounts);
            }
            var top = TopFieldCollector.Create(sort, window, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
            budget.Run(() => searcher.Search(matching,
                CancellableCollector.Wrap(ScoreOnceCollector.Wrap(MultiCollector.Wrap(top, facets, territoryCounts)), budget.Token)));
            return (top.GetTopDocs(), facets, territoryCounts);
        }

        // Fewer complete matches than the loose rule's threshold, none with a passage holding the words. (The eager retry, the
        // common-words rule and the long-query rule ask it of the same plan and window: their passages are located once.)
        (QueryPlan? Plan, TopDocs Strict, bool Uncovered)? located = null;
        bool NoPassageIn(QueryPlan? plan, TopDocs strict)
        {
            if (strict.TotalHits >= ranking.LooseThinBelow || !budget.Left) return false;
            if (strict.TotalHits == 0) return true;
            if (located is { } last && ReferenceEquals(last.Plan, plan) && ReferenceEquals(last.Strict, strict)) return last.Uncovered;
            var uncovered = PassageCoverage.Split(searcher, plan, strict.ScoreDocs, ranking, terms).Covered.Length == 0;
            located = (plan, strict, uncovered);
            return uncovered;
        }

        var built = BuildQuery(respelt ?? text);
        // A word corrected in the plan ("comumnes", "Auverge") is read again with the whole corrected text, as if it had been
        // typed so: the places it names, the synonyms' expressions it completes ("communauté de communes") are then those of
        // the query spelt right. The answer still says what was searched (Suggestion).
        string? correctedText = respelt;
        QueryBuilder.Built Replan(string corrected)
        {
            territories = TerritoryQuery.For(request, corrected, limits: Limits);
            filter = TerritoryQuery.And(QueryBuilder.Filters(filters, years: years), territories.Filter);
            terms.PlaceWords = territories.PlaceWords;
            return BuildQuery(corrected);
        }
        // (Not a question: the words that frame it and its mark tell its plan what is asked, and a plan of the corrected words
        // alone would lose them.)
        var replans = ranking.PlanCorrectedText && built.Plan is { QuestionWords.Count: 0 } typed && !typed.Units.Any(u => u.IsPredicate);
        if (replans && built.Suggestion is { } corrected && !string.Equals(corrected, respelt ?? text, StringComparison.Ordinal))
        {
            correctedText = corrected;
            built = Replan(corrected);
        }
        var scoring = ScoringOf(built);
        stages?.Mark("plan");
        var collected = Collect(scoring);
        stages?.Mark("first");
        if (built.Plan is not null && budget.Left
            && (collected.Window.TotalHits == 0 || (ranking.EagerWhenScattered && ranking.CommonUnitShare > 0 && NoPassageIn(built.Plan, collected.Window))))
        {
            // Nothing matches every word, or what does holds them pages apart: try again correcting a rare word towards a
            // frequent close one (the corrected text planned as typed, as above).
            var eager = BuildQuery(correctedText ?? text, eager: true);
            if (eager.Suggestion is { } eagerText)
            {
                var (asTyped, asTypedFilter) = (territories, filter);
                if (replans) eager = Replan(eagerText);
                var eagerScoring = ScoringOf(eager);
                var eagerCollected = Collect(eagerScoring);
                // With the common words made optional when no passage answers (below), a correction must bring an answer: a
                // word the index knows is not traded for a frequent neighbour that only meets the others pages apart.
                if (eagerCollected.Window.TotalHits > 0 && (ranking.CommonUnitShare <= 0 || !NoPassageIn(eager.Plan, eagerCollected.Window)))
                {
                    (built, scoring, collected) = (eager, eagerScoring, eagerCollected);
                    if (replans) correctedText = eagerText;
                }
                else
                {
                    (territories, filter) = (asTyped, asTypedFilter);
                    terms.PlaceWords = territories.PlaceWords;
                }
            }
        }
        stages?.Mark("eager");
        // Few complete matches, one at least with a passage holding the words: those lacking one word follow them.
        HashSet<int>? complete = null;
        // Decided without the filters, so that a facet's count (of the widened answer) is what choosing its value gives.
        // Searched once with a filter: the common-words rule and the loose rule below both read it, for the same query (the
        // loose rule runs only when the common-words rule left the query as it was).
        TopDocs? strictWindow = null;
        TopDocs StrictWindow()
        {
            if (filter is null) return collected.Window;
            if (strictWindow is not null) return strictWindow;
            var top = TopScoreDocCollector.Create(ranking.LooseThinBelow, docsScoredInOrder: true);
            budget.Run(() => searcher.Search(MatchingQuery.Of(scoring, ranking), CancellableCollector.Wrap(top, budget.Token)));
            return strictWindow = top.GetTopDocs();
        }
        bool ThinAndCovered()
        {
            var strict = StrictWindow();
            return strict.TotalHits > 0 && strict.TotalHits < ranking.LooseThinBelow && budget.Left
                && PassageCoverage.Split(searcher, built.Plan, strict.ScoreDocs, ranking, terms).Covered.Length > 0;
        }
        // What a passage of a hit must hold: the plan's units, or only the rare ones when the common ones were made optional.
        var coveragePlan = built.Plan;
        var commonOptional = false;
        if (collected.Window.TotalHits < ranking.LooseThinBelow && ranking.CommonUnitShare > 0 && budget.Left && NoPassageIn(built.Plan, StrictWindow())
            && LooseMatches.WithoutCommonUnits(built, searcher, terms, ranking) is { } widened)
        {
            var widenedScoring = ScoringOf(widened.Built);
            var widenedCollected = Collect(widenedScoring);
            if (widenedCollected.Window.TotalHits > collected.Window.TotalHits && budget.Left)
            {
                complete = collected.Window.ScoreDocs.Select(d => d.Doc).ToHashSet();
                (built, scoring, collected, coveragePlan, commonOptional) = (widened.Built, widenedScoring, widenedCollected, widened.Required, true);
            }
        }
        stages?.Mark("common");
        // No document holds every word: those lacking only a common word, the rare ones in a passage, answer, labelled.
        if (complete is null && budget.Left && StrictWindow().TotalHits == 0
            && LooseMatches.WithoutAbsentCommonUnits(built, searcher, terms, ranking) is { } lacking)
        {
            var lackingScoring = ScoringOf(lacking.Built);
            var lackingCollected = Collect(lackingScoring);
            // (Only when one of them has a passage holding the rare words: otherwise the partial matches stay those of every word.)
            if (lackingCollected.Window.TotalHits > 0 && budget.Left
                && PassageCoverage.Split(searcher, lacking.Required, lackingCollected.Window.ScoreDocs, ranking, terms).Covered.Length > 0)
            {
                complete = [];
                (built, scoring, collected, coveragePlan, commonOptional) = (lacking.Built, lackingScoring, lackingCollected, lacking.Required, true);
            }
        }
        stages?.Mark("lacking");
        // A long query no passage answers (no document holds every word, or those that do hold them pages apart): the documents
        // holding all its words but one, one of them at least in their title or summary, answer when one of them has a passage
        // holding the query's words (PassageCoverage), labelled with the word they lack, before the scattered ones.
        if (complete is null && ranking.LooseUncoveredUnits > 0 && budget.Left && built.Plan is { } longPlan
            && longPlan.Required.Count >= ranking.LooseUncoveredUnits && NoPassageIn(longPlan, StrictWindow())
            && LooseMatches.Loosen(built, ranking, titled: true, terms) is { } uncovered)
        {
            var uncoveredScoring = ScoringOf(uncovered);
            var uncoveredCollected = Collect(uncoveredScoring);
            if (uncoveredCollected.Window.TotalHits > collected.Window.TotalHits && budget.Left
                && PassageCoverage.Split(searcher, built.Plan, uncoveredCollected.Window.ScoreDocs, ranking, terms).Covered.Length > 0)
            {
                complete = collected.Window.ScoreDocs.Select(d => d.Doc).ToHashSet();
                (built, scoring, collected, commonOptional) = (uncovered, uncoveredScoring, uncoveredCollected, true);
            }
        }
        stages?.Mark("uncovered");
        if (complete is null && collected.Window.TotalHits < ranking.LooseThinBelow && budget.Left && LooseMatches.Loosen(built, ranking, terms: terms) is { } loose && ThinAndCovered())
        {
            var looseScoring = ScoringOf(loose);
            var looseCollected = Collect(looseScoring);
            if (looseCollected.Window.TotalHits > collected.Window.TotalHits && budget.Left)
            {
                complete = collected.Window.ScoreDocs.Select(d => d.Doc).ToHashSet();
                (built, scoring, collected) = (loose, looseScoring, looseCollected);
            }
        }
        stages?.Mark("loose");
        // No document holds every word, and no widening answered: the query's rarest word is searched also as its thesaurus
        // alternatives that a document holds with every other word in a passage, next to the word's neighbour (ThesaurusBridge);
        // the answer says so. (Decided without the filters, as the loose rules are.)
        IReadOnlyList<ThesaurusReplacement>? bridged = null;
        if (complete is null && ranking.ThesaurusAlternatives > 0 && text.Length > 0 && budget.Left && StrictWindow().TotalHits == 0
            && ThesaurusBridge.Bridge(built, searcher, terms, ranking, Limits.Thesaurus ?? Analysis.Thesaurus.Default, budget) is { } bridge)
        {
            var bridgedScoring = ScoringOf(bridge.Built);
            var bridgedCollected = Collect(bridgedScoring);
            if (bridgedCollected.Window.TotalHits > 0 && budget.Left)
            {
                (built, scoring, collected, coveragePlan) = (bridge.Built, bridgedScoring, bridgedCollected, bridge.Built.Plan);
                bridged = bridge.Replaced;
            }
        }
        stages?.Mark("thesaurus");
        var (window, facets, territoryCounts) = collected;
        // Which of the plan's units a loose hit or a partial match holds: each unit weighed once for the search.
        var unitMatches = built.Plan is { } matchedPlan ? new LooseMatches.UnitMatches(searcher, matchedPlan, terms, ranking.TermDisjunctions, ranking.LazyPhrases) : null;
        stages?.Mark("unit matches");
        // The partial matches (best first), searched once: for an empty or thin answer they may answer (below), and an empty
        // answer shows them.
        (ScoreDoc[] Ranked, int Total, Query Relaxed)? candidates = null;
        // An empty or thin answer (none, or a few documents one of which at least holds the words in a passage): the partial
        // matches that hold most of the query's weight in one passage join it, after it, labelled (LooseMatches.Answering).
        ScoreDoc[] answering = [];
        if (ranking.PartialAnswerShare > 0 && text.Length > 0 && window.TotalHits < ranking.LooseThinBelow && budget.Left
            && built.Plan is { Required.Count: >= 2 } answeredPlan && unitMatches is not null
            && (window.TotalHits == 0 || PassageCoverage.Split(searcher, coveragePlan, window.ScoreDocs, ranking, terms).Covered.Length > 0))
        {
            candidates = RelaxedCandidates(searcher, terms, answeredPlan, unitMatches, filter, request.Size, budget, ranking);
            if (candidates is { } found && budget.Left)
            {
                var answered = window.ScoreDocs.Select(d => d.Doc).ToHashSet();
                answering = LooseMatches.Answering(searcher, answeredPlan, unitMatches, found.Ranked, answered,
                    ranking.LooseThinBelow - window.TotalHits, ranking, terms, empty: window.TotalHits == 0);
                if (answering.Length > 0)
                {
                    // Counted in the facets as any hit (within the filters, which the partial matches were searched with).
                    Feed(searcher.IndexReader, answering, facets, territoryCounts);
                    complete ??= answered;
                }
            }
        }
        stages?.Mark("partial");
        var facetResult = new Dictionary<string, IReadOnlyList<FacetValue>>(facets.Result());
        stages?.Mark("facets");

        if (selectedFields.Count > 0)
        {
            var matching = MatchingQuery.Of(scoring, ranking);
            foreach (var field in selectedFields.TakeWhile(_ => budget.Left))
            {
                // Disjunctive counts: every filter but this field's; only matching matters, not scores.
                var own = new FacetCounter([field]);
                var others = TerritoryQuery.And(QueryBuilder.Filters(filters, exceptField: field, years: years), territories.Filter);
                budget.Run(() => searcher.Search(new ConstantScoreQuery(QueryBuilder.Restrict(matching, others)), CancellableCollector.Wrap(own, budget.Token)));
                facetResult[field] = own.Result()[field];
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        stages?.Mark("recount");
        var ranked = text.Length == 0 || !budget.Left ? window.ScoreDocs : Rescorer.Rescore(searcher, ranking.TermDisjunctions ? TermDisjunction.Within(scoring, ranking.LazyPhrases) : scoring, window.ScoreDocs, byDate: request.Sort == SearchSort.Date);
        // Pseudo-relevance feedback: the first hits' words reorder the window (RankingParameters.FeedbackWeight; off by default).
        if (ranking.FeedbackWeight > 0 && text.Length > 0 && request.Sort != SearchSort.Date && budget.Left) ranked = RelevanceFeedback.Reorder(searcher, text, built.Plan, ranked, ranking, terms);
        stages?.Mark("rescore");
        // A year asked: within a series of same-titled documents, those covering it first.
        if (ranking.SeriesYearOrder > 0 && request.Sort != SearchSort.Date && budget.Left && built.Plan?.Years is [var asked]
            && int.TryParse(asked.Original, NumberStyles.None, CultureInfo.InvariantCulture, out var askedYear))
        {
            ranked = YearSeries.Order(searcher, ranked, askedYear);
            stages?.Mark("series");
        }
        // A query naming a level: a publication made once per level among the first hits brings its other levels (LevelSiblings).
        var siblings = ranking.LevelSiblingReach > 0 && text.Length > 0 && request.Sort != SearchSort.Date && budget.Left && unitMatches is not null
            ? LevelSiblings.Find(searcher, built.Plan, ranked, ranking.LevelSiblingReach, unitMatches.Missing) : null;
        // Documents whose words are only scattered through a long text rank after those with a passage holding them;
        // when every match is scattered, there is no hit, only partial matches.
        var covers = text.Length == 0 || !budget.Left ? null : PassageCoverage.Covering(searcher, coveragePlan, ranking, terms);
        // The page's groups (below) from the coverage of the window's best documents when these decide them: the same
        // groups as from the whole window split and collapsed, without locating the words in every document of it.
        var firstGroups = covers is null || complete is not null || siblings is not null || request.HitsOnly ? null
            : DuplicateCollapser.FirstGroups(searcher.IndexReader, ranked, covers, wanted, prefix: FirstGroupsPrefix * wanted);
        // (With the first groups found, the window's order past them is not needed: it stays the rescoring's.)
        ScoreDoc[] covered = ranked, scattered = [];
        if (firstGroups is null && covers is not null && ranked.Length > 0) (covered, scattered) = PassageCoverage.Split(ranked, covers(ranked));
        var scatteredOnly = covered.Length == 0 && scattered.Length > 0 && scattered.Length >= window.TotalHits;
        // Loose matches (lacking a word) after the complete matches (LooseMatches.Order).
        // (Widened by its common words, the query had no covered complete match: the covered documents come first.)
        ranked = complete is null || commonOptional ? [.. covered, .. scattered] : LooseMatches.Order(covered, scattered, complete, ranking.LooseScoreFactor);
        // The siblings of a publication at the level asked follow it, labelled with the level word they lack (when they lack it).
        int[] siblingsAdded = [];
        if (siblings is not null)
        {
            complete ??= ranked.Select(d => d.Doc).ToHashSet();
            ranked = LevelSiblings.Insert(ranked, siblings, out siblingsAdded);
            if (siblingsAdded.Length > 0)
            {
                Feed(searcher.IndexReader, [.. siblingsAdded.Select(d => new ScoreDoc(d, 0f))], facets, territoryCounts);
                foreach (var (field, values) in facets.Result()) if (!selectedFields.Contains(field)) facetResult[field] = values;
            }
        }
        // The partial matches that answer come after every other document of the answer.
        if (answering.Length > 0) ranked = [.. ranked, .. answering];
        var answerTotal = window.TotalHits + answering.Length + siblingsAdded.Length;
        // Collapse step: copies and versions of a hit follow it; the page is filled from the next distinct hits. When the
        // window holds too few distinct hits for this page (a deep page of a larger answer), the page is not collapsed.
        var groups = firstGroups ?? (text.Length > 0 && !request.HitsOnly && !scatteredOnly ? DuplicateCollapser.Collapse(searcher.IndexReader, ranked) : null);
        if (groups is not null && groups.Count < wanted && ranked.Length < answerTotal) groups = null;
        var pageGroups = groups?.Skip((request.Page - 1) * request.Size).Take(request.Size).ToArray();
        ScoreDoc[] pageDocs = scatteredOnly ? []
            : pageGroups?.Select(g => g.Head).ToArray() ?? ranked.Skip((request.Page - 1) * request.Size).Take(request.Size).ToArray();
        var highlightQuery = text.Length == 0 ? null : scoring;
        stages?.Mark("groups");
        var hits = request.HitsOnly ? PlainHits(searcher, pageDocs) : DuplicateCollapser.WithYears(Hits(searcher, highlightQuery, pageDocs));
        if (pageGroups is not null) hits = WithOtherVersions(searcher, hits, pageGroups);
        // (Not for exports, whose pages run to thousands of hits: their columns have no place for it.)
        if (complete is not null && unitMatches is not null && !request.HitsOnly)
        {
            if (ranking.BatchUnitMatches) unitMatches.FindHeld(pageDocs.Select(d => d.Doc).Where(d => !complete.Contains(d)));
            for (var i = 0; i < hits.Count; i++)
                if (!complete.Contains(pageDocs[i].Doc)) hits[i] = hits[i] with { Missing = unitMatches.Missing(pageDocs[i].Doc) };
        }
        stages?.Mark("hits");
        var total = scatteredOnly ? 0 : answerTotal;
        var relaxed = request.HitsOnly || !budget.Left ? null
            : scatteredOnly ? ScatteredAnswer()
            : total == 0 ? Relax(searcher, terms, built.Plan, unitMatches, filter, request.Size, budget, ranking, candidates) : null;
        stages?.Mark("relax");

        // Every complete match holds the words pages apart: those, then (RankingParameters.ScatteredWithPartial) the best partial
        // matches, each labelled with the words it lacks ("terrain d'accueil des nomades": the one report that holds the three words
        // pages apart, then those on the "aire d'accueil des gens du voyage" that lack "terrain").
        RelaxedResults ScatteredAnswer()
        {
            var far = new RelaxedResults(window.TotalHits, Hits(searcher, scoring, scattered.Take(request.Size).ToArray()), [], Scattered: true);
            if (!ranking.ScatteredWithPartial || built.Plan is not { Required.Count: >= 2 } || !budget.Left
                || Relax(searcher, terms, built.Plan, unitMatches, filter, request.Size, budget, ranking, candidates) is not { Hits.Count: > 0 } partial)
                return far;
            var hits = far.Hits.Concat(partial.Hits).DistinctBy(h => h.Id).Take(request.Size).ToList();
            return far with { Total = Math.Max(far.Total, partial.Total), Hits = hits, Missing = partial.Missing };
        }
        if (scatteredOnly) facetResult.Clear();
        var ignored = new IgnoredQueryParts
        {
            Words = built.Plan?.IgnoredWords ?? [],
            Places = territories.IgnoredPlaces,
            Uncorrected = terms.Uncorrected.ToList(),
            Unexpanded = built.Plan?.Unexpanded ?? [],
        };

        var response = new SearchResponse
        {
            Query = text,
            Total = total,
            Page = request.Page,
            Size = request.Size,
            TookMs = clock.ElapsedMilliseconds,
            Hits = hits,
            Facets = Schema.FacetFields.ToDictionary(f => f, f => facetResult.GetValueOrDefault(f) ?? []),
            Suggestion = built.Suggestion ?? correctedText,
            QueryTerritories = territories.RecognizedRefs,
            // No result (only scattered matches): nothing to narrow down.
            TerritoryFacet = scatteredOnly ? territories.Facet(territories.Counter()) : territories.Facet(territoryCounts),
            QueryTerritoryFilters = scatteredOnly ? [] : territories.QueryTerritoryFilters(territoryCounts),
            Relaxed = relaxed,
            Thesaurus = bridged,
            Ignored = ignored.IsEmpty ? null : ignored,
            Partial = budget.CutShort,
        };
        response = response with { TookMs = clock.ElapsedMilliseconds };
        stages?.Mark("response");
        // The home page (every document, newest first, with every facet) is the same for everyone until the index changes.
        if (browsing && !response.Partial) BrowseCache.GetOrCreateValue(searcher.IndexReader)[(request.Size, request.Sort)] = response;
        if (request.Page == 1 && !request.HitsOnly && (text.Length > 0 || filters.Count > 0)) queryLog?.Record(new QueryLogEntry(
            DateTimeOffset.UtcNow, text,
            string.Join(" ", filters.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value.Select(v => $"{f.Key}={v}"))),
            response.Total, response.TookMs));
        return response;
    }

    /// <summary>The window's best documents whose coverage is checked first, per hit wanted (<see cref="DuplicateCollapser.FirstGroups"/>).</summary>
    private const int FirstGroupsPrefix = 2;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, System.Collections.Concurrent.ConcurrentDictionary<(int, SearchSort), SearchResponse>> BrowseCache = new();

    /// <summary>
    /// When no document contains every word: the best partial matches, and the words that no
    /// document (within the filters) contains at all.
    /// </summary>
    private static RelaxedResults? Relax(IndexSearcher searcher, TermLookups terms, QueryPlan? plan, LooseMatches.UnitMatches? unitMatches, Query? filter,
        int size, SearchBudget budget, RankingParameters ranking, (ScoreDoc[] Ranked, int Total, Query Relaxed)? searched = null)
    {
        if (plan is null || unitMatches is null) return null;
        if ((searched ?? RelaxedCandidates(searcher, terms, plan, unitMatches, filter, size, budget, ranking)) is not { } candidates) return null;
        var relaxed = candidates.Relaxed;
        var best = candidates.Ranked.Take(size).ToArray();
        // Out of time, no word is reported missing (none was checked).
        var missing = plan.Units
            .TakeWhile(_ => budget.Left)
            .Where(u => QueryBuilder.ForUnit(u, terms: terms) is not { } q || !AnyMatch(searcher, QueryBuilder.Restrict(MatchingQuery.Of(terms.Attach(q), ranking), filter)))
            .Select(u => u.Original)
            .ToList();
        // Each partial match says which words it lacks (the page writes "Ne contient pas"), as a loose hit does; out of time,
        // none is checked.
        // (Those the candidates' order asked about are not asked again.)
        var hits = Hits(searcher, relaxed, best);
        for (var i = 0; i < hits.Count && budget.Left; i++)
            hits[i] = hits[i] with { Missing = unitMatches.Missing(best[i].Doc) };
        return new RelaxedResults(candidates.Total, hits, missing);
    }

    /// <summary>
    /// The best partial matches of a plan (any of its units) within the filter, best first, how many there are, and the relaxed
    /// query that found them (its terms attached); null when there is nothing to relax or no document holds any unit. Those lacking the fewest words come first
    /// (<see cref="RankingParameters.RelaxedByWords"/>), each count in score order.
    /// </summary>
    private static (ScoreDoc[] Ranked, int Total, Query Relaxed)? RelaxedCandidates(IndexSearcher searcher, TermLookups terms, QueryPlan plan,
        LooseMatches.UnitMatches unitMatches, Query? filter, int size, SearchBudget budget, RankingParameters ranking)
    {
        if (QueryBuilder.Relaxed(plan, ranking, terms) is not { } loose) return null;
        var relaxed = terms.Attach(loose);
        var top = TopFieldCollector.Create(Sort.RELEVANCE, Math.Max(size, Rescorer.Window), fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        budget.Run(() => searcher.Search(QueryBuilder.Restrict(MatchingQuery.Of(relaxed, ranking), filter), CancellableCollector.Wrap(ScoreOnceCollector.Wrap(top), budget.Token)));
        var window = top.GetTopDocs();
        if (window.TotalHits == 0) return null;
        var rescored = budget.Left ? Rescorer.Rescore(searcher, ranking.TermDisjunctions ? TermDisjunction.Within(relaxed, ranking.LazyPhrases) : relaxed, window.ScoreDocs, byDate: false) : window.ScoreDocs;
        // The best partial matches are those lacking the fewest words, each count in score order: a document holding every
        // word but one before one that says a single word of the query many times.
        if (ranking.RelaxedByWords && budget.Left && rescored.Length > 1)
        {
            var held = unitMatches.Held(rescored);
            rescored = [.. rescored.Select((d, i) => (d, i)).OrderByDescending(x => held[x.i]).ThenBy(x => x.i).Select(x => x.d)];
        }
        return (rescored, window.TotalHits, relaxed);
    }

    /// <summary>Counts documents found outside a search (<paramref name="docs"/>, any order) with collectors, segment by segment
    /// in index order, as a search would.</summary>
    private static void Feed(IndexReader reader, IReadOnlyList<ScoreDoc> docs, params ICollector[] collectors)
    {
        var leaves = reader.Leaves;
        foreach (var group in docs.Select(d => d.Doc).Distinct().GroupBy(d => ReaderUtil.SubIndex(d, leaves)).OrderBy(g => g.Key))
        {
            var leaf = leaves[group.Key];
            foreach (var collector in collectors) collector.SetNextReader(leaf);
            foreach (var doc in group.Order())
                foreach (var collector in collectors) collector.Collect(doc - leaf.DocBase);
        }
    }

    /// <summary>True when at least one document matches: stops at the first one, scores nothing.</summary>
    private static bool AnyMatch(IndexSearcher searcher, Query query)
    {
        var first = new FirstMatch();
        searcher.Search(new ConstantScoreQuery(query), first);
        return first.Found;
    }

    private sealed class FirstMatch : ICollector
    {
        public bool Found { get; private set; }
        public bool AcceptsDocsOutOfOrder => false; // see FacetCounter.AcceptsDocsOutOfOrder
        public void SetScorer(Scorer scorer) { }
        public void SetNextReader(AtomicReaderContext context)
        {
            if (Found) throw new CollectionTerminatedException();
        }
        public void Collect(int doc)
        {
            Found = true;
            throw new CollectionTerminatedException();
        }
    }

    private static List<SearchHit> Hits(IndexSearcher searcher, Query? highlightQuery, ScoreDoc[] scoreDocs)
    {
        // Each hit's stored fields are read (decompressed) once: for the hit and for its snippet.
        var docs = scoreDocs.Select(d => Schema.FromLucene(searcher.Doc(d.Doc))).ToArray();
        var pages = new Dictionary<int, string[]>(scoreDocs.Length);
        for (var i = 0; i < scoreDocs.Length; i++) pages[scoreDocs[i].Doc] = docs[i].Pages as string[] ?? docs[i].Pages.ToArray();
        var snippets = Snippets(searcher, highlightQuery, scoreDocs, pages);
        var hits = new List<SearchHit>(scoreDocs.Length);
        for (var i = 0; i < scoreDocs.Length; i++) hits.Add(ToHit(docs[i], snippets[i] ?? SnippetBuilder.Plain(docs[i]), scoreDocs[i].Score));
        return hits;
    }

    /// <summary>Each hit with the documents collapsed into it (their stored fields read without the text).</summary>
    private static List<SearchHit> WithOtherVersions(IndexSearcher searcher, List<SearchHit> hits, DuplicateCollapser.Group[] groups)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (groups[i].Others.Count == 0) continue;
            var versions = new List<HitVersion>(groups[i].Others.Count);
            foreach (var (other, sameContent) in groups[i].Others)
            {
                var visitor = new WithoutText();
                searcher.Doc(other.Doc, visitor);
                var doc = Schema.FromLucene(visitor.Document, withPages: false);
                versions.Add(new HitVersion(doc.Id, doc.Url, doc.Title, doc.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sameContent));
            }
            hits[i] = hits[i] with { OtherVersions = versions };
        }
        return hits;
    }

    /// <summary>The total and the <paramref name="size"/> newest documents matching <paramref name="filter"/>, as plain hits.</summary>
    internal static (long Total, IReadOnlyList<SearchHit> Hits) Latest(IndexSearcher searcher, Query filter, int size)
    {
        var top = TopFieldCollector.Create(new Sort(new SortField(Schema.DateSort, SortFieldType.INT64, reverse: true)), Math.Max(1, size),
            fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: true);
        searcher.Search(new ConstantScoreQuery(filter), top);
        var docs = top.GetTopDocs();
        return (docs.TotalHits, PlainHits(searcher, docs.ScoreDocs.Take(size).ToArray()));
    }

    /// <summary>Hits without passages, their stored fields read without the text: the summary is the snippet.</summary>
    private static List<SearchHit> PlainHits(IndexSearcher searcher, ScoreDoc[] scoreDocs)
    {
        var hits = new List<SearchHit>(scoreDocs.Length);
        foreach (var scoreDoc in scoreDocs)
        {
            var visitor = new WithoutText();
            searcher.Doc(scoreDoc.Doc, visitor);
            var doc = Schema.FromLucene(visitor.Document, withPages: false);
            hits.Add(ToHit(doc, SnippetBuilder.Plain(doc), scoreDoc.Score));
        }
        return hits;
    }

    private sealed class WithoutText : DocumentStoredFieldVisitor
    {
        public override Status NeedsField(FieldInfo fieldInfo) => fieldInfo.Name == Schema.Body ? Status.NO : Status.YES;
    }

    /// <summary>
    /// Documents similar to a given one ("documents similaires"): MoreLikeThis over its title and
    /// text, the document itself excluded. Null when the id is unknown.
    /// </summary>
    public IReadOnlyList<SearchHit>? Similar(string id, int size = 5)
    {
        using var lease = Provider.Acquire() ?? throw new IndexNotReadyException();
        var searcher = lease.Searcher;
        var self = searcher.Search(new TermQuery(new Term(Schema.Id, id)), 1);
        if (self.TotalHits == 0) return null;
        var mlt = new Lucene.Net.Queries.Mlt.MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = Analysis.FrenchAnalyzers.ForSchema,
            FieldNames = [Schema.Title, Schema.Body],
            MinTermFreq = 2,
            MinDocFreq = 2,
            MaxDocFreq = Math.Max(2, searcher.IndexReader.NumDocs / 2),
            MaxQueryTerms = 30,
            MinWordLen = 3,
            ApplyBoost = true,
        };
        var like = new BooleanQuery
        {
            { mlt.Like(self.ScoreDocs[0].Doc), Occur.MUST },
            { new TermQuery(new Term(Schema.Id, id)), Occur.MUST_NOT },
        };
        var top = searcher.Search(like, Math.Clamp(size, 1, 20));
        return Hits(searcher, null, top.ScoreDocs);
    }

    /// <summary>Search-as-you-type suggestions for what has been typed so far.</summary>
    public IReadOnlyList<Suggestion> Suggest(string? typed, int size = 8)
    {
        var text = QueryText.Clean(typed);
        if (text.Length == 0) return [];
        using var lease = Provider.Acquire() ?? throw new IndexNotReadyException();
        return Suggester.Suggest(lease.Searcher, text, Math.Clamp(size, 1, 20));
    }

    public SearchDocument? GetById(string id) => FindOne(new TermQuery(new Term(Schema.Id, id)));

    /// <summary>
    /// A document and the pages where the words of <paramref name="query"/> are, highlighted as the search
    /// matches them (same analysis: stems, synonyms, corrections), or null when the id is unknown. The words
    /// need not all be in the document: each one found is marked.
    /// </summary>
    /// <exception cref="InvalidSearchRequestException">The query is too long.</exception>
    public DocumentMatches? Read(string id, string? query)
    {
        var text = QueryText.Clean(query);
        using var lease = Provider.Acquire() ?? throw new IndexNotReadyException();
        var searcher = lease.Searcher;
        var top = searcher.Search(new TermQuery(new Term(Schema.Id, id)), 1);
        if (top.TotalHits == 0) return null;
        var docId = top.ScoreDocs[0].Doc;
        var doc = Schema.FromLucene(searcher.Doc(docId));
        if (text.Length == 0) return new DocumentMatches(doc, "", []);
        var terms = new TermLookups(searcher.IndexReader, Limits.MaxCorrections) { Lexicon = Lexicon };
        var built = QueryBuilder.Build(text, terms, limits: Limits);
        try
        {
            return new DocumentMatches(doc, text, SnippetBuilder.Pages(searcher, terms.Attach(built.Scoring), docId, doc.Pages));
        }
        catch (ArgumentException e) when (e.Message.Contains("offsets", StringComparison.Ordinal))
        {
            // An index written before the body kept offsets: nothing to mark until it is rebuilt.
            return new DocumentMatches(doc, text, []);
        }
    }

    public SearchDocument? GetByUrl(string url) => FindOne(new TermQuery(new Term(Schema.Url, url)));

    /// <summary>Number of documents in the current searcher (0 while there is no index).</summary>
    public int DocumentCount()
    {
        using var lease = Provider.Acquire();
        return lease?.Searcher.IndexReader.NumDocs ?? 0;
    }

    private SearchDocument? FindOne(Query query)
    {
        using var lease = Provider.Acquire() ?? throw new IndexNotReadyException();
        var top = lease.Searcher.Search(query, 1);
        return top.TotalHits == 0 ? null : Schema.FromLucene(lease.Searcher.Doc(top.ScoreDocs[0].Doc));
    }

    private static IReadOnlyList<Snippet?> Snippets(IndexSearcher searcher, Query? query, ScoreDoc[] docs, IReadOnlyDictionary<int, string[]> pages)
    {
        try
        {
            return SnippetBuilder.Build(searcher, query, docs.Select(d => d.Doc).ToArray(), pages);
        }
        catch (ArgumentException e) when (e.Message.Contains("offsets", StringComparison.Ordinal))
        {
            // An index written before the body kept offsets: plain snippets until it is rebuilt.
            return new Snippet?[docs.Length];
        }
    }

    private static SearchHit ToHit(SearchDocument doc, Snippet snippet, float score)
    {
        return new SearchHit
        {
            Id = doc.Id,
            Url = doc.Url,
            Title = doc.Title,
            Publisher = doc.Publisher,
            Type = doc.Type,
            Date = doc.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Year = doc.Year,
            CoveredYears = doc.CoveredYears,
            Snippet = snippet.Html,
            Page = doc.Format == "pdf" ? snippet.Page : null,
            Passages = new[] { snippet }.Concat(snippet.Others)
                .Select(p => new HitPassage(p.Html, doc.Format == "pdf" ? p.Page : null)).ToList(),
            Score = float.IsNaN(score) ? 0 : score,
            Format = doc.Format,
            TextStatus = doc.TextStatus,
            OcrPages = doc.OcrPages,
            Territories = doc.Territories,
            IndexedAt = doc.IndexedAt == default ? null : doc.IndexedAt,
        };
    }

    private void Validate(SearchRequest request)
    {
        if (request.Page < 1) throw new InvalidSearchRequestException(SearchErrors.InvalidPage, "'page' must be 1 or more.");
        var maxSize = request.HitsOnly ? SearchRequest.MaxDepth : SearchRequest.MaxSize;
        if (request.Size < 1 || request.Size > maxSize)
            throw new InvalidSearchRequestException(SearchErrors.InvalidSize, $"'size' must be between 1 and {maxSize}.");
        if ((long)request.Page * request.Size > SearchRequest.MaxDepth)
            throw new InvalidSearchRequestException(SearchErrors.BeyondMaxDepth, $"Results beyond the first {SearchRequest.MaxDepth} are not available; refine the query.");
        if (request.YearFrom is < 1800 or > 2200 || request.YearTo is < 1800 or > 2200)
            throw new InvalidSearchRequestException(SearchErrors.InvalidYear, "'yearFrom' and 'yearTo' must be years between 1800 and 2200.");
        if (request.YearFrom > request.YearTo)
            throw new InvalidSearchRequestException(SearchErrors.InvalidYearRange, "'yearFrom' must not be after 'yearTo'.");
        foreach (var (field, values) in request.Filters)
        {
            if (!Schema.FacetFields.Contains(field))
                throw new InvalidSearchRequestException(SearchErrors.UnknownFilter, $"Unknown filter '{field}'. Known filters: {string.Join(", ", Schema.FacetFields)}.");
            if (values.Count > Limits.MaxFilterValues && values.Select(v => v.Trim()).Distinct().Count() > Limits.MaxFilterValues)
                throw new InvalidSearchRequestException(SearchErrors.TooManyFilterValues,
                    $"At most {Limits.MaxFilterValues} '{field}' values may be chosen ({values.Count} were).");
        }
    }

    /// <summary>Values trimmed, blank ones dropped; a publisher by its canonical name (any of its variants selects it).</summary>
    private static Dictionary<string, IReadOnlyList<string>> NormalizedFilters(IReadOnlyDictionary<string, IReadOnlyList<string>> filters) =>
        filters
            .Select(kv => (kv.Key, Values: (IReadOnlyList<string>)kv.Value
                .Select(v => kv.Key == Schema.Publisher ? Publishers.Canonical(v) ?? "" : v.Trim()).Where(v => v.Length > 0).Distinct().ToList()))
            .Where(kv => kv.Values.Count > 0)
            .ToDictionary(kv => kv.Key, kv => kv.Values);
}

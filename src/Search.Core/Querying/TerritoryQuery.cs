using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Documents;
using Search.Core.Territories;

namespace Search.Core.Querying;

/// <summary>A value of the territory facet: a territory and the number of matching documents about it or its descendants.</summary>
public sealed record TerritoryFacetValue(string Level, string Code, string Name, int Count);

/// <summary>
/// The territory facet at the current level: the régions (and France) when no territory is chosen;
/// the children of the chosen territory otherwise (région -> départements -> EPCI and communes).
/// </summary>
public sealed record TerritoryFacet(TerritoryRef? Parent, IReadOnlyList<TerritoryFacetValue> Values);

/// <summary>
/// The territory part of a search: the filter (a territory and its descendants, optionally the
/// documents about its ancestors), the territories named in the query and the boost they give, and
/// the facet. SearchService calls it; the logic lives here.
/// </summary>
public sealed partial class TerritoryQuery
{
    private readonly Gazetteer _gazetteer;

    public IReadOnlyList<Territory> Selected { get; }
    public IReadOnlyList<Territory> Recognized => _named.Where(n => !n.Group).Select(n => n.Territory).ToList();
    private readonly IReadOnlyList<QueryTerritory> _named;
    private readonly string _text;

    /// <summary>
    /// The query's words (folded) that name a place as it is spelt, or its département by its adjective ("landaises"): the
    /// territory answers for them, so a word the index lacks is searched as typed, not corrected into another word or split
    /// in two ("land aises"). A misspelt name's words are not among them (its correction may find the name in the text).
    /// </summary>
    public IReadOnlySet<string> PlaceWords => _placeWords ??= _named.Where(n => !n.Misspelt)
        .SelectMany(n => _text[n.Start..n.End].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(QueryText.Fold).ToHashSet(StringComparer.Ordinal);
    private HashSet<string>? _placeWords;

    /// <summary>
    /// The query with each place name it misspelt written as the gazetteer writes it ("comptes Bagnères de Bigore" -> "comptes
    /// Bagnères de Bigorre", "département de l'Èsne" -> "département de l'Aisne"); null when it misspelt none.
    /// </summary>
    public string? Respelt()
    {
        var text = new System.Text.StringBuilder(_text.Length + 8);
        var at = 0;
        foreach (var n in _named.Where(n => n.Misspelt && n.Spelling is { Length: > 0 }).OrderBy(n => n.Start))
        {
            if (n.Start < at) continue;
            text.Append(_text, at, n.Start - at).Append(Respell(_text[n.Start..n.End], n.Spelling!));
            at = n.End;
        }
        if (at == 0) return null;
        return text.Append(_text, at, _text.Length - at).ToString();
    }

    /// <summary>The words of a name as typed replaced by those of its spelling, the typed separators kept ("Villard de Lens" ->
    /// "Villard de Lans", not "Villard-de-Lans": the query is the user's, one word changed); the spelling itself when the
    /// two do not have as many words.</summary>
    internal static string Respell(string typed, string spelling)
    {
        var typedWords = NameWord().Matches(typed);
        var spelt = NameWord().Matches(spelling);
        if (typedWords.Count != spelt.Count) return spelling;
        var text = new System.Text.StringBuilder(typed.Length + 4);
        var at = 0;
        for (var k = 0; k < typedWords.Count; k++)
        {
            text.Append(typed, at, typedWords[k].Index - at).Append(spelt[k].Value);
            at = typedWords[k].Index + typedWords[k].Length;
        }
        return text.Append(typed, at, typed.Length - at).ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial System.Text.RegularExpressions.Regex NameWord();

    /// <summary>The filter of the selected territories, or null.</summary>
    public Query? Filter { get; }

    /// <summary>Weight of "about this territory or a descendant", and of "mentions this territory or a descendant" (and is
    /// not about it), for a territory named in the query (<see cref="RankingParameters.TerritoryAboutBoost"/>, ...Mention...).</summary>
    private readonly RankingParameters _ranking;

    private TerritoryQuery(Gazetteer gazetteer, IReadOnlyList<Territory> selected, bool ancestors, string text, IReadOnlyList<QueryTerritory> named,
        RankingParameters ranking)
    {
        _gazetteer = gazetteer;
        _ranking = ranking;
        Selected = selected;
        _text = text;
        _named = named;
        if (selected.Count > 0)
        {
            var any = new BooleanQuery();
            foreach (var t in selected) any.Add(new TermQuery(new Term(Schema.TerritoryTree, t.Key)), Occur.SHOULD);
            // Regional and national studies: documents about one of their ancestors (shared ancestors once).
            if (ancestors)
            {
                foreach (var a in selected.SelectMany(t => gazetteer.SelfAndAncestors(t).Skip(1)).Distinct())
                    any.Add(new TermQuery(new Term(Schema.TerritoryAbout, a.Key)), Occur.SHOULD);
            }
            Filter = any;
        }
    }

    /// <summary>Place names of the query beyond <see cref="SearchLimits.MaxPlaces"/>: searched as words only.</summary>
    public IReadOnlyList<string> IgnoredPlaces { get; private init; } = [];

    /// <summary>
    /// Reads and checks the request's territories ("level:code"); recognises those of the query text, the first
    /// <see cref="SearchLimits.MaxPlaces"/> of them (each one plans the rest of the query again).
    /// </summary>
    public static TerritoryQuery For(SearchRequest request, string cleanedQuery, Gazetteer? gazetteer = null, SearchLimits? limits = null)
    {
        gazetteer ??= Gazetteer.Default;
        limits ??= SearchLimits.Default;
        var selected = new List<Territory>();
        var requested = request.Territories.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToList();
        if (requested.Count > limits.MaxTerritories)
            throw new InvalidSearchRequestException(SearchErrors.TooManyFilterValues,
                $"At most {limits.MaxTerritories} 'territory' values may be chosen ({requested.Count} were).");
        foreach (var raw in requested)
        {
            var colon = raw.IndexOf(':');
            var level = colon > 0 ? raw[..colon] : "";
            if (!TerritoryLevels.IsKnown(level))
                throw new InvalidSearchRequestException(SearchErrors.InvalidTerritory, $"'territory' must be <level>:<code> with a level among {string.Join(", ", TerritoryLevels.All)}, not '{Truncate(raw)}'.");
            var t = gazetteer.Find(level, raw[(colon + 1)..].ToUpperInvariant()) ?? gazetteer.Find(level, raw[(colon + 1)..])
                ?? throw new InvalidSearchRequestException(SearchErrors.UnknownTerritory, $"Unknown territory '{Truncate(raw)}'.");
            if (!selected.Contains(t)) selected.Add(t);
        }
        var named = cleanedQuery.Length == 0 ? [] : TerritoryRecognizer.Default.RecognizeQuery(cleanedQuery);
        return new TerritoryQuery(gazetteer, selected, request.TerritoryAncestors, cleanedQuery, named.Take(limits.MaxPlaces).ToList(), limits.Ranking)
        {
            IgnoredPlaces = named.Skip(limits.MaxPlaces).Select(n => cleanedQuery[n.Start..n.End]).ToList(),
        };
    }

    /// <summary>
    /// A territory named in the query matches its name in the text or, instead, documents about it or
    /// its descendants ("rapport Isère" finds the report on a commune of Isère that never says
    /// "Isère"); and ranking favours documents about it. <paramref name="build"/> builds the scoring
    /// query of the rest of the words (QueryBuilder's). Queries with operators are only boosted.
    /// </summary>
    public Query Boost(Query scoring, Func<string, Query>? build = null)
    {
        if (_named.Count == 0 || scoring is MatchAllDocsQuery) return scoring;
        var boosted = new BooleanQuery();
        var plain = build is not null && _text.IndexOfAny(['"', '|', '+', '*', '~', '(', ')']) < 0
            && !_text.StartsWith('-') && !_text.Contains(" -", StringComparison.Ordinal);
        if (plain)
        {
            var either = new BooleanQuery { { scoring, Occur.SHOULD } };
            foreach (var n in _named)
            {
                var rest = (_text[..n.Start] + " " + _text[n.End..]).Trim();
                var about = Tree(Schema.TerritoryTree, n);
                if (n.Level is not null)
                {
                    // "comptes communauté de communes Languedoc-Roussillon": documents about an EPCI inside the région (or
                    // about the région itself), whether or not they say "communauté de communes"; the other words rank them
                    // (the report on a commune's management answers "budget commune <its région>" without saying "budget").
                    var others = (_text[..n.LevelStart] + " " + _text[n.End..]).Trim();
                    // A former région's documents about today's région still match (the words alone may have nothing
                    // else to answer: "lycées commune Auvergne"), scoring nothing from it.
                    var inside = FormerAtLevel(n)
                        ? new BooleanQuery
                        {
                            { InsideAtLevel(n), Occur.SHOULD },
                            { new ConstantScoreQuery(AboutItself(n)) { Boost = 0f }, Occur.SHOULD },
                        }
                        : InsideAtLevel(n);
                    var atLevel = new BooleanQuery { { inside, Occur.MUST } };
                    if (others.Length > 0) atLevel.Add(build!(others), Occur.SHOULD);
                    // Each word of the level ("communes", "communauté", "départemental"; not the short "de", "l'") ranks
                    // the documents that say it, each on its own: "Tableau des communes" for "comptes communes région Centre".
                    foreach (var word in LevelWords(n)) atLevel.Add(build!(word), Occur.SHOULD);
                    either.Add(atLevel, Occur.SHOULD);
                }
                if (rest.Length == 0)
                {
                    either.Add(about, Occur.SHOULD);
                    continue;
                }
                // The rest of the words in a document about the territory, or one that mentions places within it (the
                // constant boosts below rank "about" above "mentions"). A document is never both: the mentioned tree
                // leaves out the keys of the "about" tree, so one clause scores what two conjunctions did.
                var aboutOrMentions = new BooleanQuery
                {
                    { about, Occur.SHOULD },
                    { Mentions(n), Occur.SHOULD },
                };
                either.Add(new BooleanQuery { { build!(rest), Occur.MUST }, { aboutOrMentions, Occur.MUST } }, Occur.SHOULD);
            }
            boosted.Add(Outside(either), Occur.MUST);
        }
        else
        {
            boosted.Add(scoring, Occur.MUST);
        }
        foreach (var n in _named)
        {
            boosted.Add(Boosted(LevelTree(n), _ranking.TerritoryAboutBoost), Occur.SHOULD);
            // A level word: documents about a territory of that level inside it, or about it, rank first.
            if (n.Level is not null) boosted.Add(new ConstantScoreQuery(InsideAtLevel(n)) { Boost = _ranking.TerritoryLevelBoost }, Occur.SHOULD);
            // Weaker: documents that only mention places within it ("communauté de communes Grand Est" and a report
            // on an EPCI of the Meuse that never names the région).
            boosted.Add(Boosted(Mentions(n), _ranking.TerritoryMentionBoost), Occur.SHOULD);
        }
        return boosted;
    }

    /// <summary>
    /// The documents of a query that names a département, a région or a group ("outre-mer") scored by
    /// <see cref="RankingParameters.TerritoryOutsideFactor"/> when they are neither about it (or a place inside it) nor
    /// mention a place inside it: its name matched as a word only ("centre" in a report on a commune of Isère). With a level
    /// word before the name, a document about another place that only mentions one inside it is outside too. Not for a
    /// commune or an EPCI: the query's words taken for one are more often not that place ("île de Sein").
    /// </summary>
    private Query Outside(Query either)
    {
        var large = _named.Where(n => n.Group || TerritoryLevels.Rank(n.Territory.Level) >= TerritoryLevels.Rank(TerritoryLevels.Departement)).ToList();
        if (_ranking.TerritoryOutsideFactor == 1f || large.Count == 0) return either;
        var inside = new BooleanQuery();
        foreach (var n in large)
        {
            inside.Add(Tree(Schema.TerritoryTree, n), Occur.SHOULD);
            // Named with a level word ("comptes communes région Centre", "conseil départemental de l'Aisne"), the territory
            // asks for documents about it or a place inside it: one about another place (or France) that only mentions it
            // is no answer and is scored as outside. A mention still counts for a document with no subject recognised.
            inside.Add(n.Level is null ? Mentions(n) : new BooleanQuery
            {
                { Mentions(n), Occur.MUST },
                { new TermQuery(new Term(Schema.TerritoryTree, _gazetteer.France.Key)), Occur.MUST_NOT },
            }, Occur.SHOULD);
        }
        var outside = new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { inside, Occur.MUST_NOT } };
        return new OutsideDemotion(either, outside, _ranking.TerritoryOutsideFactor);
    }

    /// <summary>
    /// <see cref="Lucene.Net.Queries.BoostingQuery"/> whose parts <see cref="MatchingQuery"/> can read: the match, the documents
    /// outside the named territories, their factor.
    /// </summary>
    internal sealed class OutsideDemotion : Lucene.Net.Queries.BoostingQuery
    {
        private readonly Query _outside;
        private readonly float _factor;

        public OutsideDemotion(Query match, Query outside, float factor) : base(match, outside, factor)
        {
            Match = match;
            _outside = outside;
            _factor = factor;
        }

        public Query Match { get; }

        /// <summary>The same demotion of another match (<see cref="MatchingQuery"/>'s cheaper twin).</summary>
        public OutsideDemotion With(Query match) => new(match, _outside, _factor) { Boost = Boost };
    }

    /// <summary>The words between the level word's start and the territory's name ("communes région" in "comptes communes
    /// région Centre"), the short linking ones ("de", "du", "l'") left out.</summary>
    private IEnumerable<string> LevelWords(QueryTerritory n) =>
        _text[n.LevelStart..n.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3);

    /// <summary>
    /// A former région with a finer level word ("comptes communauté de communes Auvergne"): what counts is the territories
    /// of that level in its départements, not the documents about today's région (the reports on the former région
    /// Rhône-Alpes are about Auvergne-Rhône-Alpes too).
    /// </summary>
    private static bool FormerAtLevel(QueryTerritory n) =>
        n.Level is not null && !n.Group && n.Parts.Count > 0 && TerritoryLevels.Rank(n.Level) < TerritoryLevels.Rank(n.Territory.Level);

    /// <summary>The documents about the named territory or a place inside it: for a former région at a finer level
    /// (<see cref="FormerAtLevel"/>), inside its départements only; otherwise <see cref="Tree"/>.</summary>
    private static Query LevelTree(QueryTerritory n) => FormerAtLevel(n) ? AnyOf(Schema.TerritoryTree, n.Parts) : Tree(Schema.TerritoryTree, n);

    /// <summary>Documents about a territory of the query's level inside the named territory, or about the territory itself
    /// (not today's région for a former one: <see cref="FormerAtLevel"/>).</summary>
    private static Query InsideAtLevel(QueryTerritory n) => FormerAtLevel(n)
        ? new BooleanQuery
        {
            { AnyOf(Schema.TerritoryTree, n.Parts), Occur.MUST },
            { new PrefixQuery(new Term(Schema.TerritoryAbout, n.Level + ":")), Occur.MUST },
        }
        : new BooleanQuery
        {
            { Tree(Schema.TerritoryTree, n), Occur.MUST },
            {
                new BooleanQuery
                {
                    { new PrefixQuery(new Term(Schema.TerritoryAbout, n.Level + ":")), Occur.SHOULD },
                    { AboutItself(n), Occur.SHOULD },
                },
                Occur.MUST
            },
        };

    /// <summary>Documents about the named territory itself (about one of a group's territories: "outre-mer").</summary>
    private static Query AboutItself(QueryTerritory n) => AnyOf(Schema.TerritoryAbout, n.Group ? n.Parts : [n.Territory]);

    /// <summary>Documents that mention places within the named territory (within one of a group's territories).</summary>
    private static Query Mentions(QueryTerritory n) => AnyOf(Schema.TerritoryMentionedTree, n.Group ? n.Parts : [n.Territory]);

    private static Query AnyOf(string field, IReadOnlyList<Territory> territories)
    {
        if (territories.Count == 1) return new TermQuery(new Term(field, territories[0].Key));
        var any = new BooleanQuery();
        foreach (var t in territories) any.Add(new TermQuery(new Term(field, t.Key)), Occur.SHOULD);
        return any;
    }

    /// <summary>
    /// The named territory in a tree field; a former région is its départements ("Limousin" is not all of Nouvelle-Aquitaine),
    /// plus the documents about today's région (its regional studies cover them); a group ("outre-mer") is its territories.
    /// </summary>
    private static Query Tree(string field, QueryTerritory n)
    {
        if (n.Parts.Count == 0) return new TermQuery(new Term(field, n.Territory.Key));
        var any = new BooleanQuery();
        foreach (var part in n.Parts) any.Add(new TermQuery(new Term(field, part.Key)), Occur.SHOULD);
        if (!n.Group) any.Add(new TermQuery(new Term(Schema.TerritoryAbout, n.Territory.Key)), Occur.SHOULD);
        return any;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    /// <summary>AND of two optional filters.</summary>
    public static Query? And(Query? a, Query? b) => a is null ? b : b is null ? a : new BooleanQuery { { a, Occur.MUST }, { b, Occur.MUST } };

    /// <summary>The territories the facet offers: France and the régions, or the children of the one chosen.</summary>
    private IReadOnlyList<Territory> FacetLevel =>
        Selected.Count == 1 ? _gazetteer.Children(Selected[0]).ToList() : [_gazetteer.France, .. _gazetteer.Children(_gazetteer.France)];

    /// <summary>A counter of the matching documents about each territory the facet offers, or one the query names (or a descendant).</summary>
    public FacetCounter Counter() => new([Schema.TerritoryTree],
        new Dictionary<string, IReadOnlyCollection<string>> { [Schema.TerritoryTree] = FacetLevel.Concat(Recognized).Select(t => t.Key).Distinct().ToList() });

    /// <summary>
    /// The territories named in the query, not already chosen, that a filter would keep results for, with how many: the
    /// filter finds the documents about the territory or a descendant, the very ones counted here among the results.
    /// </summary>
    public IReadOnlyList<TerritoryFacetValue> QueryTerritoryFilters(FacetCounter counter)
    {
        var counts = counter.Counts(Schema.TerritoryTree);
        return Recognized.Where(t => !Selected.Contains(t)).Distinct()
            .Select(t => new TerritoryFacetValue(t.Level, t.Code, t.Name, counts.GetValueOrDefault(t.Key)))
            .Where(v => v.Count > 0)
            .ToList();
    }

    public TerritoryFacet Facet(FacetCounter counter)
    {
        var counts = counter.Counts(Schema.TerritoryTree);
        var parent = Selected.Count == 1 ? Selected[0] : null;
        var values = FacetLevel
            .Select(t => new TerritoryFacetValue(t.Level, t.Code, t.Name, counts.GetValueOrDefault(t.Key)))
            .Where(v => v.Count > 0)
            .OrderByDescending(v => v.Count).ThenBy(v => v.Name, StringComparer.Ordinal)
            .Take(200)
            .ToList();
        return new TerritoryFacet(parent is null ? null : TerritoryRef.Of(parent), values);
    }

    public IReadOnlyList<TerritoryRef> RecognizedRefs => Recognized.Select(TerritoryRef.Of).ToList();

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Documents;
using Search.Core.Territories;

namespace Search.Core.Querying;

/// <summary>Publications about the places of one level inside a territory ("40 sur ses communes").</summary>
public sealed record TerritoryLevelCount(string Level, string LevelLabel, long Count);

/// <summary>
/// A labelled section of a territory without publications about it: the latest publications that mention it
/// (<see cref="TerritoryOverview.Mentions"/>, <see cref="Territory"/> is the place itself) or that are about one of
/// its ancestors (<see cref="TerritoryOverview.About"/>: its EPCI, département, région, France), with their total.
/// </summary>
public sealed record TerritorySection(string Relation, TerritoryRef Territory, long Total, IReadOnlyList<SearchHit> Hits);

/// <summary>
/// What a territory page shows beside its latest publications, counted on the index (term postings, no stored
/// document read) except for the few hits of the sections: how many publications are about the place, about the
/// places of each level inside it, and mention it; and, when none is about it or a place inside it, the sections
/// that keep it from being a dead end (those that mention it, then those about its EPCI, département, région, France).
/// </summary>
public sealed record TerritoryOverview
{
    public const string Mentions = "mentions";
    public const string About = "about";

    /// <summary>Publications about the territory itself.</summary>
    public required long AboutPlace { get; init; }
    /// <summary>Publications about the territory or a place inside it: what the territory filter finds.</summary>
    public required long AboutPlaceOrInside { get; init; }
    /// <summary>For each level finer than the territory's, publications about a place of that level inside it.</summary>
    public required IReadOnlyList<TerritoryLevelCount> Inside { get; init; }
    /// <summary>Publications that mention it or a place inside it without being about them.</summary>
    public required long Mentioning { get; init; }
    /// <summary>Only when <see cref="AboutPlaceOrInside"/> is 0: the sections that mention it, then about each ancestor, nearest first (empty ones left out).</summary>
    public required IReadOnlyList<TerritorySection> Coverage { get; init; }

    /// <summary>The overview of <paramref name="territory"/>; each section holds its <paramref name="sectionSize"/> latest publications.</summary>
    public static TerritoryOverview Of(SearchService search, Territory territory, int sectionSize = 5, Gazetteer? gazetteer = null)
    {
        gazetteer ??= Gazetteer.Default;
        using var lease = search.Provider.Acquire() ?? throw new IndexNotReadyException();
        var searcher = lease.Searcher;
        var aboutOrInside = Count(searcher, AboutOrInsideQuery(territory));
        var coverage = new List<TerritorySection>();
        if (aboutOrInside == 0)
        {
            var sections = new List<(string Relation, Territory Place, Query Query)> { (Mentions, territory, MentioningQuery(territory)) };
            sections.AddRange(gazetteer.SelfAndAncestors(territory).Skip(1).Select(a => (About, a, AboutQuery(a))));
            foreach (var (relation, place, query) in sections)
            {
                var (total, hits) = SearchService.Latest(searcher, query, sectionSize);
                if (total > 0) coverage.Add(new TerritorySection(relation, TerritoryRef.Of(place), total, hits));
            }
        }
        return new TerritoryOverview
        {
            AboutPlace = Count(searcher, AboutQuery(territory)),
            AboutPlaceOrInside = aboutOrInside,
            Inside = TerritoryLevels.All
                .Where(l => TerritoryLevels.Rank(l) < TerritoryLevels.Rank(territory.Level))
                .Select(l => new TerritoryLevelCount(l, TerritoryLevels.Label(l), aboutOrInside == 0 ? 0 : Count(searcher, InsideAtLevelQuery(territory, l))))
                .ToList(),
            Mentioning = Count(searcher, MentioningQuery(territory)),
            Coverage = coverage,
        };
    }

    /// <summary>About the territory itself.</summary>
    public static Query AboutQuery(Territory t) => new TermQuery(new Term(Schema.TerritoryAbout, t.Key));

    /// <summary>About the territory or a place inside it (the territory filter of a search).</summary>
    public static Query AboutOrInsideQuery(Territory t) => new TermQuery(new Term(Schema.TerritoryTree, t.Key));

    /// <summary>About a place of <paramref name="level"/> inside the territory.</summary>
    public static Query InsideAtLevelQuery(Territory t, string level) => new BooleanQuery
    {
        { AboutOrInsideQuery(t), Occur.MUST },
        { new PrefixQuery(new Term(Schema.TerritoryAbout, level + ":")), Occur.MUST },
    };

    /// <summary>Mentions the territory or a place inside it, and is about neither.</summary>
    public static Query MentioningQuery(Territory t) => new TermQuery(new Term(Schema.TerritoryMentionedTree, t.Key));

    private static long Count(IndexSearcher searcher, Query query)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(new ConstantScoreQuery(query), count);
        return count.TotalHits;
    }
}

using Search.Core.Documents;
using Search.Core.Querying;
using Search.Core.Territories;

namespace Search.Core.Tests.Territories;

/// <summary>
/// How a query naming a level and a larger territory ranks documents (issue 13, point 2), on a real index of crafted
/// documents: a former région's places before today's région's own reports; a document matching a département's or
/// a région's name only as a word below the documents about places inside it.
/// </summary>
public sealed class TerritoryQueryRankingTests : IDisposable
{
    private static readonly TerritoryRef Ara = new("region", "84", "Auvergne-Rhône-Alpes");
    private static readonly TerritoryRef AllierEpci = new("epci", "200071512", "CC Commentry Montmarault Néris Communauté");
    private static readonly TerritoryRef Villard = new("commune", "38548", "Villard-de-Lans");
    private static readonly TerritoryRef Orleans = new("commune", "45234", "Orléans");

    private readonly TestIndex _index = new(
        // About today's région (a report on the former Rhône-Alpes), saying "comptes" more than the Allier's table does.
        TestIndex.Doc("https://x.example/rhone-alpes", "Rapport sur la région",
            "Les comptes de la région Rhône-Alpes et les comptes de ses lycées.")
            with { Territories = new([Ara], []) },
        // About an EPCI of the Allier (former Auvergne), saying neither "Auvergne" nor "communauté de communes".
        TestIndex.Doc("https://x.example/allier", "Tableau des groupements", "Les comptes du groupement à fiscalité propre.")
            with { Territories = new([AllierEpci], []) },
        // About a commune of Isère, saying "centre" (a centre aquatique), "communes", "région" and "comptes".
        TestIndex.Doc("https://x.example/villard", "Rapport sur la commune",
            "Les comptes de la commune, son centre aquatique, les communes voisines et la région.")
            with { Territories = new([Villard], []) },
        // About a commune of Centre-Val de Loire, saying only "comptes".
        TestIndex.Doc("https://x.example/orleans", "Tableau des communes", "Les comptes de la ville.")
            with { Territories = new([Orleans], []) });

    public void Dispose() => _index.Dispose();

    private static List<string> Urls(SearchResponse response) => response.Hits.Select(h => h.Url[18..]).ToList();

    [Fact]
    public void A_former_region_with_a_finer_level_word_ranks_its_places_above_todays_regions_own_documents()
    {
        var response = _index.Service.Search(new SearchRequest { Query = "comptes communauté de communes Auvergne", Size = 10 });
        Assert.Equal(["region:84"], response.QueryTerritories.Select(t => t.Key));
        var urls = Urls(response);
        Assert.Equal("allier", urls[0]);
        Assert.Contains("rhone-alpes", urls);   // still found (a regional study may be all there is), ranked below
    }

    [Fact]
    public void A_document_matching_a_regions_name_only_as_a_word_ranks_below_those_about_places_inside_it()
    {
        var request = new SearchRequest { Query = "comptes communes région Centre", Size = 10 };
        var response = _index.Service.Search(request);
        Assert.Equal(["region:24"], response.QueryTerritories.Select(t => t.Key));
        var urls = Urls(response);
        Assert.Equal("orleans", urls[0]);
        Assert.Contains("villard", urls);   // still matches: "centre" may not have been the place

        // The factor at 1 (main's ranking) gives back the word-only match its full score.
        var neutral = new SearchService(_index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default with { TerritoryOutsideFactor = 1f } });
        var before = neutral.Search(request).Hits;
        var after = response.Hits;
        Assert.True(after.Single(h => h.Url.EndsWith("villard")).Score < before.Single(h => h.Url.EndsWith("villard")).Score * 0.75f);
        Assert.Equal(after.Single(h => h.Url.EndsWith("orleans")).Score, before.Single(h => h.Url.EndsWith("orleans")).Score, 3);
    }

    [Fact]
    public void A_commune_or_epci_named_in_the_query_does_not_demote_the_documents_that_only_say_its_name()
    {
        // "Villard-de-Lans" named: the Isère commune's report is about it; the factor is not applied to communes and EPCI.
        var request = new SearchRequest { Query = "comptes Villard-de-Lans", Size = 10 };
        var neutral = new SearchService(_index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default with { TerritoryOutsideFactor = 1f } });
        Assert.Equal(Urls(neutral.Search(request)), Urls(_index.Service.Search(request)));
        Assert.Equal(neutral.Search(request).Hits.Select(h => h.Score), _index.Service.Search(request).Hits.Select(h => h.Score));
    }
}

/// <summary>
/// A commune's report that names the commune by the start of its name ("la commune de Sainte-Marie", Sainte-Marie-la-Mer) is
/// about it, so a query for the communes of its région finds it first, on a real index whose territories are the recognizer's.
/// </summary>
public sealed class ShortCommuneNameRankingTests : IDisposable
{
    private static SearchDocument Recognized(SearchDocument doc) =>
        doc with { Territories = TerritoryRecognizer.Default.Recognize(doc.Title, null, doc.Pages) };

    private readonly TestIndex _index = new(
        Recognized(TestIndex.Doc("https://x.example/sainte-marie", "La gestion de la commune de Sainte-Marie",
            "La chambre a examiné la gestion de la commune de Sainte-Marie, membre de Perpignan Méditerranée Métropole. "
            + "Le plan de prévention des risques de Sainte-Marie-la-Mer couvre le littoral des Pyrénées-Orientales.")),
        // A national note naming the région's places and the query's words more often, about no commune.
        Recognized(TestIndex.Doc("https://x.example/note", "Note sur la gestion des communes",
            "La gestion des communes du littoral : la gestion des communes de l'Hérault, la gestion des communes de l'Aude, "
            + "la gestion des communes des Pyrénées-Orientales et la gestion des communes du Gard.")));

    public void Dispose() => _index.Dispose();

    [Fact]
    public void The_report_on_a_commune_named_short_is_first_for_the_communes_of_its_region()
    {
        var response = _index.Service.Search(new SearchRequest { Query = "gestion commune Occitanie", Size = 10 });
        Assert.Equal(["region:76"], response.QueryTerritories.Select(t => t.Key));
        Assert.Equal("https://x.example/sainte-marie", response.Hits[0].Url);
        Assert.Equal(["commune:66182"], response.Hits[0].Territories.About.Select(t => t.Key));
    }
}

/// <summary>
/// A territory named with a level word ("communes région Centre") asks for documents about it or a place inside it: a
/// document about another place that only mentions one inside it is scored like one outside it; a document with no
/// recognised subject that mentions one is not; without a level word, a mention keeps counting as inside.
/// </summary>
public sealed class TerritoryQueryMentionTests : IDisposable
{
    private static readonly TerritoryRef Villard = new("commune", "38548", "Villard-de-Lans");
    private static readonly TerritoryRef Olivet = new("commune", "45232", "Olivet");
    private static readonly TerritoryRef Orleans = new("commune", "45234", "Orléans");

    private readonly TestIndex _index = new(
        // About a commune of Isère, mentioning a commune of the Loiret (Centre-Val de Loire).
        TestIndex.Doc("https://x.example/villard", "Rapport sur la commune",
            "Les comptes de la commune, son centre aquatique, les communes voisines, la région et le Loiret.")
            with { Territories = new([Villard], [Olivet]) },
        // No subject recognised, mentioning the same commune of the Loiret.
        TestIndex.Doc("https://x.example/unknown", "Note sur un syndicat",
            "Un centre de loisirs pour les communes de la région, proche du Loiret : ses comptes.")
            with { Territories = new([], [Olivet]) },
        // About a commune of the Loiret.
        TestIndex.Doc("https://x.example/orleans", "Tableau des communes", "Les comptes de la ville.")
            with { Territories = new([Orleans], []) });

    public void Dispose() => _index.Dispose();

    private SearchService Neutral => new(_index.Provider,
        limits: SearchLimits.Default with { Ranking = RankingParameters.Default with { TerritoryOutsideFactor = 1f } });

    private static float Score(SearchResponse response, string url) => response.Hits.Single(h => h.Url.EndsWith(url)).Score;

    [Fact]
    public void With_a_level_word_a_document_about_another_place_that_only_mentions_one_inside_is_demoted()
    {
        var request = new SearchRequest { Query = "comptes communes région Centre", Size = 10 };
        var after = _index.Service.Search(request);
        Assert.Equal(["region:24"], after.QueryTerritories.Select(t => t.Key));
        var before = Neutral.Search(request);
        Assert.True(Score(after, "villard") < Score(before, "villard") * 0.75f);
        // No subject recognised: the mention still counts (the place may be its subject, missed).
        Assert.Equal(Score(before, "unknown"), Score(after, "unknown"), 3);
        Assert.Equal(Score(before, "orleans"), Score(after, "orleans"), 3);
        Assert.True(Score(after, "orleans") > Score(after, "villard"));
    }

    [Fact]
    public void Without_a_level_word_a_mention_of_a_place_inside_keeps_the_document_inside()
    {
        var request = new SearchRequest { Query = "comptes Loiret", Size = 10 };
        var after = _index.Service.Search(request);
        Assert.Equal(["departement:45"], after.QueryTerritories.Select(t => t.Key));
        Assert.Equal(Score(Neutral.Search(request), "villard"), Score(after, "villard"), 3);
    }
}

/// <summary>
/// A level word before a territory ("comptes communes région Centre"): among the documents about places of that level inside
/// it, those that say the level's words rank first, each word on its own.
/// </summary>
public sealed class TerritoryQueryLevelWordTests : IDisposable
{
    private static readonly TerritoryRef Orleans = new("commune", "45234", "Orléans");
    private static readonly TerritoryRef Olivet = new("commune", "45232", "Olivet");

    private readonly TestIndex _index = new(
        // About a commune of the Loiret, saying "communes" but neither "région" nor "Centre"; the older of the two.
        TestIndex.Doc("https://x.example/orleans", "Tableau des communes", "Les comptes de la ville.", date: new DateOnly(2010, 1, 1))
            with { Territories = new([Orleans], []) },
        // About another commune of the Loiret, saying only "comptes"; the newer (ties go to it).
        TestIndex.Doc("https://x.example/olivet", "Tableau des villes", "Les comptes de la ville.", date: new DateOnly(2020, 1, 1))
            with { Territories = new([Olivet], []) });

    public void Dispose() => _index.Dispose();

    [Fact]
    public void The_document_that_says_the_level_word_ranks_above_the_one_that_does_not()
    {
        var response = _index.Service.Search(new SearchRequest { Query = "comptes communes région Centre", Size = 10 });
        Assert.Equal(["region:24"], response.QueryTerritories.Select(t => t.Key));
        Assert.Equal(["orleans", "olivet"], response.Hits.Select(h => h.Url[18..]));
        Assert.True(response.Hits[0].Score > response.Hits[1].Score);
    }
}

/// <summary>
/// A report on a communauté de communes merged away, whose name the gazetteer lacks, is about its seat's EPCI, not its seat: a
/// query for the communes of its région finds a commune's report first, on a real index whose territories are the recognizer's,
/// and a query for the communautés de communes of its département still finds it.
/// </summary>
public sealed class MergedEpciRankingTests : IDisposable
{
    private static SearchDocument Recognized(SearchDocument doc) =>
        doc with { Territories = TerritoryRecognizer.Default.Recognize(doc.Title, null, doc.Pages) };

    private readonly TestIndex _index = new(
        // Saying "finances" and "communes" more often than the commune's report does.
        Recognized(TestIndex.Doc("https://x.example/thiberien", "La gestion de la communauté de communes du pays Thibérien",
            "À Monsieur le Président de la Communauté de communes du Pays Thibérien, 24800 THIVIERS. Les finances de la communauté "
            + "de communes et les finances des communes membres : la chambre a examiné les finances des communes du Pays Thibérien. "
            + "Lettre recommandée à Monsieur le Président de la Communauté de communes du Pays Thibérien, 24800 THIVIERS. "
            + "Copie à Monsieur le Président de la Communauté de communes du Pays Thibérien, 24800 THIVIERS. "
            + "Objet : l'examen de la gestion de la communauté de communes du pays Thibérien, 24800 THIVIERS.")),
        Recognized(TestIndex.Doc("https://x.example/manot", "La gestion de la commune de Manot",
            "La chambre a examiné la gestion de la commune de Manot (Charente) et ses finances.")));

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_communes_report_is_first_for_the_communes_of_its_region_and_the_merged_epcis_report_answers_its_level()
    {
        var communes = _index.Service.Search(new SearchRequest { Query = "finances communes Nouvelle-Aquitaine", Size = 10 });
        Assert.Equal(["region:75"], communes.QueryTerritories.Select(t => t.Key));
        Assert.Equal("https://x.example/manot", communes.Hits[0].Url);
        Assert.Equal(["epci:242400752"], communes.Hits.Single(h => h.Url.EndsWith("thiberien")).Territories.About.Select(t => t.Key));
        var epcis = _index.Service.Search(new SearchRequest { Query = "finances communauté de communes Dordogne", Size = 10 });
        Assert.Equal("https://x.example/thiberien", epcis.Hits[0].Url);
    }
}

using Search.Core.Querying;
using Search.Core.Territories;

namespace Search.Core.Tests.Territories;

/// <summary>Territory filter, facet and query understanding on a real index of crafted documents.</summary>
public sealed class TerritorySearchTests : IDisposable
{
    private static readonly TerritoryRef Villard = new("commune", "38548", "Villard-de-Lans");
    private static readonly TerritoryRef Grenoble = new("commune", "38185", "Grenoble");
    private static readonly TerritoryRef Ara = new("region", "84", "Auvergne-Rhône-Alpes");
    private static readonly TerritoryRef France = new("france", "FR", "France");
    private static readonly TerritoryRef BarLeDuc = new("commune", "55029", "Bar-le-Duc");
    private static readonly TerritoryRef Verdun = new("commune", "55545", "Verdun");
    private static readonly TerritoryRef Lunel = new("epci", "243400520", "CA Lunel Agglo");
    private static readonly TerritoryRef DeuxSevres = new("departement", "79", "Deux-Sèvres");
    private static readonly TerritoryRef SaintDenis = new("commune", "97411", "Saint-Denis");

    private readonly TestIndex _index = new(
        TestIndex.Doc("https://x.example/villard", "Rapport sur la station", "La station de ski et son budget.") with { Territories = new([Villard], [Grenoble]) },
        TestIndex.Doc("https://x.example/ara", "Rapport régional", "Les lycées de la région et leur budget.") with { Territories = new([Ara], []) },
        TestIndex.Doc("https://x.example/national", "Rapport national", "Les communes de France et leur budget.") with { Territories = new([France], []) },
        TestIndex.Doc("https://x.example/bar", "Rapport sur Bar-le-Duc", "Le budget de la ville.") with { Territories = new([BarLeDuc], []) },
        TestIndex.Doc("https://x.example/text", "Note", "Un rapport qui cite l'Isère sans en traiter.") with { Territories = DocumentTerritories.Empty },
        TestIndex.Doc("https://x.example/verdun", "Syndicat intercommunal", "Le budget d'un syndicat dont le siège est à Verdun.") with { Territories = new([], [Verdun]) },
        TestIndex.Doc("https://x.example/lunel", "Rapport d'observations définitives", "Les comptes du groupement et ses charges.") with { Territories = new([Lunel], []) },
        TestIndex.Doc("https://x.example/deux-sevres", "Rapport d'observations définitives", "Les comptes de la collectivité et ses dépenses sociales.") with { Territories = new([DeuxSevres], []) },
        TestIndex.Doc("https://x.example/reunion", "Rapport d'observations définitives", "Les finances de la collectivité et ses investissements.") with { Territories = new([SaintDenis], []) });

    public void Dispose() => _index.Dispose();

    private List<string> Urls(SearchRequest request) => _index.Service.Search(request with { Size = 20 }).Hits.Select(h => h.Url[18..]).ToList();

    [Fact]
    public void Filter_includes_descendants_and_optionally_ancestors()
    {
        Assert.Equal(["villard"], Urls(new SearchRequest { Territories = ["departement:38"] }));
        Assert.Equal(["villard"], Urls(new SearchRequest { Territories = ["epci:243801024"] }));
        Assert.Equal(["ara", "villard"], Urls(new SearchRequest { Territories = ["region:84"] }).Order());
        Assert.Equal(["ara", "national", "villard"], Urls(new SearchRequest { Territories = ["departement:38"], TerritoryAncestors = true }).Order());
        Assert.Equal(["bar", "villard"], Urls(new SearchRequest { Territories = ["departement:38", "departement:55"] }).Order());
        Assert.Throws<InvalidSearchRequestException>(() => _index.Service.Search(new SearchRequest { Territories = ["departement:00"] }));
    }

    [Fact]
    public void Facet_counts_each_level_and_the_children_of_the_chosen_territory()
    {
        var root = _index.Service.Search(new SearchRequest()).TerritoryFacet!;
        Assert.Null(root.Parent);
        Assert.Contains(new TerritoryFacetValue("france", "FR", "France", 7), root.Values);
        Assert.Contains(new TerritoryFacetValue("region", "84", "Auvergne-Rhône-Alpes", 2), root.Values);
        Assert.Contains(new TerritoryFacetValue("region", "44", "Grand Est", 1), root.Values);
        var ara = _index.Service.Search(new SearchRequest { Territories = ["region:84"] }).TerritoryFacet!;
        Assert.Equal("84", ara.Parent!.Code);
        Assert.Equal([new TerritoryFacetValue("departement", "38", "Isère", 1)], ara.Values);
    }

    [Fact]
    public void A_territory_in_the_query_also_matches_documents_about_it_and_ranks_them_first()
    {
        var response = _index.Service.Search(new SearchRequest { Query = "rapport Isère" });
        Assert.Equal(["departement:38"], response.QueryTerritories.Select(t => t.Key));
        var urls = response.Hits.Select(h => h.Url[18..]).ToList();
        Assert.Equal("villard", urls[0]);          // about a commune of Isère, never says "Isère"
        Assert.Contains("text", urls);             // says "Isère"
        Assert.DoesNotContain("bar", urls);        // neither
        Assert.DoesNotContain("ara", urls);
    }

    [Fact]
    public void A_document_that_only_mentions_a_place_within_the_named_territory_matches_below_those_about_it()
    {
        // "syndicat Meuse": the Verdun document never says "Meuse" and is about nothing, but mentions a commune of the Meuse.
        var urls = _index.Service.Search(new SearchRequest { Query = "syndicat Meuse" }).Hits.Select(h => h.Url[18..]).ToList();
        Assert.Equal(["verdun"], urls);
        // About outranks mentions: Bar-le-Duc (about a commune of the Meuse) comes before Verdun (mentions one).
        var both = _index.Service.Search(new SearchRequest { Query = "budget Meuse" }).Hits.Select(h => h.Url[18..]).ToList();
        Assert.Equal(["bar", "verdun"], both);
        // A territory alone does not match mere mentions (too weak without other words).
        Assert.DoesNotContain("verdun", _index.Service.Search(new SearchRequest { Query = "Meuse" }).Hits.Select(h => h.Url[18..]));
        // Mentions are not "about": the filter and the facet ignore them.
        Assert.Equal(["bar"], Urls(new SearchRequest { Territories = ["departement:55"] }));
    }

    [Fact]
    public void A_level_word_and_a_former_region_find_documents_about_that_level_inside_it()
    {
        // The Lunel report never says "communauté de communes" nor "Languedoc-Roussillon": it is about an EPCI of the Hérault.
        var response = _index.Service.Search(new SearchRequest { Query = "comptes communauté de communes Languedoc-Roussillon" });
        Assert.Equal(["region:76"], response.QueryTerritories.Select(t => t.Key));
        Assert.Equal(["lunel"], response.Hits.Select(h => h.Url[18..]));
        // A département of Poitou-Charentes is inside Nouvelle-Aquitaine, but not inside the former Limousin.
        Assert.Equal(["deux-sevres"], Urls(new SearchRequest { Query = "dépenses sociales département Poitou-Charentes" }));
        Assert.DoesNotContain("deux-sevres", Urls(new SearchRequest { Query = "dépenses sociales département Limousin" }));
        // No document of that level inside it: the words alone still answer (never a contradiction giving nothing).
        Assert.Equal(["ara"], Urls(new SearchRequest { Query = "lycées commune Auvergne" }));
    }

    [Fact]
    public void A_level_word_and_a_territory_find_documents_of_that_level_inside_it_without_the_other_words()
    {
        // The Villard-de-Lans report never says "investissements": it is about a commune inside the région, and matches.
        var urls = Urls(new SearchRequest { Query = "investissements commune Auvergne-Rhône-Alpes" });
        Assert.Contains("villard", urls);
        Assert.DoesNotContain("bar", urls);   // a commune, but not inside the région
    }

    [Fact]
    public void The_territory_named_by_its_own_institution_finds_its_documents_without_the_institution_words()
    {
        // The Deux-Sèvres report says "collectivité", never "conseil départemental" nor "département".
        Assert.Equal("deux-sevres", Urls(new SearchRequest { Query = "conseil départemental des Deux-Sèvres" }).First());
        Assert.Contains("deux-sevres", Urls(new SearchRequest { Query = "dépenses sociales département des Deux-Sèvres" }));
        // Only documents about it: a document that names no place is not widened in.
        Assert.DoesNotContain("text", Urls(new SearchRequest { Query = "conseil départemental de l'Isère" }));
    }

    [Fact]
    public void Overseas_in_the_query_finds_documents_about_the_overseas_territories_and_offers_no_filter()
    {
        var response = _index.Service.Search(new SearchRequest { Query = "finances commune outre-mer" });
        Assert.Empty(response.QueryTerritories);   // a group, not one territory to filter on
        Assert.Equal("reunion", response.Hits[0].Url[18..]);
        Assert.DoesNotContain("villard", response.Hits.Select(h => h.Url[18..]));
    }

    [Fact]
    public void A_place_name_one_letter_off_finds_the_documents_about_the_place()
    {
        var response = _index.Service.Search(new SearchRequest { Query = "rapport Bar le Duk" });
        Assert.Equal(["commune:55029"], response.QueryTerritories.Select(t => t.Key));
        Assert.Equal("bar", response.Hits[0].Url[18..]);
    }
}

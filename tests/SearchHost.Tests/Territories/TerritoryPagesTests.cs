using System.Net;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Territories;

/// <summary>The territory parts of the French UI, checked on the server-rendered HTML.</summary>
[Collection(HostCollection.Name)]
public sealed class TerritoryPagesTests(HostFixture host)
{
    private async Task<string> Html(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await host.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode}");
        return body;
    }

    [Fact]
    public async Task Territory_page_shows_key_facts_parents_and_publications()
    {
        var html = await Html("/territoires/commune/38548");
        Assert.Contains("<h1 class=\"fr-h2\" data-territory=\"commune:38548\">Villard-de-Lans", html);
        Assert.Contains("213805484", html);                                  // SIREN
        Assert.Contains("href=\"/territoires/departement/38\">Isère</a>", html);
        Assert.Contains("Commune de Villard-de-Lans (Isère) — Rapport d&#x27;observations définitives", html.Replace("'", "&#x27;"));

        var isere = await Html("/territoires/departement/38");
        Assert.Contains("href=\"/territoires/epci/243801024\">CC du Massif du Vercors</a>", isere);   // a child
        Assert.Contains("Villard-de-Lans (Isère)", isere);                                     // a publication about a descendant
        var epci = await Html("/territoires/epci/243400520");
        Assert.Contains("Communes membres", epci);
        Assert.Contains("href=\"/territoires/commune/34145\">Lunel</a>", epci);
        await Html("/territoires/commune/00000", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Hits_have_territory_chips_linking_to_territory_pages()
    {
        var html = await Html("/?q=Villard-de-Lans");
        Assert.Contains("<a class=\"fr-tag fr-tag--sm\" href=\"/territoires/commune/38548\" data-territory=\"commune:38548\">Villard-de-Lans</a>", html);
    }

    [Fact]
    public async Task Facet_tree_drills_down_and_shows_the_path()
    {
        var root = await Html("/?q=rapport");
        Assert.Contains("data-territory-level=\"racine\"", root);
        Assert.Contains("href=\"/?q=rapport&amp;territory=region%3A84\" data-territory=\"region:84\"", root);
        var region = await Html("/?q=rapport&territory=region%3A84");
        Assert.Contains("data-territory-level=\"region\"", region);
        Assert.Contains("data-territory=\"departement:38\"", region);
        Assert.Contains("Tous les territoires", region);
        Assert.Contains("Inclure aussi les études régionales et nationales", region);
        Assert.Contains("name=\"territory\" value=\"region:84\"", region);       // kept when the words change
    }

    [Fact]
    public async Task Query_territory_offers_a_filter()
    {
        var html = await Html("/?q=rapport+Is%C3%A8re");
        Assert.Contains("Filtrer sur Isère (département)", html);
        Assert.Contains("href=\"/?q=rapport%20Is%C3%A8re&amp;territory=departement%3A38\"", html);
        var filtered = await Html("/?q=rapport+Is%C3%A8re&territory=departement%3A38");
        Assert.DoesNotContain("Filtrer sur Isère (département)", filtered);
    }

    [Fact]
    public async Task Territory_page_counts_by_level_links_its_feed_and_lists_the_latest_publications()
    {
        var bretagne = await Html("/territoires/region/53");
        Assert.Contains("<li data-count=\"about\" data-total=\"1\">1 publication sur cette région</li>", bretagne);
        Assert.Contains("data-count=\"commune\" data-total=\"1\">1 publication sur ses communes</li>", bretagne);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\"", bretagne);
        Assert.Contains("href=\"/api/feed?territory=region%3A53\" type=\"application/atom+xml\"", bretagne);
        Assert.Contains("S’abonner", bretagne);
        Assert.Contains("Dernières publications", bretagne);
        Assert.DoesNotContain("territoire-couverture", bretagne);

        var france = await Html("/territoires/france/FR");
        Assert.Contains("<h1 class=\"fr-h2\" data-territory=\"france:FR\">France</h1>", france);
        Assert.Contains("Population</dt><dd>6", france);                   // 6x million inhabitants, the sum of the régions
        Assert.Contains("sur la France</li>", france);
        Assert.DoesNotContain("(pays)", france);
    }

    [Fact]
    public async Task Territory_page_without_publications_about_it_shows_those_that_mention_it_and_the_studies_covering_it()
    {
        var html = await Html("/territoires/departement/29");
        Assert.Contains("Aucune publication ne porte sur Finistère ni sur un territoire qu’il contient.", html);
        var mentions = html.IndexOf("id=\"couverture-mentions\">Publications qui citent Finistère (", StringComparison.Ordinal);
        var covering = html.IndexOf("id=\"couverture-etudes\">Études couvrant ce territoire</h3>", StringComparison.Ordinal);
        var region = html.IndexOf("id=\"couverture-region-53\">Sur Bretagne (région) (1)</h4>", StringComparison.Ordinal);
        var national = html.IndexOf("id=\"couverture-france-FR\">Sur France (", StringComparison.Ordinal);
        Assert.True(mentions > 0 && covering > mentions && region > covering && national > region, $"{mentions} {covering} {region} {national}");
        Assert.Contains("Populations légales 2021 en Bretagne", html);
        Assert.Contains("Toutes les publications sur France</a>", html);     // more national studies than shown
    }

    [Fact]
    public async Task Zero_results_with_a_territory_filter_name_it_and_offer_to_widen_it()
    {
        var html = await Html("/?q=Finist%C3%A8re&territory=departement%3A29");
        Assert.Contains("Aucun résultat pour « Finistère » sur Finistère (département)", html);
        Assert.Contains("Aucune publication ne correspond à « Finistère » sur Finistère (département)", html);
        Assert.Contains("href=\"/?q=Finist%C3%A8re&amp;territory=region%3A53\" data-widen=\"region:53\">à Bretagne (région)</a> (1 résultat)", html);
        Assert.Contains("href=\"/?q=Finist%C3%A8re\" data-widen=\"aucun\">à tous les territoires (retirer le filtre)</a>", html);
        Assert.DoesNotContain("vérifiez l’orthographe", html);          // the words are not the cause
        Assert.DoesNotContain("territoire-couverture", html);             // with words, the sections of the page would not answer them

        // No words: the filter alone; the page shows the publications that mention it and the studies covering it.
        var browse = await Html("/?territory=departement%3A29");
        Assert.Contains("Aucune publication sur Finistère (département)", browse);
        Assert.Contains("id=\"couverture-etudes\"", browse);
        Assert.DoesNotContain("vérifiez l’orthographe", browse);

        // Words nothing matches, anywhere: the spelling advice stays.
        var nothing = await Html("/?q=zzzqqqxxx&territory=departement%3A29");
        Assert.Contains("Même sans le filtre territoire, aucune publication ne correspond.", nothing);
        Assert.Contains("vérifiez l’orthographe", nothing);
    }

    [Fact]
    public async Task Query_territory_without_documents_about_it_offers_no_filter()
    {
        var html = await Html("/?q=Finist%C3%A8re");
        Assert.DoesNotContain("data-query-territory=\"departement:29\"", html);
        Assert.DoesNotContain("(departement", html);
    }

    [Fact]
    public async Task Facet_path_is_a_breadcrumb_with_levels_in_words()
    {
        var html = await Html("/?q=rapport&territory=departement%3A38");
        Assert.Contains("<nav class=\"fr-breadcrumb fr-mt-0 fr-mb-1w\" aria-label=\"Territoire choisi\">", html);
        Assert.Contains("<ol class=\"fr-breadcrumb__list ui-territory-path\">", html);
        Assert.Contains("</span>Isère (département)</a>", html);
        Assert.DoesNotContain("ui-facet-list ui-territory-path", html);
    }

    [Fact]
    public async Task Territory_search_page_works_without_javascript()
    {
        var html = await Html("/territoires?q=villard-de&recherche=budget");
        Assert.Contains("href=\"/territoires/commune/38548\">Villard-de-Lans</a>", html);
        Assert.Contains("href=\"/?q=budget&amp;territory=commune%3A38548\"", html);
    }
}

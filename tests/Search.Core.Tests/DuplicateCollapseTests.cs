using Search.Core.Documents;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>The collapse step: copies and near-identical versions follow their best hit; series by year stay apart.</summary>
public sealed class DuplicateCollapseTests : IDisposable
{
    private static readonly string Report = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"la dette des communes rurales augmente en phase {i} selon le rapport"));

    private readonly TestIndex _index = new(
    [
        Doc("https://a.example/rapport-dette.pdf", "Rapport sur la dette communale", Report, "Cour des comptes", date: new DateOnly(2020, 5, 1))
            with { Year = 2020, ContentHash = "v9:same-bytes" },
        // The same bytes under another address.
        Doc("https://miroir.example/rapport-dette.pdf", "Rapport sur la dette communale", Report, "Cour des comptes", date: new DateOnly(2020, 5, 1))
            with { Year = 2020, ContentHash = "v9:same-bytes" },
        // Another version: same title, publisher and year, a near-identical text (its last words changed), ranked lower.
        Doc("https://a.example/rapport-dette-v2.pdf", "Rapport sur la dette communale", Report.Replace("phase 59 selon le rapport", "phase 59 selon la note"), "Cour des comptes", date: new DateOnly(2020, 4, 1))
            with { Year = 2020, ContentHash = "v9:other-bytes" },
        // A series: identical apart from the year.
        Doc("https://dgfip.example/2013.html", "tableau des departements", Report + " exercice 2013", "DGFiP") with { Year = 2013, ContentHash = "v9:t13" },
        Doc("https://dgfip.example/2014.html", "tableau des departements", Report + " exercice 2014", "DGFiP") with { Year = 2014, ContentHash = "v9:t14" },
        .. Enumerable.Range(1, 6).Select(i => Doc($"https://b.example/{i}.pdf", $"Étude {i} sur la dette des communes", $"La dette des communes rurales, étude numéro {i} du rapport.", "INSEE")
            with { Year = 2019, ContentHash = $"v9:etude-{i}" }),
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Copies_and_versions_follow_their_best_hit_and_the_page_is_filled_from_the_next_hits()
    {
        var all = _index.Service.Search(new SearchRequest { Query = "dette communes rurales rapport", Size = 20 });
        // Totals and facets count documents; hits are distinct answers.
        Assert.Equal(11, all.Total);
        Assert.Equal(3, all.Facets[Schema.Publisher].Single(v => v.Value == "Cour des comptes").Count);
        Assert.Equal(9, all.Hits.Count);
        var report = Assert.Single(all.Hits, h => h.Title == "Rapport sur la dette communale");
        Assert.Equal(2, report.OtherVersions.Count);
        var address = Assert.Single(report.OtherVersions, v => v.SameContent);
        var version = Assert.Single(report.OtherVersions, v => !v.SameContent);
        Assert.Contains(new[] { report.Url, address.Url }, u => u == "https://miroir.example/rapport-dette.pdf");
        Assert.NotEqual(report.Url, version.Url);
        Assert.All(all.Hits.Where(h => h != report), h => Assert.Empty(h.OtherVersions));

        // Pages of 4: every distinct answer once, none lost, none repeated.
        var pages = Enumerable.Range(1, 3).SelectMany(p => _index.Service.Search(new SearchRequest { Query = "dette communes rurales rapport", Size = 4, Page = p }).Hits).ToList();
        Assert.Equal(all.Hits.Select(h => h.Id), pages.Select(h => h.Id));
    }

    [Fact]
    public void A_series_by_year_stays_apart_and_its_titles_carry_the_year()
    {
        var hits = _index.Service.Search(new SearchRequest { Query = "tableau des departements", Size = 10 }).Hits;
        Assert.Equal(["tableau des departements (2013)", "tableau des departements (2014)"], hits.Select(h => h.Title).Order(StringComparer.Ordinal));
        Assert.All(hits, h => Assert.Empty(h.OtherVersions));
    }

    [Fact]
    public void Browsing_and_exports_list_every_document()
    {
        Assert.Equal(11, _index.Service.Search(new SearchRequest { Size = 20 }).Hits.Count);
        Assert.Equal(11, _index.Service.Search(new SearchRequest { Query = "dette", Size = 20, HitsOnly = true }).Hits.Count);
    }
}

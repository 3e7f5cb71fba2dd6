using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>
/// The same publication at another level (issue 14, near-duplicates): a query naming a level finds the publication at that level,
/// and its siblings at the other levels, which never say the query's level word, follow it, labelled with the word they lack.
/// </summary>
public sealed class LevelSiblingsTests : IDisposable
{
    private const string Strata = "Les moyennes de strate sont calculées pour comparer les {0} d'une même strate démographique.";
    private const string Report = "Les dépenses des communes de la strate : la chambre a comparé la commune aux moyennes de strate, calculées par la DGFiP. ";

    private readonly TestIndex _index = new(
    [
        Doc("pdf/dgcl_methodo_commune_2013.pdf", "Fiche de situation financière des communes", string.Format(Strata, "communes") + " La CFE à zéro.", "DGCL"),
        Doc("pdf/dgcl_methodo_departement_2013.pdf", "Fiche de situation financière des départements Note méthodologique", string.Format(Strata, "départements"), "DGCL"),
        Doc("pdf/dgcl_methodo_region_2013.pdf", "Fiche de situation financière des régions Note méthodologique", string.Format(Strata, "régions"), "DGCL"),
        // Reports that hold every word in passing: complete matches, enough of them (ten) for the answer not to be widened by
        // the documents lacking a word (LooseMatches), so that without the rule the siblings are no hit.
        .. Enumerable.Range(1, 10).Select(i => Doc($"html/crc_{i}.html", $"Rapport d'observations définitives – La gestion de la commune n° {i}",
            string.Concat(Enumerable.Repeat(Report, 1 + i % 3)), "CRC")),
        // Filed alike at another level, but another title (another place's table): no sibling.
        Doc("html/dgfip_alize_commune_2013_account.html", "Tableau des communes – Analyse des équilibres 2013 – Orléans", "Strate : moyennes calculées, pour comparer les communes.", "DGFiP"),
        Doc("html/dgfip_alize_region_2013_account.html", "Tableau des régions – Analyse des équilibres 2013 – Centre", "Strate : moyennes calculées, pour comparer les régions.", "DGFiP"),
    ]);

    public void Dispose() => _index.Dispose();

    private static SearchService With(TestIndex index, int reach) =>
        new(index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With(nameof(RankingParameters.LevelSiblingReach), reach.ToString()) });

    [Fact]
    public void The_publication_at_the_other_levels_follows_the_one_at_the_level_asked()
    {
        const string query = "comment sont calculées les moyennes de strate pour comparer les communes ?";
        var off = With(_index, 0).Search(new SearchRequest { Query = query, Size = 10 });
        // Without the rule the siblings lack "communes": no hit.
        Assert.DoesNotContain(off.Hits, h => h.Url.Contains("departement", StringComparison.Ordinal));
        Assert.Equal("pdf/dgcl_methodo_commune_2013.pdf", off.Hits[0].Url);

        var on = _index.Service.Search(new SearchRequest { Query = query, Size = 10 });
        var urls = on.Hits.Select(h => h.Url).ToList();
        Assert.Equal(["pdf/dgcl_methodo_commune_2013.pdf", "pdf/dgcl_methodo_departement_2013.pdf", "pdf/dgcl_methodo_region_2013.pdf"], urls.Take(3));
        // Labelled with the level word they lack; counted in the total; the other complete matches keep their order after them.
        Assert.Equal(["communes"], on.Hits[1].Missing);
        Assert.Equal(["communes"], on.Hits[2].Missing);
        Assert.Empty(on.Hits[0].Missing ?? []);
        Assert.Equal(off.Total + 2, on.Total);
        // Counted in the facets as any hit.
        static int Dgcl(SearchResponse r) => r.Facets[Search.Core.Documents.Schema.Publisher].Single(v => v.Value == "DGCL").Count;
        Assert.Equal(Dgcl(off) + 2, Dgcl(on));
        Assert.Equal(off.Hits.Skip(1).Take(7).Select(h => h.Url), urls.Skip(3));
        // A table filed alike at another level, but of another place, is no sibling.
        Assert.DoesNotContain("html/dgfip_alize_region_2013_account.html", urls);
    }

    [Theory]
    // The siblings lack another word of the query ("CFE"), not only the level's: no sibling.
    [InlineData("pourquoi la CFE est à zéro dans les moyennes de strate des communes ?")]
    // No level named.
    [InlineData("comment sont calculées les moyennes de strate ?")]
    // Not a question: the level's own documents are asked for ("comptes des régions DGFiP"), not the publication's other levels.
    [InlineData("moyennes de strate calculées des communes")]
    public void A_query_naming_no_level_or_no_question_is_left_as_it_was(string query)
    {
        var off = With(_index, 0).Search(new SearchRequest { Query = query, Size = 10 });
        var on = _index.Service.Search(new SearchRequest { Query = query, Size = 10 });
        Assert.Equal(off.Hits.Select(h => h.Url), on.Hits.Select(h => h.Url));
        Assert.Equal(off.Total, on.Total);
    }

    [Theory]
    [InlineData("Fiche de situation financière des communes", "Fiche de situation financière des départements Note méthodologique", true)]
    [InlineData("Fiche de situation financière des régions Note méthodologique", "Fiche de situation financière des communes", true)]
    [InlineData("Tableau des communes – Analyse 2013 – Orléans", "Tableau des régions – Analyse 2013 – Centre", false)]
    [InlineData("Fiche communes", "Fiche régions", false)]
    public void Titles_are_the_same_apart_from_the_level(string head, string sibling, bool same)
    {
        var h = LevelSiblings.Words(head);
        var s = LevelSiblings.Words(sibling);
        var headLevel = h.Contains("communes") ? 0 : 2;
        var siblingLevel = s.Contains("communes") ? 0 : s.Contains("regions") ? 2 : 1;
        Assert.Equal(same, LevelSiblings.SameTitle(h, headLevel, s, siblingLevel));
    }

    [Fact]
    public void An_address_is_swapped_in_its_last_segment_with_the_same_number()
    {
        Assert.Equal(["pdf/dgcl_methodo_departement_2013.pdf", "pdf/dgcl_methodo_region_2013.pdf"],
            LevelSiblings.SwappedAddresses("pdf/dgcl_methodo_commune_2013.pdf", 0).Select(a => a.Url));
        Assert.Equal(["https://x.example/communes/comptes-departements.pdf", "https://x.example/communes/comptes-regions.pdf"],
            LevelSiblings.SwappedAddresses("https://x.example/communes/comptes-communes.pdf", 0).Select(a => a.Url));
    }
}

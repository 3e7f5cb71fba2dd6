using Search.Core.Documents;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>
/// A list's name printed at the top of its pages (its running header, kept once in its text) is searched as a second title
/// (issue 14): the réserve parlementaire's P122 list, declared "Annexe Réserve parlementaire Senat - P122 - v1909", is named only
/// "Sénat - Subventions aux collectivités locales" by its header, and a much longer text than the "autres subventions" list.
/// </summary>
public sealed class RunningTitleTests
{
    private const string Row = "COMMUNE DE VAL 94 - Val-de-Marne 6 000 euros travaux de voirie. ";
    private const string Other = "Association sportive 75 - Paris 2 000 euros fonctionnement, subventions aux collectivités locales voisines. ";

    private static SearchDocument[] Lists(bool running) =>
    [
        // The P122 list: its name once, on its first page, then thousands of rows.
        Doc("pdf/senat-reserve-p122.pdf", "Annexe Réserve parlementaire Senat - P122 - v1909",
            "Sénat - Subventions aux collectivités locales " + string.Concat(Enumerable.Repeat(Row, 400))) with
        { RunningTitle = running ? "Sénat - Subventions aux collectivités locales" : null },
        // The other list: shorter, and it says the words more often.
        Doc("pdf/senat-reserve-autre.pdf", "Annexe Reserve parlementaire Senat - autre - hlv - v1909",
            "Sénat - Autres subventions " + string.Concat(Enumerable.Repeat(Other, 20))) with
        { RunningTitle = running ? "Sénat - Autres subventions" : null },
    ];

    private static List<string> Urls(bool running, string query)
    {
        using var index = new TestIndex(Lists(running));
        return index.Service.Search(new SearchRequest { Query = query, Size = 10 }).Hits.Select(h => h.Url).ToList();
    }

    [Fact]
    public void A_lists_running_header_ranks_it_as_its_title_would()
    {
        const string query = "Sénat subventions aux collectivités locales";
        // Without the running title, the shorter list comes first (BM25's length normalisation of the long one).
        Assert.Equal("pdf/senat-reserve-autre.pdf", Urls(running: false, query)[0]);
        Assert.Equal("pdf/senat-reserve-p122.pdf", Urls(running: true, query)[0]);
    }

    [Theory]
    [InlineData("Annexe Réserve parlementaire Senat - P122 - v1909", "Sénat - Subventions aux collectivités locales", "Sénat - Subventions aux collectivités locales")]
    // Nothing the title does not say already.
    [InlineData("Sénat - Subventions aux collectivités locales 2013", "Sénat - Subventions aux collectivités locales", null)]
    // A masthead: in capitals, or with a number (a date, "Texte 133 sur 157", a year).
    [InlineData("Rattachement des députés à un parti", "JOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE", null)]
    [InlineData("Rattachement des députés à un parti", "19 décembre 2018 Journal officiel de la République française", null)]
    [InlineData("Rapport", null, null)]
    public void The_running_title_is_searched_when_it_names_the_document_otherwise(string title, string? running, string? searched) =>
        Assert.Equal(searched, Schema.RunningTitleWords(title, running));
}

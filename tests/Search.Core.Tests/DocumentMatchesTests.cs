using Search.Core.Documents;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>The pages of a document where a query's words are, highlighted as the search matches them.</summary>
public sealed class DocumentMatchesTests : IDisposable
{
    private readonly TestIndex _index = new(
        // An empty first page (a scanned cover): the pages after it keep their numbers.
        Doc("rapport.pdf", "Rapport sur les communes", "\fLes communes <b>rurales</b> & leurs budgets.\fRien ici.\fChaque commune vote ; la commune centre aussi.", "CRC", DocumentTypes.AuditReport, new DateOnly(2024, 1, 2)),
        Doc("autre.pdf", "Autre rapport", "Les départements.", "CRC", DocumentTypes.AuditReport, new DateOnly(2024, 1, 3)));

    public void Dispose() => _index.Dispose();

    private static string Id => DocumentIds.FromUrl("rapport.pdf");

    [Fact]
    public void Every_page_with_a_match_is_marked_with_the_search_analysis_and_counted()
    {
        var read = _index.Service.Read(Id, "communes");
        Assert.NotNull(read);
        Assert.Equal([(2, 1), (4, 2)], read.Matches.Select(p => (p.Number, p.Matches)));
        Assert.Equal(3, read.TotalMatches);
        // The singular is marked for the plural (same stem); everything else is escaped.
        Assert.Equal("Chaque <mark>commune</mark> vote ; la <mark>commune</mark> centre aussi.", read.Matches[1].Html);
        Assert.Equal("Les <mark>communes</mark> &lt;b&gt;rurales&lt;/b&gt; &amp; leurs budgets.", read.Matches[0].Html);
    }

    [Fact]
    public void Words_are_marked_even_when_not_all_are_in_the_document_and_excluded_words_are_not()
    {
        var read = _index.Service.Read(Id, "budget departements")!;
        Assert.Equal([2], read.Matches.Select(p => p.Number));
        Assert.Contains("<mark>budgets</mark>", read.Matches[0].Html);

        var excluded = _index.Service.Read(Id, "vote -communes")!;
        Assert.Equal([4], excluded.Matches.Select(p => p.Number));
        Assert.DoesNotContain("<mark>commune</mark>", excluded.Matches[0].Html);
    }

    [Fact]
    public void No_query_no_matches_and_an_unknown_id_is_null()
    {
        var read = _index.Service.Read(Id, "  ")!;
        Assert.Empty(read.Matches);
        Assert.Equal("", read.Query);
        Assert.Equal(4, read.Document.Pages.Count);
        Assert.Null(_index.Service.Read("inconnu", "communes"));
        Assert.Equal(SearchErrors.QueryTooLong, Assert.Throws<InvalidSearchRequestException>(() => _index.Service.Read(Id, new string('a', 5000))).Code);
    }
}

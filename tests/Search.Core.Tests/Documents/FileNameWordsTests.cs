using Search.Core.Documents;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests.Documents;

/// <summary>The words of a file name or a URL's last segment are a description its publisher wrote: searchable, at a low weight.</summary>
public class FileNameWordsTests
{
    [Theory]
    [InlineData("pdf/fiche-action_cot-reemploi.pdf", "fiche action cot reemploi")]
    [InlineData("https://www.example.fr/publications/jo_1512-an-rattachement-2016.pdf?v=2#page=3", "jo 1512 an rattachement 2016")]
    [InlineData("https://www.example.fr/rapports/synthese%20regionale/", "synthese regionale")]
    [InlineData("https://www.example.fr/", "")]
    [InlineData("note.conjoncture.html", "note conjoncture")]
    public void Words_without_the_extension_the_query_and_the_separators(string url, string words) =>
        Assert.Equal(words, Schema.FileNameWords(url));

    [Fact]
    public void A_word_only_in_the_file_name_finds_the_document_below_one_in_its_text_and_not_with_weight_0()
    {
        using var index = new TestIndex(
            Doc("pdf/fiche-action-reemploi.pdf", "Territoires en transitions : le réemploi", "Le réemploi des matériaux de chantier dans les communes."),
            Doc("pdf/rapport.pdf", "Rapport sur le réemploi", "Chaque fiche décrit une action de réemploi dans les communes."),
            Doc("pdf/guide.pdf", "Guide", "Le réemploi des matériaux."));
        var found = index.Service.Search(new SearchRequest { Query = "fiche réemploi" });
        Assert.Equal(["pdf/rapport.pdf", "pdf/fiche-action-reemploi.pdf"], found.Hits.Select(h => h.Url));

        var off = new SearchService(index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With("FileNameWeight", "0") });
        Assert.Equal(["pdf/rapport.pdf"], off.Search(new SearchRequest { Query = "fiche réemploi" }).Hits.Select(h => h.Url));
    }
}

using Search.Core.Analysis;
using Search.Core.Documents;
using Search.Core.Querying;
using Search.Core.Territories;
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

    private static readonly FoldedWords Words = new(["grand", "débat", "départ", "ment", "belle", "garde", "rattachement", "portrait",
        "abcde", "fghijk", "abcdef", "ghijk"]);

    [Theory]
    [InlineData("granddebat", "grand debat")]           // two words of the list, joined by the publisher
    [InlineData("GrandDebat", "Grand Debat")]           // the file name's own letters
    [InlineData("department", null)]                    // "ment" is shorter than JoinedWordPart
    [InlineData("rattachement", null)]                  // a word of the list is never split
    [InlineData("abcdefghijk", null)]                   // two readings (abcde|fghijk, abcdef|ghijk): none is sure
    [InlineData("grandportraits", null)]                // a part the list lacks
    [InlineData("granddebat2019", null)]                // letters only
    public void A_joined_word_splits_into_two_words_of_the_list_in_one_way_only(string word, string? parts) =>
        Assert.Equal(parts, Schema.JoinedWords(word, Words, gazetteer: null) is { } split ? string.Join(' ', split) : null);

    [Fact]
    public void A_word_that_starts_a_place_name_is_not_split()
    {
        Assert.Equal("belle garde", string.Join(" ", Schema.JoinedWords("bellegarde", Words, gazetteer: null) ?? []));
        Assert.Null(Schema.JoinedWords("bellegarde", Words, Gazetteer.Default)); // Bellegarde (Gard, Loiret) is a commune
        var words = new FoldedWords(["ville", "franche"]);
        Assert.Equal("ville franche", string.Join(" ", Schema.JoinedWords("villefranche", words, gazetteer: null) ?? []));
        Assert.Null(Schema.JoinedWords("villefranche", words, Gazetteer.Default)); // the first word of Villefranche-sur-Saône
        Assert.Equal("rapport bellegarde 2016", Schema.FileNameWords("pdf/rapport_bellegarde_2016.pdf", Words, Gazetteer.Default));
        Assert.Equal("cget granddebat grand debat portrait 01", Schema.FileNameWords("pdf/cget_granddebat_portrait_01.pdf", Words, Gazetteer.Default));
        Assert.Equal("fiche action", Schema.FileNameWords("pdf/fiche-action.pdf", new FoldedWords([]), Gazetteer.Default));
    }

    [SkippableFact]
    public void Words_joined_in_the_file_name_find_a_scan_whose_text_lacks_them()
    {
        Skip.If(FrenchLexicon.Folded.Count == 0, "no French word list (apt-get install wfrench)");
        using var index = new TestIndex(
            Doc("pdf/cget_granddebat_portrait_94.pdf", "Corse – Portrait régional", "Portrait régional. Politiques publiques territoriales de la Corse."),
            Doc("pdf/cget_portrait_93.pdf", "Provence – Portrait régional", "Portrait régional. Politiques publiques territoriales."));
        var found = index.Service.Search(new SearchRequest { Query = "portrait grand débat" });
        Assert.Equal(["pdf/cget_granddebat_portrait_94.pdf"], found.Hits.Select(h => h.Url));
    }
}

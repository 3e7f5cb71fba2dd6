using Search.Core.Analysis;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests.Querying;

/// <summary>
/// A word of the French word list that the index lacks is spelt right: it is read as a slip only for an indexed word that the
/// query's other words meet ("vile de Paris", "charme de la dette"), never alone nor towards a word they do not meet ("piratage
/// des données" is no "pilotage") (<see cref="RankingParameters.DictionaryWordsMeetContext"/>); another word of the query the
/// index lacks (a slip of its own) does not veto the correction.
/// </summary>
public sealed class DictionaryWordsTests : IDisposable
{
    private readonly TestIndex _index = new([
        .. Enumerable.Range(1, 3).Select(i => Doc($"https://d.example/pilotage-{i}.html", $"Le pilotage informatique de l'hôpital {i}",
            "Le pilotage du système informatique de l'hôpital.")),
        .. Enumerable.Range(1, 3).Select(i => Doc($"https://d.example/paris-{i}.html", $"Le budget de la ville de Paris {i}",
            "La ville de Paris et son budget.")),
        Doc("https://d.example/other.html", "Une ville", "Une ville et ses habitants."),
        .. Enumerable.Range(1, 3).Select(i => Doc($"https://d.example/donnees-{i}.html", $"Les données ouvertes {i}", "Les données ouvertes des communes.")),
        .. Enumerable.Range(1, 3).Select(i => Doc($"https://d.example/dette-{i}.html", $"La charge de la dette {i}", "La charge de la dette des communes.")),
    ]);

    public void Dispose() => _index.Dispose();

    private static readonly string[] WordList = ["piratage", "pilotage", "informatique", "hôpital", "vile", "ville", "budget", "charme", "charge", "dette", "données"];

    private SearchResponse Search(string q, bool meetContext = true) =>
        new SearchService(_index.Provider, limits: SearchLimits.Default with
        {
            Ranking = RankingParameters.Default.With(nameof(RankingParameters.DictionaryWordsMeetContext), meetContext ? "1" : "0"),
        }) { Lexicon = new FoldedWords(WordList) }.Search(new SearchRequest { Query = q });

    [Fact]
    public void A_word_of_the_language_is_not_corrected_towards_a_word_the_others_do_not_meet()
    {
        // "pilotage" is never with "données": "piratage" is a word the index lacks, not a slip for it.
        var r = Search("piratage des données");
        Assert.Null(r.Suggestion);
        Assert.Empty(r.Hits);
        // With a word it meets, it is read as one ("pilotage informatique").
        Assert.Equal("pilotage informatique hôpital", Search("piratage informatique hôpital").Suggestion);

        // Off: the nearest indexed word replaces it whatever the other words.
        Assert.Equal("pilotage des données", Search("piratage des données", meetContext: false).Suggestion);
    }

    [Fact]
    public void A_word_of_the_language_one_edit_from_a_word_the_others_meet_is_a_slip()
    {
        var r = Search("charme de la dette");
        Assert.Equal("charge de la dette", r.Suggestion);
        Assert.StartsWith("https://d.example/dette-", r.Hits[0].Url);
        var town = Search("vile de Paris");
        Assert.Equal("ville de Paris", town.Suggestion);
        Assert.StartsWith("https://d.example/paris-", town.Hits[0].Url);
    }

    [Fact]
    public void A_word_of_the_language_alone_is_not_corrected()
    {
        var r = Search("charme");
        Assert.Null(r.Suggestion);
        Assert.Empty(r.Hits);
        Assert.Equal("charge", Search("charme", meetContext: false).Suggestion);
    }

    [Fact]
    public void Another_word_the_index_lacks_does_not_veto_the_correction()
    {
        // "budegt" is no word of the list and no indexed word: a slip itself, it does not stop "vile" meeting "Paris".
        var r = Search("budegt de la vile de Paris");
        Assert.NotNull(r.Suggestion);
        Assert.Contains("ville de Paris", r.Suggestion, StringComparison.Ordinal);
        Assert.StartsWith("https://d.example/paris-", r.Hits[0].Url);
    }
}

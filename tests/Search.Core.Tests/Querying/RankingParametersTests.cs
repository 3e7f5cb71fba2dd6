using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests.Querying;

/// <summary>
/// The ranking's numeric parameters are read from one place (<see cref="RankingParameters"/>, through
/// <see cref="SearchLimits.Ranking"/>), and the evaluation can vary them by name without touching production's defaults.
/// </summary>
public sealed class RankingParametersTests : IDisposable
{
    // The word "pilotage" is in the title of one document and only in the text (three times) of the other.
    private readonly TestIndex _index = new(
    [
        Doc("https://a.example/titre.html", "Pilotage des finances locales", "Un rapport sur la dette des communes et leurs budgets.", "Cour"),
        Doc("https://a.example/texte.html", "Rapport sur la dette des communes",
            "Le pilotage de la dette. Le pilotage des budgets. Le pilotage des finances locales et de la trésorerie.", "Cour"),
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_parameter_is_set_by_name_on_a_copy_and_the_defaults_stay()
    {
        var changed = RankingParameters.Default.With("titleweight", "0.5").With("PassageWidth", "120");
        Assert.Equal(0.5f, changed.TitleWeight);
        Assert.Equal(120, changed.PassageWidth);
        Assert.Equal(4f, RankingParameters.Default.TitleWeight);
        Assert.Equal(300, RankingParameters.Default.PassageWidth);
        Assert.Equal("TitleWeight=0.5 PassageWidth=120", changed.ToString());
        Assert.Equal("", RankingParameters.Default.ToString());
        Assert.Contains("Bm25K1", RankingParameters.Names);
    }

    [Fact]
    public void A_switch_is_set_by_1_or_0_as_a_sweep_writes_it_or_by_true_or_false()
    {
        Assert.True(RankingParameters.Default.RelaxedByWords);
        var off = RankingParameters.Default.With("RelaxedByWords", "0");
        Assert.False(off.RelaxedByWords);
        Assert.Equal("RelaxedByWords=False", off.ToString());
        Assert.True(off.With("relaxedbywords", "1").RelaxedByWords);
        Assert.False(RankingParameters.Default.With("RelaxedByWords", "false").RelaxedByWords);
        Assert.Equal(RankingParameters.Default, off.With("RelaxedByWords", "True"));
        Assert.Contains("RelaxedByWords", RankingParameters.Names);
    }

    [Theory]
    [InlineData("NoSuchWeight", "1", "Unknown ranking parameter 'NoSuchWeight'")]
    [InlineData("TitleWeight", "heavy", "'heavy' is not a valid value of TitleWeight")]
    [InlineData("TitleWeight", "-1", "'-1' is not a valid value of TitleWeight")]
    [InlineData("TitleWeight", "NaN", "'NaN' is not a valid value of TitleWeight")]
    [InlineData("PassageWidth", "1.5", "'1.5' is not a valid value of PassageWidth")]
    [InlineData("RelaxedByWords", "2", "'2' is not a valid value of RelaxedByWords (1 or true, 0 or false)")]
    [InlineData("RelaxedByWords", "yes", "'yes' is not a valid value of RelaxedByWords")]
    public void A_bad_name_or_value_is_refused_with_its_reason(string name, string value, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => RankingParameters.Default.With(name, value));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_search_reads_its_weights_from_its_limits()
    {
        static IReadOnlyList<string> Ranked(SearchService service) =>
            service.Search(new SearchRequest { Query = "pilotage", Size = 10 }).Hits.Select(h => h.Url).ToList();

        // Production's weights: the title counts four times the text.
        Assert.Equal(["https://a.example/titre.html", "https://a.example/texte.html"], Ranked(_index.Service));
        // Without title weight (and its exact twin), the text that says it three times comes first.
        var textOnly = SearchLimits.Default with
        {
            Ranking = RankingParameters.Default.With("TitleWeight", "0").With("TitleExactWeight", "0").With("SummaryWeight", "0"),
        };
        Assert.Equal(["https://a.example/texte.html", "https://a.example/titre.html"], Ranked(new SearchService(_index.Provider, limits: textOnly)));
        // BM25's parameters too: a searcher of the same index with them, same documents found.
        var bm25 = SearchLimits.Default with { Ranking = RankingParameters.Default.With("Bm25K1", "2").With("Bm25B", "0.3") };
        Assert.Equal(2, Ranked(new SearchService(_index.Provider, limits: bm25)).Count);
        // Equal by value, whatever a search cached in them.
        Assert.Equal(RankingParameters.Default, RankingParameters.Default.With("TitleWeight", "4"));
        Assert.NotEqual(RankingParameters.Default, RankingParameters.Default.With("TitleWeight", "4.5"));
        Assert.Equal(RankingParameters.Default.GetHashCode(), RankingParameters.Default.With("BodyWeight", "1").GetHashCode());
    }

    [Fact]
    public void The_phrase_boost_moves_the_document_holding_the_words_together()
    {
        using var index = new TestIndex(
        [
            // The words apart, each twice.
            Doc("https://b.example/apart.html", "Rapport annuel", "La dette progresse. Les communes rurales aussi. La dette encore, et les communes."),
            // The words together, once.
            Doc("https://b.example/together.html", "Rapport annuel", "Un chapitre examine la dette communes de montagne en détail avec des tableaux."),
        ]);
        static IReadOnlyList<string> Ranked(TestIndex index, RankingParameters ranking) =>
            new SearchService(index.Provider, limits: SearchLimits.Default with { Ranking = ranking })
                .Search(new SearchRequest { Query = "dette communes", Size = 10 }).Hits.Select(h => h.Url).ToList();

        var without = RankingParameters.Default.With("BodyPhraseBoost", "0").With("BodyNearBoost", "0");
        Assert.Equal("https://b.example/apart.html", Ranked(index, without)[0]);
        Assert.Equal("https://b.example/together.html", Ranked(index, without.With("BodyPhraseBoost", "50"))[0]);
        Assert.Equal("https://b.example/together.html", Ranked(index, without.With("BodyNearBoost", "50"))[0]);
    }
}

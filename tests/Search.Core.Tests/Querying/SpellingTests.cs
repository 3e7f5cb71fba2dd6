using Search.Core.Analysis;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests.Querying;

/// <summary>
/// Misspellings a person makes: the phonetic key's rules (spellings of one sound share a key, other words do not), the
/// weighted typing cost (a neighbouring key or a doubled letter is a cheaper slip than another letter), and the correction
/// chosen with them over a real index.
/// </summary>
public sealed class SpellingTests : IDisposable
{
    [Theory]
    [InlineData("fiscalitai", "fiscalite")]     // "ai" and "é" (folded e), a mute final letter
    [InlineData("ospitalier", "hospitalier")]   // a silent h
    [InlineData("kommune", "commune")]          // k and c before o; a doubled letter once
    [InlineData("fotographie", "photographie")] // ph is f
    [InlineData("posision", "position")]        // "tion" and "sion"
    [InlineData("batos", "bateau")]             // "eau" and "o", a silent plural
    [InlineData("ansemble", "ensemble")]        // the nasal "en"/"an"
    [InlineData("anbition", "ambition")]        // m before b reads n
    [InlineData("travayeur", "travailleur")]    // "ill" and "y"
    [InlineData("developement", "developpement")] // doubled letters once
    [InlineData("financé", "financer")]         // é and the infinitive's "er"
    [InlineData("quantitatif", "kantitatif")]   // qu is k
    public void Spellings_of_one_sound_share_a_key(string typed, string word) =>
        Assert.Equal(Spelling.PhoneticKey(word), Spelling.PhoneticKey(Fold(typed)));

    [Theory]
    [InlineData("senat", "senart")]
    [InlineData("commune", "comme")]
    [InlineData("region", "religion")]
    [InlineData("budget", "bouget")]
    public void Different_sounds_have_different_keys(string a, string b) =>
        Assert.NotEqual(Spelling.PhoneticKey(a), Spelling.PhoneticKey(b));

    [Fact]
    public void Only_plain_letters_get_a_key()
    {
        Assert.Null(Spelling.PhoneticKey("2021"));
        Assert.Null(Spelling.PhoneticKey("l'etat"));
        Assert.Null(Spelling.PhoneticKey(""));
    }

    private static string Fold(string word) => QueryText.Fold(word);

    [Fact]
    public void A_neighbouring_key_or_a_doubled_letter_costs_less_than_another_slip()
    {
        // "senazt": a z struck with the a next to it (AZERTY neighbours) for "senat", a z for an r for "senart".
        Assert.True(Spelling.TypingCost("senazt", "senat") < Spelling.TypingCost("senazt", "senart"));
        // A doubled consonant written once, against another letter left out.
        Assert.True(Spelling.TypingCost("comune", "commune") < Spelling.TypingCost("comune", "coumune"));
        // A neighbour (r for e) against a far key (p for e).
        Assert.True(Spelling.TypingCost("dette", "drtte") < Spelling.TypingCost("dette", "dptte"));
        Assert.Equal(0f, Spelling.TypingCost("budget", "budget"));
        // A swap costs less than two substitutions, and no weighted edit costs more than a plain one.
        Assert.True(Spelling.TypingCost("bugdet", "budget") < 1f);
        Assert.True(Spelling.TypingCost("bxdget", "budget") <= 1f);
    }

    private readonly TestIndex _index = new(
        Doc("https://s.example/senat", "Le Sénat et les collectivités", "Le rapport du Sénat sur les finances locales."),
        Doc("https://s.example/senart1", "Grand Paris Sud Seine Essonne Sénart", "L'agglomération de Sénart."),
        Doc("https://s.example/senart2", "Sénart, ville nouvelle", "Les communes de Sénart."),
        Doc("https://s.example/senart3", "Le territoire de Sénart", "Sénart et ses habitants."),
        Doc("https://s.example/hop", "Le centre hospitalier", "Le budget du centre hospitalier régional."),
        Doc("https://s.example/hop2", "Un hôpital", "Le groupement hospitalier de territoire."),
        Doc("https://s.example/sille1", "La vallée de la Sille", "Le bassin de la Sille."),
        Doc("https://s.example/sille2", "Syndicat de la Sille", "Les rives de la Sille."),
        Doc("https://s.example/fisc", "La fiscalité locale", "Réforme de la fiscalité des communes."));

    public void Dispose() => _index.Dispose();

    private SearchResponse Search(string q) => _index.Service.Search(new SearchRequest { Query = q });

    [Fact]
    public void The_likeliest_slip_wins_over_a_more_frequent_word_as_far_in_edits()
    {
        // "senart" is in three documents, "senat" in one; both are one edit from "senazt".
        var r = Search("senazt");
        Assert.Equal("senat", r.Suggestion);
        Assert.Equal("https://s.example/senat", r.Hits[0].Url);
    }

    [Fact]
    public void A_word_spelt_as_it_sounds_is_corrected_beyond_its_first_letter()
    {
        var r = Search("ospitalier");
        Assert.Equal("hospitalier", r.Suggestion);
        Assert.Equal(2, r.Hits.Count);
        Assert.All(r.Hits, h => Assert.StartsWith("https://s.example/hop", h.Url));
        var f = Search("fiscalité des kommunes");
        Assert.Equal("fiscalité des communes", f.Suggestion);
        Assert.Equal("https://s.example/fisc", Assert.Single(f.Hits).Url);
    }

    [Fact]
    public void A_short_phonetic_key_gets_no_homophone()
    {
        // "sciez" and "sille" both read "sie": too short a key to tell a place the index lacks from another word.
        Assert.Equal(Spelling.PhoneticKey("sille"), Spelling.PhoneticKey("sciez"));
        var r = Search("sciez");
        Assert.Null(r.Suggestion);
        Assert.DoesNotContain(r.Hits, h => h.Url.StartsWith("https://s.example/sille", StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_word_is_not_corrected_towards_a_homophone()
    {
        // "senart" is indexed: searched as typed, no suggestion.
        var r = Search("senart");
        Assert.Null(r.Suggestion);
        Assert.Equal(3, r.Hits.Count);
    }

    private SearchResponse Search(string q, params string[] wordList) =>
        new SearchService(_index.Provider) { Lexicon = new FoldedWords(wordList) }.Search(new SearchRequest { Query = q });

    [Fact]
    public void A_word_of_the_word_list_gets_no_homophone()
    {
        // The same index and query: a typo when the list lacks the word, a real word the corpus lacks when it holds it.
        Assert.Equal("hospitalier", Search("ospitalier", "commune").Suggestion);
        var r = Search("ospitalier", "ospitalier", "commune");
        Assert.Null(r.Suggestion);
        Assert.Empty(r.Hits);
    }

    [Fact]
    public void A_word_of_the_word_list_gets_the_nearest_word_in_edits()
    {
        // One edit each: the noisy channel reads a z struck beside the a ("senat"); the guard keeps the fewest edits for the
        // length, "senart" (1 in 6 letters against 1 in 5), the choice made before the noisy channel (with the typed capital).
        Assert.Equal("senat", Search("senazt").Suggestion);
        Assert.Equal("senat", Search("senazt", "senat").Suggestion);
        // Alone, a word of the list is not corrected at all (RankingParameters.DictionaryWordsMeetContext); without that rule,
        // the nearest.
        Assert.Null(Search("Sénazt", "senazt").Suggestion);
        var nearest = new SearchService(_index.Provider, limits: SearchLimits.Default with
        {
            Ranking = RankingParameters.Default.With(nameof(RankingParameters.DictionaryWordsMeetContext), "0"),
        }) { Lexicon = new FoldedWords(["senazt"]) }.Search(new SearchRequest { Query = "Sénazt" });
        Assert.Equal("Senart", nearest.Suggestion);
    }

    [Fact]
    public void The_folded_word_list_ignores_case_and_accents_and_holds_each_form_once()
    {
        var words = new FoldedWords(["Réglementation", "œuvre", "été", "ete", " ", "côte"]);
        Assert.Equal(4, words.Count);
        Assert.True(words.Contains("reglementation"));
        Assert.True(words.Contains("oeuvre"));
        Assert.True(words.Contains("ete"));
        Assert.True(words.Contains("cote"));
        Assert.False(words.Contains("regle"));
        Assert.False(words.Contains("reglementations"));
        Assert.False(words.Contains(""));
        Assert.False(new FoldedWords([]).Contains("ete"));
        Assert.True(words.Size > 0);
    }

    [Fact]
    public void The_folded_word_list_finds_a_word_written_in_capitals_or_with_other_accents()
    {
        var words = new FoldedWords(["Réglementation", "œuvre", "été"]);
        Assert.True(words.ContainsIgnoringAccents("REGLEMENTATION"));
        Assert.True(words.ContainsIgnoringAccents("Réglementation"));
        Assert.True(words.ContainsIgnoringAccents("ŒUVRE"));
        Assert.True(words.ContainsIgnoringAccents("oeuvre"));
        Assert.True(words.ContainsIgnoringAccents("Ete"));
        Assert.False(words.ContainsIgnoringAccents("CNRACL"));
        Assert.False(words.ContainsIgnoringAccents(""));
    }

    /// <summary>
    /// The metadata's title rules ask the folded list only (the Indexer no longer builds the whole list's set of strings
    /// for them): every form of this machine's list, as written and in capitals, is found there, so a word the whole list
    /// held is still a word.
    /// </summary>
    [SkippableFact]
    public void Every_form_of_the_word_list_is_found_in_its_folded_list_as_written_and_in_capitals()
    {
        Skip.If(FrenchLexicon.Folded.Count == 0, "no French word list (apt-get install wfrench)");
        var folded = FrenchLexicon.Folded;
        var missed = File.ReadLines(FrenchLexicon.FilePath, System.Text.Encoding.UTF8).Select(l => l.Trim()).Where(l => l.Length > 0)
            .Where(l => !folded.ContainsIgnoringAccents(l) || !folded.ContainsIgnoringAccents(l.ToUpperInvariant())).Take(5).ToList();
        Assert.Empty(missed);
    }
}

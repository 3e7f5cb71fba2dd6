using Search.Core.Analysis;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>
/// A verb of the first group that a query conjugates as no document prints it ("les locataires qui ne paient pas leur loyer",
/// issue 14): a word of the language, searched also as its infinitive and participles the index holds, and, denied, as its
/// privative participles ("impayés"); not read as a typo of the nearest indexed word ("patient"). The word list is the test's
/// own (<see cref="SearchService.Lexicon"/>): the tests do not need wfrench.
/// </summary>
public sealed class VerbFormsTests : IDisposable
{
    private static readonly string[] WordList =
        ["paient", "payer", "payé", "payés", "impayé", "impayés", "patient", "locataires", "loyer", "quittent", "quitter"];

    /// <summary>An office's report on its tenants' arrears ("impayés", never "paient"), a hostel's note whose tenants must "payer
    /// leur loyer", a hospital's report holding "patient", "locataires" and "loyer" (where "paient" read as a typo leads), notes.</summary>
    private readonly TestIndex _index = new(
        Doc("https://crc.example/oph.html", "Rapport sur l'office public de l'habitat de Vals",
            "Les impayés de loyers des locataires ont augmenté en 2013 : la part des locataires en retard de loyer atteint 4 %.", "CRC"),
        Doc("https://crc.example/foyer.html", "Rapport sur le foyer de jeunes travailleurs",
            "Les locataires du foyer doivent payer leur loyer chaque mois à la régie.", "CRC"),
        Doc("https://crc.example/chu.html", "Rapport sur le centre hospitalier de Vals",
            "Le logement du patient : les locataires de la résidence hospitalière acquittent un loyer modéré.", "CRC"),
        Doc("https://dgcl.example/dette.html", "La dette des communes", "L'encours de la dette des communes en 2021."),
        Doc("https://dgcl.example/eau.html", "Le prix de l'eau", "Le prix de l'eau potable dans les communes."));

    public void Dispose() => _index.Dispose();

    private SearchResponse Search(string q, params string[] wordList) =>
        new SearchService(_index.Provider) { Lexicon = new FoldedWords(wordList) }.Search(new SearchRequest { Query = q });

    [Fact]
    public void A_denied_verb_is_searched_as_its_infinitive_participles_and_privative_participles()
    {
        var r = Search("locataires qui ne paient pas leur loyer", WordList);
        // The office's arrears ("impayés") and the hostel's "payer" answer, first; the hospital's "patient" is no form of the verb:
        // at most a partial answer of the thin list after them, labelled with the word it lacks.
        Assert.Equal(["https://crc.example/foyer.html", "https://crc.example/oph.html"], r.Hits.Take(2).Select(h => h.Url).Order());
        Assert.All(r.Hits.Take(2), h => Assert.Empty(h.Missing));
        Assert.All(r.Hits.Skip(2), h => Assert.Equal(["paient"], h.Missing));
        // Nothing was corrected: "paient" is a word, not a slip.
        Assert.Null(r.Suggestion);
    }

    [Fact]
    public void A_verb_not_denied_is_not_searched_as_its_privative_participles()
    {
        var r = Search("locataires qui paient leur loyer", WordList);
        Assert.Equal(["https://crc.example/foyer.html"], r.Hits.Where(h => h.Missing.Count == 0).Select(h => h.Url));
        Assert.Null(r.Suggestion);
    }

    [Fact]
    public void A_form_the_word_list_lacks_is_a_typo_as_before()
    {
        // Without "paient" in the word list it is a slip, corrected to the likeliest indexed word: the hospital's "patient".
        var r = Search("locataires qui ne paient pas leur loyer", [.. WordList.Where(w => w != "paient")]);
        Assert.Equal("locataires qui ne patient pas leur loyer", r.Suggestion);
        Assert.Equal(["https://crc.example/chu.html"], r.Hits.Where(h => h.Missing.Count == 0).Select(h => h.Url));
        Assert.Equal("https://crc.example/chu.html", r.Hits[0].Url);
    }

    [Fact]
    public void Verb_forms_are_read_only_for_a_first_group_verb_the_index_lacks()
    {
        using var lease = _index.Provider.Acquire()!;
        var lookups = new TermLookups(lease.Searcher.IndexReader) { Lexicon = new FoldedWords(WordList) };
        IReadOnlyList<string> Forms(string word, bool negated = false) =>
            QueryPlan.VerbForms(word, FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, word), lookups, negated);
        // The forms the index holds: "payer" (the hostel), "impayés" (the office) when denied; "payé" and "payés" it lacks.
        Assert.Equal(["payer"], Forms("paient"));
        Assert.Equal(["payer", "impayes"], Forms("paient", negated: true));
        // No form of "quitter" in the index; "loyer" is no verb form; "locataires" is indexed; "patient" is.
        Assert.Empty(Forms("quittent"));
        Assert.Empty(Forms("loyer"));
        Assert.Empty(Forms("locataires"));
        Assert.Empty(Forms("patient"));
    }
}

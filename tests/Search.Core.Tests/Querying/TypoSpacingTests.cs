using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>
/// Typing errors in the spaces between words (the <c>split</c> and <c>glue</c> classes of <c>Bench typos</c>): a word cut
/// by a stray space is searched whole, two words typed as one are searched apart, and a query of two known words is
/// never joined.
/// </summary>
public sealed class TypoSpacingTests : IDisposable
{
    private readonly TestIndex _index = new(
        TestIndex.Doc("https://x.example/masse", "La masse salariale des communes", "Les dépenses de personnel et la masse salariale."),
        TestIndex.Doc("https://x.example/dep", "Les comptes du département", "Le budget du département et ses dépenses sociales."),
        TestIndex.Doc("https://x.example/porte", "Le porte monnaie des ménages", "Un porte monnaie bien garni."),
        TestIndex.Doc("https://x.example/pm", "Portemonnaie électronique", "Le portemonnaie électronique Moneo."),
        // "politique" in five documents, and one holding the fragment "politi" (a word cut at the end of a PDF line).
        TestIndex.Doc("https://x.example/pol1", "La politique locale", "Une politique locale de l'habitat."),
        TestIndex.Doc("https://x.example/pol2", "Politique de la ville", "Les quartiers de la politique de la ville."),
        TestIndex.Doc("https://x.example/pol3", "Vie politique", "Les partis politiques et la vie politique."),
        TestIndex.Doc("https://x.example/pol4", "Politique sociale", "Une politique sociale ambitieuse."),
        TestIndex.Doc("https://x.example/pol5", "Politique culturelle", "La politique culturelle des régions."),
        TestIndex.Doc("https://x.example/frag", "Un texte coupé", "La politi que locale, coupée en fin de ligne."),
        TestIndex.Doc("https://x.example/r1", "Rapport de gestion 2021", "Le rapport de gestion de la commune."),
        TestIndex.Doc("https://x.example/r2", "Rapport d'activité", "Un rapport annuel sur la gestion."),
        TestIndex.Doc("https://x.example/r3", "Note de presse", "Une remarque rapportée par la presse."),
        TestIndex.Doc("https://x.example/orl", "Budget de la ville d'Orléans", "Les finances de la ville d'Orléans."),
        TestIndex.Doc("https://x.example/vil", "Un prix vil", "Vendu à un prix vil."),
        TestIndex.Doc("https://x.example/agglo", "Saint-Brieuc Armor Agglomération", "L'agglomération des Côtes-d'Armor."),
        TestIndex.Doc("https://x.example/edu", "L'éducation populaire", "Les mouvements d'éducation populaire."));

    public void Dispose() => _index.Dispose();

    private SearchResponse Search(string q) => _index.Service.Search(new SearchRequest { Query = q });

    [Fact]
    public void A_word_cut_by_a_stray_space_is_searched_whole()
    {
        var r = Search("comptes départe ment");
        Assert.Equal("https://x.example/dep", Assert.Single(r.Hits).Url);
        Assert.Equal("comptes département", r.Suggestion);
    }

    [Fact]
    public void Two_words_typed_as_one_are_searched_apart()
    {
        var r = Search("massesalariale communes");
        Assert.Equal("https://x.example/masse", r.Hits[0].Url);
        Assert.Equal("masse salariale communes", r.Suggestion);
        // Glued to a stop word: the stop word is left out, the word searched.
        var d = Search("budgetdu département");
        Assert.Equal("https://x.example/dep", Assert.Single(d.Hits).Url);
        Assert.Equal("budget du département", d.Suggestion);
    }

    [Fact]
    public void A_word_cut_where_the_index_holds_a_fragment_of_it_is_joined()
    {
        // "politi" is indexed (one document), "politique" is in five: far more frequent, so the two are one word.
        var whole = Search("politique locale");
        var cut = Search("politi que locale");
        Assert.Equal("politique locale", cut.Suggestion);
        Assert.Equal(whole.Hits.Select(h => h.Url), cut.Hits.Select(h => h.Url));
        // After an elided article: "l'éduc ation" is "l'éducation".
        var elided = Search("l'éduc ation populaire");
        Assert.Equal("l'éducation populaire", elided.Suggestion);
        Assert.Equal("https://x.example/edu", elided.Hits[0].Url);
    }

    [Fact]
    public void A_word_glued_to_a_stop_word_is_split_rather_than_corrected_one_edit_away()
    {
        // "rapportde" is one edit from "rapportée" (one document) and is "rapport" (two) glued to "de".
        var r = Search("rapportde gestion");
        Assert.Equal("rapport de gestion", r.Suggestion);
        Assert.Equal(["https://x.example/r1", "https://x.example/r2"], r.Hits.Select(h => h.Url).Order(StringComparer.Ordinal));
        // A part holding an apostrophe starts with an elided article: "ville d'Orléans", never "vil led'Orléans" (as
        // frequent), and the article may follow a hyphen.
        var o = Search("villed'Orléans budget");
        Assert.Equal("ville d'Orléans budget", o.Suggestion);
        Assert.Equal("https://x.example/orl", o.Hits[0].Url);
        Assert.Equal("Agglomération Côtes-d'Armor", Search("AgglomérationCôtes-d'Armor").Suggestion);
    }

    [Fact]
    public void Two_known_words_are_not_joined()
    {
        var r = Search("porte monnaie");
        Assert.Null(r.Suggestion);
        Assert.Equal("https://x.example/porte", r.Hits[0].Url);
        Assert.DoesNotContain(r.Hits, h => h.Url == "https://x.example/pm");
    }
    [Fact]
    public void A_word_of_the_language_the_index_lacks_is_not_split_in_two()
    {
        // "fre" (a cut fragment) and "lons" indexed; "frelons" is not. (One index each: a reader keeps its splits.)
        static SearchResponse With(Analysis.FoldedWords lexicon)
        {
            using var index = new TestIndex(
                TestIndex.Doc("https://x.example/lons", "Lons et ses nids", "Les nids de Lons. Un texte fre coupé."),
                TestIndex.Doc("https://x.example/lons-2", "Les nids de Lons", "Un nid à Lons, fre et lons."));
            return new SearchService(index.Provider) { Lexicon = lexicon }.Search(new SearchRequest { Query = "nids frelons" });
        }
        var word = With(new Analysis.FoldedWords(["nids", "frelons"]));
        Assert.True(word.Suggestion is null || !word.Suggestion.Contains("fre lons", StringComparison.Ordinal));
        Assert.Empty(word.Hits);
        // Not a word of the list: two indexed words typed as one.
        Assert.Equal("nids fre lons", With(new Analysis.FoldedWords(["nids"])).Suggestion);
    }
}

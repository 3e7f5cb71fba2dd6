using Search.Core.Analysis;
using Search.Core.Documents;

namespace Search.Core.Tests;

public class AnalysisTests
{
    private static IReadOnlyList<string> Stem(string text) => FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, text);
    private static IReadOnlyList<string> Exact(string text) => FrenchAnalyzers.Terms(FrenchAnalyzers.Exact, text);

    [Fact]
    public void Fonction_and_fonctionnement_stay_distinct()
    {
        Assert.NotEqual(Stem("fonctionnement").Single(), Stem("fonction").Single());
        Assert.Equal(Stem("fonctions"), Stem("fonction"));
    }

    [Fact]
    public void Departement_does_not_collide_with_depart()
    {
        Assert.NotEqual(Stem("départements").Single(), Stem("départ").Single());
        Assert.Equal(Stem("départements"), Stem("departement"));
    }

    [Theory]
    [InlineData("élues", "élus")]
    [InlineData("élue", "élu")]
    [InlineData("aides", "aide")]
    [InlineData("municipales", "municipaux")]
    [InlineData("rues", "rue")]
    public void Short_words_meet_their_plural_and_feminine_forms(string a, string b) => Assert.Equal(Stem(a), Stem(b));

    [Fact]
    public void The_short_word_rule_leaves_codes_other_letters_and_the_exact_chain_alone()
    {
        Assert.Equal(["m14"], Stem("M14"));            // not letters only
        Assert.Equal(["taxe"], Stem("taxes"));          // the s goes, the e after a consonant stays
        Assert.NotEqual(Stem("élues"), Exact("élues"));  // only the stemmed chain folds forms
        Assert.Equal(["elues"], Exact("élues"));
    }

    [Theory]
    [InlineData("collectivités", "collectivites")]
    [InlineData("État", "etat")]
    [InlineData("cœur", "coeur")]
    [InlineData("apprentis", "apprenti")]
    public void Accents_case_and_plurals_are_forgiven(string a, string b) => Assert.Equal(Stem(a), Stem(b));

    [Fact]
    public void Elision_and_stop_words_are_removed_with_both_apostrophes()
    {
        Assert.Equal(Stem("apprentissage"), Stem("l’apprentissage"));
        Assert.Equal(Stem("apprentissage"), Stem("l'apprentissage"));
        Assert.Equal(["depens", "fonction"], Stem("dépenses par fonction"));
        Assert.Equal(["depens", "fonctionnement"], Stem("les dépenses de fonctionnement"));
    }

    [Fact]
    public void Accented_and_unaccented_a_are_stop_words()
    {
        Assert.Equal(["hotel", "region", "lyon"], Exact("l'hôtel de région à Lyon"));
        Assert.Equal(["hotel", "region", "lyon"], Exact("l'hotel de region a Lyon"));
    }

    [Fact]
    public void Dotted_acronyms_match_plain_ones()
    {
        Assert.Equal(Stem("EPCI"), Stem("E.P.C.I."));
        Assert.Equal(["epci"], Exact("les E.P.C.I."));
    }

    [Fact]
    public void Years_are_kept_and_ranges_split()
    {
        Assert.Equal(["2022"], Stem("2022"));
        Assert.Equal(["2021", "2022"], Stem("2021-2022"));
    }

    [Fact]
    public void Exact_chain_folds_but_does_not_stem()
    {
        Assert.Equal(["collectivites"], Exact("Collectivités"));
        Assert.Equal(["investissements"], Exact("investissements"));
    }

    [Fact]
    public void Exact_fields_use_the_exact_chain_and_others_the_stemmed_one()
    {
        Assert.Equal(["collectivites"], FrenchAnalyzers.Terms(FrenchAnalyzers.ForSchema, "collectivités", Schema.TitleExact));
        Assert.Equal(Stem("collectivités"), FrenchAnalyzers.Terms(FrenchAnalyzers.ForSchema, "collectivités", Schema.Title));
    }
}

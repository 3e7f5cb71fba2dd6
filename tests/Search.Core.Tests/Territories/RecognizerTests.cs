using Search.Core.Territories;

namespace Search.Core.Tests.Territories;

public sealed class RecognizerTests
{
    private static readonly TerritoryRecognizer Recognizer = TerritoryRecognizer.Default;

    private static List<string> Found(string text) =>
        Recognizer.Recognize(null, null, [text]) is var r ? r.About.Concat(r.Mentioned).Select(t => $"{t.Level}:{t.Code}").ToList() : [];

    [Fact]
    public void Word_boundaries_no_ain_in_ainsi_no_var_in_variation()
    {
        var found = Found("Ainsi, la variation des dépenses reste faible. Varennes n'est pas citée.");
        Assert.DoesNotContain("departement:01", found);
        Assert.DoesNotContain("departement:83", found);
    }

    [Fact]
    public void Longest_match_first_haute_loire_not_loire_and_bar_le_duc_not_bar()
    {
        var found = Found("Le département de la Haute-Loire et la commune de Bar-le-Duc.");
        Assert.Contains("departement:43", found);
        Assert.DoesNotContain("departement:42", found);
        Assert.Contains("commune:55029", found);
        Assert.DoesNotContain("commune:19016", found);
    }

    [Fact]
    public void Common_word_names_need_a_cue()
    {
        Assert.Empty(Found("Le Bar de la place. Die Zeit. Son budget. Lux et Y sont des lettres."));
        Assert.Contains("commune:19016", Found("Le conseil municipal de la commune de Bar a voté."));
    }

    [Fact]
    public void Lower_case_words_are_not_names()
    {
        Assert.DoesNotContain("departement:80", Found("la somme des dépenses de la région"));
        Assert.Contains("departement:80", Found("les communes de la Somme ont investi"));
    }

    [Fact]
    public void Homonyms_are_resolved_by_context_or_left_out()
    {
        // Eleven Saint-Sauveur: without context none is chosen.
        Assert.DoesNotContain(Found("Saint-Sauveur a voté son budget."), k => k.StartsWith("commune:", StringComparison.Ordinal));
        // With its département in parentheses, the right one.
        var isere = Gazetteer.Default.All.Single(t => t.Level == "commune" && t.Name == "Saint-Sauveur" && t.DepartementCode == "38");
        Assert.Contains(isere.Key, Found("Saint-Sauveur (38) a voté son budget."));
        // With its département named elsewhere in the document.
        Assert.Contains(isere.Key, Found("En Isère, la commune de Saint-Sauveur a voté son budget. Saint-Sauveur investit."));
    }

    [Fact]
    public void Postcode_before_a_name_picks_the_commune()
    {
        var found = Found("Mairie, 38250 Villard-de-Lans");
        Assert.Contains("commune:38548", found);
    }

    [Fact]
    public void Former_names_resolve_to_todays_territory()
    {
        Assert.Contains("region:84", Found("Les communes de Rhône-Alpes et d'Auvergne"));
        Assert.Contains("region:44", Found("la région Lorraine"));
        Assert.Contains("commune:38225", Found("la commune de Méaudre, en Isère"));
        Assert.Contains("epci:243400520", Found("la communauté de communes du Pays de Lunel"));
    }

    [Fact]
    public void Paris_is_a_commune_unless_the_departement_is_named()
    {
        Assert.Contains("commune:75056", Found("La ville de Paris investit."));
        Assert.Contains("departement:75", Found("Le département de Paris finance."));
    }

    [Fact]
    public void Epci_names_in_long_and_short_forms()
    {
        Assert.Contains("epci:200069409", Found("Saint-Brieuc Armor Agglomération a été créée en 2017."));
        Assert.Contains("epci:200069409", Found("la communauté d'agglomération Saint-Brieuc Armor Agglomération"));
        Assert.Contains("epci:248000531", Found("La CA Amiens Métropole et Amiens Métropole"));
    }

    [Fact]
    public void About_is_the_subject_mentioned_the_rest()
    {
        var r = Recognizer.Recognize(
            "Rapport d'observations définitives : commune de Villard-de-Lans (Isère)",
            null,
            ["La chambre a contrôlé la commune de Villard-de-Lans. Villard-de-Lans compte 4 000 habitants. " +
             "Comme Grenoble et Lyon, Villard-de-Lans investit. La région Auvergne-Rhône-Alpes aide."]);
        Assert.Equal(["commune:38548"], r.About.Select(t => $"{t.Level}:{t.Code}"));
        Assert.Contains(r.Mentioned, t => t.Code == "38185");   // Grenoble
        Assert.DoesNotContain(r.Mentioned, t => t.Code == "38548");
    }

    [Fact]
    public void Query_names_without_capitals_or_accents()
    {
        Assert.Equal("departement:38", Recognizer.RecognizeQuery("budget isere").Single().Territory.Key);
        Assert.Equal("commune:30189", Recognizer.RecognizeQuery("nimes").Single().Territory.Key);
        Assert.Equal("region:53", Recognizer.RecognizeQuery("communes de Bretagne").Single().Territory.Key);
        Assert.Empty(Recognizer.RecognizeQuery("bar tabac"));
        var span = Recognizer.RecognizeQuery("dépenses Isère 2022").Single();
        Assert.Equal("Isère", "dépenses Isère 2022"[span.Start..span.End]);
    }

    [Theory]
    [InlineData("budget 2019 village ardéchois", "departement:07", "ardéchois")]
    [InlineData("budget 2019 village ardechois", "departement:07", "ardechois")]
    [InlineData("communes haut-marnaises", "departement:52", "haut-marnaises")]
    [InlineData("collèges yvelinois 2020", "departement:78", "yvelinois")]
    [InlineData("Vendéens et intercommunalité", "departement:85", "Vendéens")]
    public void Query_departement_named_by_its_adjective_in_lower_case(string query, string key, string words)
    {
        var named = Recognizer.RecognizeQuery(query).Single();
        Assert.Equal(key, named.Territory.Key);
        Assert.Equal(words, query[named.Start..named.End]);
    }

    [Theory]
    // A capitalised adjective after the first word is a name's: a communauté de communes of the Dordogne, a company.
    [InlineData("communauté de communes Isle Double Landais", "departement:40")]
    [InlineData("rapport Eau Ardéchoise", "departement:07")]
    // A word a place name already covers is not read again.
    [InlineData("Landes landaises", null)]
    public void Query_adjective_in_a_name_or_already_placed_names_no_other_departement(string query, string? notKey)
    {
        var named = Recognizer.RecognizeQuery(query);
        if (notKey is not null) Assert.DoesNotContain(named, n => n.Territory.Key == notKey);
        Assert.True(named.Count <= 1);
    }

    [Theory]
    [InlineData("comptes communauté de communes Languedoc-Roussillon", "region:76", "epci", "communauté de communes ")]
    [InlineData("transports communauté d'agglomération Picardie", "region:32", "epci", "communauté d'agglomération ")]
    [InlineData("finances département Nouvelle-Aquitaine", "departement", "departement", "département ")]
    [InlineData("budget commune Bretagne", "region:53", "commune", "commune ")]
    // The territory's own level word or institution names the territory itself.
    [InlineData("conseil départemental de l'Aisne", "departement:02", "departement", "départemental de l'")]
    [InlineData("comptes région Bretagne", "region:53", "region", "région ")]
    public void Query_level_word_before_a_larger_territory_asks_for_places_of_that_level_inside_it(string query, string key, string level, string levelWords)
    {
        var named = Recognizer.RecognizeQuery(query).Single();
        if (key.Contains(':')) Assert.Equal(key, named.Territory.Key);
        else Assert.Equal("region", named.Territory.Level);
        Assert.Equal(level, named.Level);
        Assert.Equal(levelWords, query[named.LevelStart..named.Start]);
    }

    [Fact]
    public void Query_former_region_is_its_departements_today()
    {
        var limousin = Recognizer.RecognizeQuery("dépenses sociales Limousin").Single();
        Assert.Equal("region:75", limousin.Territory.Key);
        Assert.Equal(["19", "23", "87"], limousin.Parts.Select(p => p.Code).Order());
        Assert.Empty(Recognizer.RecognizeQuery("dépenses sociales Nouvelle-Aquitaine").Single().Parts);
        Assert.Null(Recognizer.RecognizeQuery("budget Isère").Single().Level);   // no level word
    }

    [Fact]
    public void Query_level_word_before_the_territorys_own_level_word_asks_for_places_of_that_level_inside_it()
    {
        const string query = "comptes communes région Centre";
        var named = Recognizer.RecognizeQuery(query).Single();
        Assert.Equal("region:24", named.Territory.Key);   // "Centre" with its level word is the région Centre-Val de Loire
        Assert.Equal("commune", named.Level);
        Assert.Equal("communes région ", query[named.LevelStart..named.Start]);
        // The common word without a level word is no région.
        Assert.DoesNotContain(Recognizer.RecognizeQuery("centre de gestion Isère"), n => n.Territory.Key == "region:24");
    }

    [Fact]
    public void Query_overseas_words_name_the_overseas_territories_as_a_group()
    {
        var outreMer = Recognizer.RecognizeQuery("finances commune outre-mer").Single();
        Assert.True(outreMer.Group);
        Assert.Equal("commune", outreMer.Level);
        Assert.Contains(outreMer.Parts, p => p.Key == "region:04");
        Assert.Contains(outreMer.Parts, p => p.Key == "region:987");   // a collectivity: Polynésie française
        var dom = Recognizer.RecognizeQuery("aide sociale DOM").Single();
        Assert.Equal(["01", "02", "03", "04", "06"], dom.Parts.Select(p => p.Code));
        Assert.Empty(Recognizer.RecognizeQuery("aide à domicile"));
    }

    [Fact]
    public void Query_place_name_one_letter_off_is_the_name_when_nothing_is_written_exactly()
    {
        Assert.Equal("commune:65059", Recognizer.RecognizeQuery("budget bagneres de bigore").Single().Territory.Key);
        Assert.Equal("commune:65059", Recognizer.RecognizeQuery("budget Bagnères-de-Bigorrre").Single().Territory.Key);
        // Written exactly: no other name is looked for.
        Assert.Equal("commune:31042", Recognizer.RecognizeQuery("budget Bagnères-de-Luchon").Single().Territory.Key);
        var misspelt = Recognizer.RecognizeQuery("budget bagneres de bigore").Single();
        Assert.True(misspelt.Misspelt);
        Assert.Equal("Bagnères-de-Bigorre", misspelt.Spelling);
        Assert.False(Recognizer.RecognizeQuery("budget Bagnères-de-Luchon").Single().Misspelt);
        // A name led by an article is not looked for one letter off: its words are the query's ("Les Pilles", "La Chaussée").
        Assert.Empty(Recognizer.RecognizeQuery("label énergie pour les villes"));
        Assert.Empty(Recognizer.RecognizeQuery("la DGF repart à la haussee"));
    }

    [Theory]
    [InlineData("gestion commune Vyard de Lans", "commune:38548", "Vyard de Lans")]  // same sound; "Lans", a commune, inside
    [InlineData("emploi du Gran Est", "region:44", "Gran Est")]                    // one letter left out
    [InlineData("budget Sain Brieuc", "commune:22278", "Sain Brieuc")]
    public void Query_name_of_several_words_misspelt_in_its_first_word(string query, string key, string typed)
    {
        var t = Recognizer.RecognizeQuery(query).Single();
        Assert.Equal(key, t.Territory.Key);
        Assert.Equal(typed, query[t.Start..t.End]);
        Assert.True(t.Misspelt);
    }

    [Theory]
    [InlineData("comptes du département de l'Èsne 2011", "departement:02", "Èsne", "Aisne")]
    [InlineData("situation financiere du departement de ASNE", "departement:02", "ASNE", "Aisne")]
    [InlineData("comptes communes région Sentre", "region:24", "Sentre", "Centre")]
    [InlineData("intercommunalités de l'Allié", "departement:03", "Allié", "Allier")]
    [InlineData("contrôle de gestion commune Lorrène", "region:44", "Lorrène", "Lorraine")]
    [InlineData("dépenses du département de la Sarhte", "departement:72", "Sarhte", "Sarthe")]
    [InlineData("dépenses du departement de la sarhte", "departement:72", "sarhte", "Sarthe")]
    public void Query_departement_or_region_name_with_a_slip_after_a_level_word(string query, string key, string typed, string spelling)
    {
        var t = Recognizer.RecognizeQuery(query).Single();
        Assert.Equal(key, t.Territory.Key);
        Assert.Equal(typed, query[t.Start..t.End]);
        Assert.True(t.Misspelt);
        Assert.Equal(spelling, t.Spelling);
    }

    [Fact]
    public void Query_word_of_the_language_in_small_letters_is_no_small_commune()
    {
        var recognizer = new TerritoryRecognizer(Gazetteer.Default) { IsLanguageWord = w => w is "lire" or "routes" or "landes" or "paris" };
        Assert.Empty(recognizer.RecognizeQuery("comment lire une balance comptable ?"));
        Assert.Empty(recognizer.RecognizeQuery("qui finance les routes et les voies ferrées"));
        // With a capital or a level word it is the commune; a département's name stays one.
        Assert.Equal("commune:76542", recognizer.RecognizeQuery("budget de Routes").Single().Territory.Key);
        Assert.Equal("commune:76542", recognizer.RecognizeQuery("commune de routes").Single().Territory.Key);
        Assert.Equal("departement:40", recognizer.RecognizeQuery("communes landes").Single().Territory.Key);
        // Not a word of the language: the commune, in small letters too.
        Assert.Equal("commune:07003", recognizer.RecognizeQuery("aizac budget").Single().Territory.Key);
        // Without the word list, as before.
        Assert.Equal("commune:76542", new TerritoryRecognizer(Gazetteer.Default) { IsLanguageWord = _ => false }
            .RecognizeQuery("qui finance les routes").Single().Territory.Key);
    }

    [Theory]
    [InlineData("budget du département de la culture")]  // no name near
    [InlineData("comptes Sentre")]                      // no level word before it
    [InlineData("élus de la région Anne")]              // four letters, no name near
    [InlineData("golf municipal géré par une société")] // an adjective is no level's noun ("géré" is no "Gers")
    [InlineData("communes du departement gere")]        // four letters without a capital
    [InlineData("centre de gestion Sarhte")]            // a body, not a level's noun
    public void Query_word_after_a_level_word_is_no_place_unless_one_name_is_a_slip_away(string query)
    {
        Assert.DoesNotContain(Recognizer.RecognizeQuery(query), t => t.Misspelt);
    }
}

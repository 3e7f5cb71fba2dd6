using Search.Pipeline.Metadata;

namespace Search.Pipeline.Tests.Metadata;

/// <summary>The years a document's figures describe, which a year query matches as well as the publication year (issue 14, point 6).</summary>
public class CoveredYearsRuleTests
{
    [Theory]
    [InlineData("Les comptes 2019 de la commune", "", 2021, "2019")]
    [InlineData("Rapport", "Le contrôle a porté sur les exercices 2017 à 2021.", 2023, "2017,2018,2019,2020,2021")]
    [InlineData("Populations légales", "Population municipale au 1er janvier 2020 des communes de Bretagne.", 2023, "2020")]
    [InlineData("Note", "Les données 2018 sont provisoires.", 2020, "2018")]
    [InlineData("Liste", "des Sénateurs à un parti ou un groupement politique pour 2015 dans le cadre", 2014, "2015")]
    [InlineData("Annexe", "Montant versé en 2013 (en €)", 2014, "2013")]
    [InlineData("ROD de l'association ERAI (exercices 2008-2014)", "", 2016, "2008,2009,2010,2011,2012,2013,2014")]
    [InlineData("Populations légales au 1er janvier 2021", "", 2023, "2021")]
    public void Covered_years_come_from_the_title_and_cued_years_of_the_text(string title, string head, int published, string expected) =>
        Assert.Equal(expected, string.Join(',', CoveredYearsRule.Infer(title, head, published)));

    [Theory]
    [InlineData("Journal officiel de la République française - N° 293 du 19 décembre 2018", "", 2018)]   // a date is when, not what
    [InlineData("Rapport", "La commune, créée en 1999, compte 4 000 habitants. Loi n° 2010-837.", 2021)] // no cue
    [InlineData("Rapport", "Les comptes 2031 prévisionnels", 2021)]                                       // after the publication
    [InlineData("Rapport", "Le budget 1850 de la ville", 2021)]                                           // too old to be data
    public void Dates_uncued_years_and_implausible_years_are_not_covered(string title, string head, int published) =>
        Assert.Empty(CoveredYearsRule.Infer(title, head, published));

    [Fact]
    public void A_long_period_keeps_its_first_year_and_many_cited_years_keep_the_most_cited()
    {
        Assert.Equal([1990], CoveredYearsRule.Infer("Séries 1990-2020", "", 2021));
        var head = string.Join(" ", Enumerable.Range(2000, 20).Select(y => $"exercice {y}.")) + " exercice 2005. exercice 2005.";
        var years = CoveredYearsRule.Infer("Rapport", head, 2021);
        Assert.Equal(CoveredYearsRule.MaxYears, years.Count);
        Assert.Contains(2005, years);
    }

    [Fact]
    public void A_month_and_year_in_the_title_is_when_the_file_name_s_year_is_what()
    {
        // The deputies' list for the 2016 financing, titled by the date the declarations came in, named for its year.
        const string title = "Rattachement des députés à un parti ou un groupement politique (déclarations parvenues en novembre 2015)";
        Assert.Empty(CoveredYearsRule.Infer(title, "", 2015));
        Assert.Equal([2016], CoveredYearsRule.Infer(title, "", 2015, fileName: "jo_1512-an-rattachement-2016.pdf"));
        // A number that is no year adds none; a year of the title stays.
        Assert.Empty(CoveredYearsRule.Infer("Rapport d'observations définitives", "", 2016, fileName: "ccomptes_crc_392092.html"));
        Assert.Equal([2020], CoveredYearsRule.Infer("Populations légales au 1er janvier 2020", "", 2023, fileName: "populations-1512.pdf"));
    }

    [Fact]
    public void The_cued_years_found_in_windows_are_those_the_regex_finds_over_the_whole_text()
    {
        // Words of cues, years and periods, numbers that are not years, glued or spaced by every kind of white space.
        string[] words =
        [
            "comptes", "Comptes", "administratifs", "de", "gestion", "exercice", "EXERCICES", "budget", "primitif", "supplémentaires",
            "données", "donnees", "situation", "financière", "bilan", "année", "annees", "millésime", "au", "1er", "premier", "janvier",
            "31", "décembre", "à", "À", "la", "fin", "pour", "versés", "versée", "en", "période", "recensement", "l'année", "l'exercice",
            "du", "des", "d'", "l'", "-", "–", "/", "et", "2019", "1950", "1949", "2020-2021", "2018–2019", "20199", "(2017", "2017)",
            "x2018", "2021/2022", "19.5", "1234", "20\u0663\u0664", "2015,", "2016.", "abc", "Ainsi", "pas", "1999", "2030", "exercices2019",
            "au2019", "données:2018", "2014-", "à2015", "2020au", "(comptes",
        ];
        string[] spaces = [" ", " ", " ", "  ", "\n", "\u00A0", "\t", "", "\u2009", "\u200B", "\r\n", " \u3000 "];
        var random = new Random(18);
        var regex = CoveredYearsRule.CuedYearOrPeriodRegex;
        var matched = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = new System.Text.StringBuilder();
            var count = random.Next(1, 40);
            for (var k = 0; k < count; k++)
            {
                if (k > 0 || random.Next(4) == 0) text.Append(spaces[random.Next(spaces.Length)]);
                text.Append(words[random.Next(words.Length)]);
            }
            var s = text.ToString();
            var expected = regex.Matches(s).Select(m => (m.Index, m.Length, m.Groups["from"].Value, m.Groups["to"].Value)).ToList();
            var actual = CoveredYearsRule.CuedMatches(s).Select(m => (m.Index, m.Length, m.Groups["from"].Value, m.Groups["to"].Value)).ToList();
            Assert.True(expected.SequenceEqual(actual), $"\"{s}\": {string.Join("; ", expected)} | {string.Join("; ", actual)}");
            matched += expected.Count;
        }
        Assert.True(matched > 5_000, matched.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

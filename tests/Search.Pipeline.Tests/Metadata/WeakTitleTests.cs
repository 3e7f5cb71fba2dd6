using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Tests.Metadata;

/// <summary>
/// Weak titles of ../shared/corpus (issue 14, point 3), each reduced to the shape that caused it (texts written by us):
/// a table's header row or one of its rows as the heading, a journal's name as the declared title, a title wrapped over
/// several lines, a generic page label ("tableau des departements").
/// </summary>
public class WeakTitleTests
{
    private static ExtractedContent Doc(string text, string format = "pdf", string? declaredTitle = null, string? heading = null) => new()
    {
        Format = format,
        Pages = [text],
        DeclaredTitles = declaredTitle is null ? [] : [declaredTitle],
        HeadingTitle = heading,
    };

    /// <summary>A list of names: an opening sentence wrapped over three lines, then one short line per cell.</summary>
    private static string SenateList(string opening)
    {
        var rows = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"NOM{i}\nPrénom{i}\nLes Républicains\nUnion centriste"));
        return opening + "\nNom\nPrénom\nGroupe politique du Sénat\nParti ou groupement politique de\nrattachement\n" + rows;
    }

    private const string Opening =
        "Au cours de sa réunion du 13 décembre 2017, le Bureau du Sénat a pris acte des déclarations de rattachement\n" +
        "des Sénatrices et des Sénateurs à un parti ou un groupement politique pour 2018,\n" +
        "dans le cadre de la législation sur le financement de la vie politique, établies comme suit :";

    [Theory]
    [InlineData("Nom Prénom Groupe politique du Sénat")]
    [InlineData("Libellé du département")]
    [InlineData("En Les Marche Républicains ! Les Républicains Union centriste")]
    public void A_table_header_or_row_taken_as_heading_gives_way_to_the_opening_sentence(string heading)
    {
        var title = MetadataInferrer.Infer(Doc(SenateList(Opening), heading: heading), "pdf/liste.pdf").Title;
        // The meeting's date is not the subject: "Au cours de sa réunion du 13 décembre 2017," is dropped.
        Assert.StartsWith("Le Bureau du Sénat a pris acte des déclarations de rattachement des Sénatrices", title);
        Assert.Contains("pour 2018", title);
        Assert.DoesNotContain("comme suit", title);
        Assert.True(title.Length <= 200, title);
    }

    [Theory]
    [InlineData("Nom Prénom Groupe politique du Sénat", true)]
    [InlineData("Libellé du département", true)]
    [InlineData("Rattachement des députés à un parti ou un groupement politique", false)]
    [InlineData("Les Républicains et l'Union centriste au Sénat", false)]
    public void Table_rows_are_told_from_titles(string line, bool row)
    {
        Assert.Equal(row, TitleRule.IsTableRow(line, SenateList(Opening).Replace("Les Républicains\n", "")));
        // In a report (long lines of prose), frequent words do not make a row.
        var report = string.Join("\n", Enumerable.Range(0, 50).Select(_ => "Les Républicains et l'Union centriste ont voté le budget primitif de la commune en séance publique."));
        Assert.False(TitleRule.IsTableRow("Les Républicains et l'Union centriste", report));
    }

    [Fact]
    public void A_heading_repeated_on_every_page_is_a_table_header()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 5).Select(i => $"Parti ou groupement politique de rattachement\nDUPONT{i}\nJean"));
        Assert.True(TitleRule.IsTableRow("Parti ou groupement politique de rattachement", text));
        Assert.False(TitleRule.IsTableRow("Parti ou groupement politique de rattachement", "Parti ou groupement politique de rattachement\nDUPONT\nJean"));
    }

    [Fact]
    public void A_title_wrapped_over_lines_is_read_whole()
    {
        var text = "Rattachement des sénatrices et des sénateurs à un parti ou un groupement politique pour 2014 dans le cadre\n" +
                   "de la législation sur le financement de la vie politique (déclarations recueillies au mois de novembre 2013)\nNoms\nPrénoms\nADNOT\nPhilippe";
        var title = TitleRule.FirstMeaningfulLine(text);
        Assert.StartsWith("Rattachement des sénatrices et des sénateurs à un parti ou un groupement politique pour 2014 dans le cadre de la " +
                          "législation sur le financement de la vie politique", title);
        Assert.True(title!.Length <= 200, title);
        // A list of names is never read whole, however its lines go on.
        Assert.Null(TitleRule.FirstMeaningfulLine("ADNOT Philippe NI AÏCHI Leila ECOLO ALLIZARD Pascal UMP AMIEL Michel RDSE ANDRÉ Michèle SOC ANTISTE Maurice SOC\n(suite) ARCHIMBAUD Aline ECOLO"));
    }

    [Fact]
    public void An_opening_sentence_on_one_line_is_read_and_a_header_row_is_never_a_title()
    {
        var text = Opening.Replace("\n", " ") + "\nNom Prénom Groupe politique du Sénat\nADNOT Philippe";
        var title = TitleRule.FirstMeaningfulLine(text);
        Assert.StartsWith("Le Bureau du Sénat a pris acte des déclarations de rattachement", title);
        Assert.Null(TitleRule.FirstMeaningfulLine("Nom Prénom Groupe politique du Sénat\n12 | 14"));
        // A sentence with a circumstance but nothing after it is left whole.
        Assert.Equal("Au cours de sa réunion du 13 décembre 2017, le Bureau a siégé", TitleRule.WithoutCircumstance("Au cours de sa réunion du 13 décembre 2017, le Bureau a siégé"));
    }

    [Fact]
    public void A_journal_name_as_declared_title_gives_way_to_the_extract_subject()
    {
        var text = "19 décembre 2018\nJOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE\nTexte 133 sur 157\nInformations parlementaires\nASSEMBLÉE NATIONALE\n" +
                   "Session ordinaire de 2018-2019\nINFORMATIONS DIVERSES\nNOR : INPX1802901X\n" +
                   "Rattachement des députés à un parti ou un groupement politique dans le cadre de la législation sur le\n" +
                   "financement de la vie politique (déclarations parvenues en novembre 2018) :\nNOM\nPRÉNOM\nAbad\nDamien";
        var m = MetadataInferrer.Infer(Doc(text, declaredTitle: "Journal officiel de la République française - N° 293 du 19 décembre 2018"), "pdf/jo.pdf");
        Assert.Equal("Rattachement des députés à un parti ou un groupement politique dans le cadre de la législation sur le financement " +
                     "de la vie politique (déclarations parvenues en novembre 2018)", m.Title);
        Assert.True(TitleRule.IsMasthead("JOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE"));
        Assert.False(TitleRule.IsMasthead("Les publications au Journal officiel en 2018"));
        // With nothing else to say, the journal's name stays.
        Assert.Equal("Journal officiel de la République française - N° 293 du 19 décembre 2018",
            MetadataInferrer.Infer(Doc("12 | 14", declaredTitle: "Journal officiel de la République française - N° 293 du 19 décembre 2018"), "pdf/jo.pdf").Title);
    }

    [Fact]
    public void A_generic_page_label_is_completed_by_the_caption_that_names_the_year()
    {
        var text = "tableau des departements\nLes Comptes des départements\nDonnées exprimées en euros\nRetour - Retour menu\n" +
                   "SITUATION FINANCIERE du DEPARTEMENT de AISNE 2011\nPopulation : 538 790\nFONCTIONNEMENT";
        Assert.Equal("Tableau des departements – Situation financiere du departement de AISNE 2011",
            MetadataInferrer.Infer(Doc(text, "html", declaredTitle: "tableau des departements"), "html/t.html").Title);
        Assert.Equal("Tableau des gfp – Analyse des equilibres financiers fondamentaux 2013",
            TitleRule.CompleteGenericLabel("tableau des gfp", "Retour Menu\nANALYSE DES EQUILIBRES FINANCIERS FONDAMENTAUX 2013 DEPARTEMENT : ALLIER GFP : CC"));
        // A title that names something is left alone; so is a label without a caption.
        Assert.Equal("Référentiel Economie Circulaire", TitleRule.CompleteGenericLabel("Référentiel Economie Circulaire", text));
        Assert.Equal("tableau des communes", TitleRule.CompleteGenericLabel("tableau des communes", "Les comptes des communes\nPopulation : 12"));
    }
}
